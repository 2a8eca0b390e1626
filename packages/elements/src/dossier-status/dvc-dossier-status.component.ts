import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dossierStatusInfo, type Dossier, type DossierList, type SupplementRequest } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { errorCode, errorDetail, uploadsFor, type UploadsApi } from '../dossier/dossier-api.js';
import { DossierFiles } from '../dossier/dossier-files.js';
import { signInPrompt } from '../dossier/sign-in-prompt.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import { uploadStrings } from '../dossier/dossier.strings.js';
import { statusStrings } from './dvc-dossier-status.strings.js';
import { dossierOverdue, isFinal, timeline } from './timeline.js';
import '../dossier/events.js';

type View = 'idle' | 'loading' | 'list' | 'detail' | 'error';

/**
 * The badge, the timeline, the dossier list and the lookup form. In the lookup, the label, then the
 * input and its button on one row, then the hint: the button lines up with the input itself (same
 * top, same height), not with the label-and-hint block around it.
 */
const statusStyles = css`
  .status-badge {
    display: inline-block;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space);
  }
  .status-badge.final-good {
    color: var(--_success);
  }
  .status-badge.attention {
    color: var(--_warning);
  }
  .status-badge.bad {
    color: var(--_danger);
  }
  .overdue {
    color: var(--_danger);
    font-weight: 700;
  }
  ol.timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 calc(var(--_space) * 2);
    border-left: 2px solid var(--_divider);
  }
  ol.timeline li {
    position: relative;
    padding-bottom: calc(var(--_space) * 1.5);
  }
  ol.timeline li::before {
    content: '';
    position: absolute;
    left: calc(var(--_space) * -2 - 7px);
    top: 0.4em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_primary);
  }
  ol.timeline time {
    color: var(--_muted);
    display: block;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: var(--_space);
    border-bottom: 1px solid var(--_divider);
    vertical-align: top;
  }
  .lookup .lookup-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: stretch;
  }
  .lookup .lookup-row input {
    flex: 1 1 calc(16 * var(--_size));
    width: auto;
    min-width: 0;
  }
  .lookup .lookup-row .btn {
    flex: 0 0 auto;
  }
  @media (forced-colors: active) {
    ol.timeline li::before {
      background: CanvasText;
    }
  }
`;

/**
 * `<dvc-dossier-status code="000.00.01.H26-261116-0042">`: where a dossier is.
 *
 * With `code`, shows that dossier; without, the signed-in person's dossiers
 * and a box to look one up by code. The status is in words (vi/en labels of
 * the national portal), the history a timeline with due dates and overdue
 * marks. When the agency asks for more documents, the person uploads them
 * here; when it asks for payment, a `<dvc-payment>` appears.
 *
 * @fires dvc-dossier-load - a dossier was loaded
 * @fires dvc-supplement-submit - a supplement request was answered
 * @fires dvc-upload-progress - a supplement file's bytes moved or its state changed
 * @fires dvc-error - something failed (detail.code is stable)
 * @slot sign-in - shown when nobody is signed in (e.g. a `<dvc-login>`)
 * @csspart status - the status badge
 * @csspart timeline - the history list
 * @csspart supplement - the supplement request panel
 * @csspart slot - a requested document's upload slot
 * @csspart lookup-input - the dossier-code box
 * @csspart lookup-button - the button beside it (same row, same height)
 * @csspart count - how many dossiers the list holds
 */
export class DvcDossierStatus extends DvcElement {
  static override styles = [DvcElement.styles, dossierStyles, statusStyles];

  /** Dossier code (or id). Empty: list the signed-in person's dossiers. */
  @property({ reflect: true }) code = '';

  /** How `<dvc-payment>` sends the person to pay: 'redirect' (default) or 'popup'. */
  @property({ attribute: 'payment-mode' }) paymentMode: 'redirect' | 'popup' = 'redirect';

  /** Uploads to use instead of the client's tus uploader (tests, demos). */
  @property({ attribute: false }) uploads: UploadsApi | null = null;

  @state() private view: View = 'idle';
  @state() private dossier: Dossier | null = null;
  @state() private list: DossierList | null = null;
  @state() private failure: string | null = null;
  @state() private lookupError = false;
  @state() private supplementNote = '';
  @state() private supplementState: 'idle' | 'sending' | 'done' | 'error' | 'incomplete' | 'busy' = 'idle';

  private readonly files = new DossierFiles(this, {
    persist: false,
    dossierId: () => this.dossier?.id ?? null,
    uploads: () => this.uploads ?? (this.client ? uploadsFor(this.client) : null),
    strings: () => this.strings(uploadStrings),
    emit: (type, detail) => this.emit(type, detail),
    // Supplement files are attached by the answer itself, not one by one.
    uploaded: async () => undefined,
  });
  private readonly queue = this.files.queue;
  private loadToken = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('code')) void this.load();
    // Signed in after the element appeared: load now.
    else if (this.view === 'idle' && this.session && this.client) void this.load();
  }

  protected override clientChanged(): void {
    super.clientChanged();
    if (this.hasUpdated) void this.load();
  }

  /** Loads the dossier (or the list) again. */
  async refresh(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const client = this.client;
    this.failure = null;
    if (!client) {
      this.view = 'error';
      this.failure = 'not_configured';
      return;
    }
    if (!this.session) {
      this.view = 'idle';
      return;
    }
    this.view = 'loading';
    try {
      if (this.code) {
        const dossier = await client.dossiers.get(this.code);
        if (token !== this.loadToken) return;
        this.showDossier(dossier);
      } else {
        const list = await client.dossiers.mine({ pageSize: 50 });
        if (token !== this.loadToken) return;
        this.list = list;
        this.view = 'list';
      }
    } catch (error) {
      if (token !== this.loadToken) return;
      this.view = 'error';
      this.failure = errorCode(error);
      this.fail(error);
    }
  }

  private showDossier(dossier: Dossier): void {
    const previous = this.dossier;
    this.dossier = dossier;
    this.view = 'detail';
    if (previous?.id !== dossier.id) {
      this.files.clear();
      this.supplementState = 'idle';
      this.supplementNote = '';
    }
    this.emit('dvc-dossier-load', { dossierId: dossier.id, code: dossier.code, status: dossier.status });
  }

  private get openRequest(): SupplementRequest | null {
    const d = this.dossier;
    if (!d || d.status !== 'awaiting_supplement') return null;
    return d.supplementRequests.find((r) => !r.answeredAt) ?? null;
  }

  // ---- supplement ----

  private async addFiles(componentId: string, files: File[]): Promise<void> {
    this.files.send(componentId, await this.files.accept(componentId, files));
    this.supplementState = 'idle';
  }

  private async sendSupplement(request: SupplementRequest): Promise<void> {
    const d = this.dossier;
    const client = this.client;
    if (!d || !client) return;
    if (this.queue.busy) {
      this.supplementState = 'busy';
      return;
    }
    const done = this.queue.entries.filter((e) => e.state === 'done' && e.uploadId);
    if (request.componentIds.some((id) => !done.some((e) => e.componentId === id))) {
      this.supplementState = 'incomplete';
      return;
    }
    this.supplementState = 'sending';
    try {
      const updated = await client.dossiers.respondToSupplement(d.id, request.id, {
        attachments: done.map((e) => ({ componentId: e.componentId, uploadId: e.uploadId ?? '' })),
        ...(this.supplementNote.trim() ? { note: this.supplementNote.trim() } : {}),
      });
      this.queue.entries.splice(0); // sent: the answer now holds them
      this.dossier = updated;
      this.supplementState = 'done';
      this.emit('dvc-supplement-submit', { dossierId: d.id, requestId: request.id });
    } catch (error) {
      this.supplementState = 'error';
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.emit('dvc-error', errorDetail(error, 'dvc-dossier-status'));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const t = this.strings(statusStrings);
    return html`
      ${this.files.liveRegion()}
      <h2>${t.heading}</h2>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.strings(statusStrings);
    if (this.view === 'error' && this.failure === 'not_configured') return html`<p class="message" role="alert">${t.notConfigured}</p>`;
    if (!this.session) return signInPrompt(t.signInNeeded);
    return html`${this.renderLookup()}${this.renderView()}`;
  }

  private renderLookup(): TemplateResult {
    const t = this.strings(statusStrings);
    const s = this.strings(uploadStrings);
    const submit = (e: Event) => {
      e.preventDefault();
      const input = (e.currentTarget as HTMLFormElement).querySelector('input')!;
      const value = input.value.trim();
      this.lookupError = !value;
      if (value) this.code = value;
    };
    return html`<form class="lookup no-print" role="search" @submit=${submit}>
      <div class="field">
        <label for="lookup-code">${s.dossierCode}</label>
        <div class="lookup-row">
          <input
            id="lookup-code"
            name="code"
            part="lookup-input"
            autocomplete="off"
            .value=${this.code}
            aria-describedby="lookup-hint"
            aria-invalid=${this.lookupError ? 'true' : 'false'}
          />
          <button class="btn" part="lookup-button" type="submit">${t.lookup}</button>
        </div>
        <span id="lookup-hint" class="${this.lookupError ? 'field-error' : 'muted'}">${this.lookupError ? t.lookupEmpty : t.lookupHint}</span>
      </div>
    </form>`;
  }

  private renderView(): TemplateResult {
    const t = this.strings(statusStrings);
    switch (this.view) {
      case 'idle':
      case 'loading':
        return html`<p class="muted" role="status">${t.loading}</p>`;
      case 'error': {
        const notFound = this.failure === 'dossier_not_found' || this.failure === 'not_found';
        return html`<div class="message" role="alert">
          <span>${notFound ? t.notFound : t.loadFailed}</span>
          ${notFound ? nothing : html`<button type="button" class="btn secondary small" @click=${() => this.load()}>${t.retry}</button>`}
        </div>`;
      }
      case 'list':
        return this.renderList();
      case 'detail':
        return this.renderDetail();
    }
  }

  private renderList(): TemplateResult {
    const t = this.strings(statusStrings);
    const s = this.strings(uploadStrings);
    const items = this.list?.items ?? [];
    return html`<section aria-labelledby="my-heading">
      <h3 id="my-heading">${t.myDossiers}</h3>
      ${items.length === 0
        ? html`<p>${t.noDossiers}</p>`
        : html`<p part="count">${t.dossierCount(this.list?.total ?? items.length)}</p>
          <table>
            <thead><tr><th scope="col">${s.dossierCode}</th><th scope="col">${s.procedure}</th><th scope="col">${s.status}</th><th scope="col">${t.due}</th><th scope="col"><span class="visually-hidden">${t.view}</span></th></tr></thead>
            <tbody>
              ${items.map(
                (d) => html`<tr>
                  <td>${d.code ?? html`<span class="muted">${t.draftCode}</span>`}</td>
                  <td>${d.procedureName}</td>
                  <td>${dossierStatusInfo(d.status).label[this.locale]}${dossierOverdue(d) ? html` <span class="overdue">(${t.overdue})</span>` : nothing}</td>
                  <td>${d.dueAt ? formatDate(d.dueAt, this.locale) : '—'}</td>
                  <td>
                    <button type="button" class="btn secondary small" @click=${() => (this.code = d.code ?? d.id)}>
                      ${t.view}<span class="visually-hidden"> ${t.viewDossier(d.code ?? d.procedureName)}</span>
                    </button>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }

  private badgeClass(d: Dossier): string {
    if (d.status === 'processed' || d.status === 'returned') return 'final-good';
    if (d.status === 'rejected' || d.status === 'suspended' || d.status === 'withdrawn') return 'bad';
    if (d.status === 'awaiting_supplement' || d.status === 'awaiting_payment') return 'attention';
    return '';
  }

  private renderDetail(): TemplateResult {
    const t = this.strings(statusStrings);
    const s = this.strings(uploadStrings);
    const d = this.dossier;
    if (!d) return html``;
    const overdue = dossierOverdue(d);
    const request = this.openRequest;
    return html`<article aria-labelledby="dossier-heading">
      <h3 id="dossier-heading">${d.code ?? t.draftCode}</h3>
      <dl class="summary">
        <dt>${s.procedure}</dt><dd>${d.procedureName}</dd>
        <dt>${s.status}</dt>
        <dd><span class="status-badge ${this.badgeClass(d)}" part="status">${dossierStatusInfo(d.status).label[this.locale]}</span></dd>
        ${d.submittedAt ? html`<dt>${s.submittedOn}</dt><dd>${formatDateTime(d.submittedAt, this.locale)}</dd>` : nothing}
        <dt>${t.due}</dt>
        <dd>
          ${d.dueAt ? formatDate(d.dueAt, this.locale) : t.noDue}
          ${overdue ? html` <span class="overdue">(${t.overdue})</span>` : nothing}
        </dd>
      </dl>
      ${request ? this.renderSupplement(request) : nothing}
      ${this.supplementState === 'done' ? html`<p class="message success" role="status">${t.supplementDone}</p>` : nothing}
      ${d.status === 'awaiting_payment' || d.payments.length
        ? html`<dvc-payment
            .dossier=${d}
            mode=${this.paymentMode}
            @dvc-payment-complete=${() => void this.load()}
          ></dvc-payment>`
        : nothing}
      <section aria-labelledby="timeline-heading">
        <h4 id="timeline-heading">${t.timeline}</h4>
        ${d.events.length === 0
          ? html`<p>${t.noEvents}</p>`
          : html`<ol class="timeline" part="timeline">
              ${timeline(d).map(
                ({ event, overdue: late }) => html`<li>
                  <time datetime=${event.at}>${formatDateTime(event.at, this.locale)}</time>
                  <strong>${dossierStatusInfo(event.status).label[this.locale]}</strong>
                  <span class="muted">· ${t.actor[event.actor] ?? event.actor}</span>
                  ${event.note ? html`<p>${event.note}</p>` : nothing}
                  ${event.dueAt
                    ? html`<p>${t.dueOn(formatDate(event.dueAt, this.locale))}${late ? html` <span class="overdue">(${t.overdue})</span>` : nothing}</p>`
                    : nothing}
                </li>`,
              )}
            </ol>`}
      </section>
      <section aria-labelledby="files-heading">
        <h4 id="files-heading">${t.files}</h4>
        <dl class="summary">
          ${d.components.map(
            (c) => html`<dt>${c.name}</dt>
              <dd>${c.files.length ? c.files.map((f) => f.fileName).join(', ') : html`<span class="muted">${s.noFiles}</span>`}</dd>`,
          )}
        </dl>
      </section>
      <div class="actions no-print">
        <button type="button" class="btn secondary" @click=${() => this.load()}>${t.refresh}</button>
        ${isFinal(d.status) || !this.list ? nothing : html`<button type="button" class="btn secondary" @click=${() => (this.code = '')}>${t.backToList}</button>`}
      </div>
    </article>`;
  }

  private renderSupplement(request: SupplementRequest): TemplateResult {
    const t = this.strings(statusStrings);
    const s = this.strings(uploadStrings);
    const d = this.dossier!;
    const sending = this.supplementState === 'sending';
    const problem =
      this.supplementState === 'incomplete' ? t.supplementNeedFiles
      : this.supplementState === 'busy' ? t.supplementBusy
      : this.supplementState === 'error' ? t.supplementFailed
      : null;
    return html`<section class="panel" part="supplement" aria-labelledby="sup-heading">
      <h4 id="sup-heading">${t.supplementHeading}</h4>
      <p>${request.note}</p>
      ${request.dueAt ? html`<p><strong>${t.supplementDue(formatDate(request.dueAt, this.locale))}</strong></p>` : nothing}
      ${request.componentIds.map((id) => {
        const component = d.components.find((c) => c.componentId === id);
        return this.files.slot(
          { id, name: component?.name ?? id, required: true, originals: 0, copies: 0, template: null },
          {
            locale: this.locale,
            disabled: sending,
            onFiles: (cid, files) => void this.addFiles(cid, files),
            onRemove: (e) => void this.queue.remove(e),
          },
        );
      })}
      <div class="field">
        <label for="sup-note">${t.supplementNote} <span class="muted">${s.optionalField}</span></label>
        <textarea id="sup-note" rows="3" maxlength="2000" .value=${this.supplementNote} @input=${(e: Event) => (this.supplementNote = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${problem ? html`<p class="message" role="alert">${problem}</p>` : nothing}
      <div class="actions">
        <button type="button" class="btn" ?disabled=${sending} @click=${() => this.sendSupplement(request)}>
          ${sending ? t.supplementSending : t.supplementSend}
        </button>
      </div>
    </section>`;
  }
}
