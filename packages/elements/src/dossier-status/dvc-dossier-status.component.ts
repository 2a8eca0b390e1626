import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalClient } from '@dvc-kit/client';
import { dossierStatusInfo, type Dossier, type DossierList, type SupplementRequest } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { errorDetail, notConfiguredError, type FailureKind } from '../controllers/failure.js';
import { PortalTask, TaskStatus, initialState } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { uploadsFor, type UploadsApi } from '../dossier/dossier-api.js';
import { DossierFiles } from '../dossier/dossier-files.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import { uploadStrings } from '../dossier/dossier.strings.js';
import { statusStrings } from './dvc-dossier-status.strings.js';
import { statusStyles } from './dvc-dossier-status.styles.js';
import { dossierOverdue, isFinal, timeline } from './timeline.js';
import '../dossier/events.js';

/** What one load brings: the dossier asked for by code, or the person's list. */
type Loaded = { dossier: Dossier } | { list: DossierList };

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
 * @csspart base - the wrapper of everything the element shows
 * @csspart heading - the element's heading (`heading-level`; the sections below are one and two deeper)
 * @csspart state - the loading, sign-in, not-found, error and not-configured messages
 * @csspart retry - the retry button of a failed load
 * @csspart lookup - the look-up form
 * @csspart lookup-input - the dossier-code box
 * @csspart lookup-button - the button beside it (same row, same height)
 * @csspart list - the signed-in person's dossiers
 * @csspart count - how many dossiers the list holds
 * @csspart dossier - the dossier shown
 * @csspart status - the status badge
 * @csspart supplement - the supplement request panel
 * @csspart slot - a requested document's upload slot
 * @csspart drop-zone - the area of a slot that takes dropped or chosen files
 * @csspart timeline - the history list
 * @csspart files - the documents submitted
 * @csspart actions - the refresh and back-to-list buttons
 */
export class DvcDossierStatus extends DvcElement {
  static override styles = [DvcElement.styles, dossierStyles, statusStyles, stateViewStyles];

  /** Dossier code (or id). Empty: list the signed-in person's dossiers. */
  @property({ reflect: true }) code = '';

  /** How `<dvc-payment>` sends the person to pay: 'redirect' (default) or 'popup'. */
  @property({ attribute: 'payment-mode' }) paymentMode: 'redirect' | 'popup' = 'redirect';

  /** Uploads to use instead of the client's tus uploader (tests, demos). */
  @property({ attribute: false }) uploads: UploadsApi | null = null;

  /** Level of the element's heading (its sections are one and two deeper). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private dossier: Dossier | null = null;
  @state() private list: DossierList | null = null;
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

  /** Loads the dossier asked for, or the list; again when the code, the client or the signed-in person changes. */
  private readonly loader = new PortalTask<readonly [string, PortalClient | null, string | null], Loaded>(this, {
    args: () => [this.code, this.client, this.session?.me.sub ?? null] as const,
    task: async ([code, client, person], signal) => {
      if (!client) throw notConfiguredError();
      if (!person) return initialState;
      if (code) return { dossier: await client.dossiers.get(code, { signal }) };
      return { list: await client.dossiers.mine({ pageSize: 50 }, { signal }) };
    },
    onComplete: (loaded) => {
      if ('dossier' in loaded) this.showDossier(loaded.dossier);
      else this.list = loaded.list;
    },
    onError: (error, kind) => {
      if (kind !== 'aborted' && kind !== 'not_configured') this.fail(error);
    },
    locale: () => this.locale,
  });

  /** Loads the dossier (or the list) again. */
  async refresh(): Promise<void> {
    await this.loader.run();
  }

  private showDossier(dossier: Dossier): void {
    const previous = this.dossier;
    this.dossier = dossier;
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

  /** The ARIA level of a heading `depth` below the element's own (0: the element's heading). */
  private level(depth: number): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2) + depth);
  }

  protected override render(): TemplateResult {
    const t = this.strings(statusStrings);
    return html`<div part="base">
      ${this.files.liveRegion()}
      <div part="heading" class="heading top" role="heading" aria-level=${this.level(0)}>${t.heading}</div>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const t = this.strings(statusStrings);
    if (!this.client || this.loader.failure === 'not_configured') {
      return html`${stateView('not_configured', { locale: this.locale })}`;
    }
    if (!this.session) return html`${stateView('sign_in', { locale: this.locale, message: t.signInNeeded })}`;
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
    return html`<form part="lookup" class="lookup no-print" role="search" @submit=${submit}>
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
    // Signed in but not yet asked (the first update runs the load): loading, as before an answer.
    if (this.loader.status === TaskStatus.INITIAL) return html`${stateView('loading', { locale: this.locale })}`;
    return html`${this.loader.render({
      pending: () => stateView('loading', { locale: this.locale }),
      complete: () => (this.code ? this.renderDetail() : this.renderList()),
      error: (_error, kind) =>
        stateView(kind, { locale: this.locale, message: this.failureMessage(kind), retry: () => void this.loader.retry() }),
    })}`;
  }

  /** The status element's own sentences where it has them; the shared ones otherwise. */
  private failureMessage(kind: FailureKind): string | undefined {
    return kind === 'not_found' ? this.strings(statusStrings).notFound : undefined;
  }

  private renderList(): TemplateResult {
    const t = this.strings(statusStrings);
    const s = this.strings(uploadStrings);
    const items = this.list?.items ?? [];
    return html`<section part="list" aria-labelledby="my-heading">
      <div class="heading section" role="heading" aria-level=${this.level(1)} id="my-heading">${t.myDossiers}</div>
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
    return html`<article part="dossier" aria-labelledby="dossier-heading">
      <div class="heading section" role="heading" aria-level=${this.level(1)} id="dossier-heading">${d.code ?? t.draftCode}</div>
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
            heading-level=${this.level(2)}
            @dvc-payment-complete=${() => void this.loader.run()}
          ></dvc-payment>`
        : nothing}
      <section aria-labelledby="timeline-heading">
        <div class="heading sub" role="heading" aria-level=${this.level(2)} id="timeline-heading">${t.timeline}</div>
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
      <section part="files" aria-labelledby="files-heading">
        <div class="heading sub" role="heading" aria-level=${this.level(2)} id="files-heading">${t.files}</div>
        <dl class="summary">
          ${d.components.map(
            (c) => html`<dt>${c.name}</dt>
              <dd>${c.files.length ? c.files.map((f) => f.fileName).join(', ') : html`<span class="muted">${s.noFiles}</span>`}</dd>`,
          )}
        </dl>
      </section>
      <div part="actions" class="actions no-print">
        <button type="button" class="btn secondary" @click=${() => void this.loader.run()}>${t.refresh}</button>
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
      <div class="heading sub" role="heading" aria-level=${this.level(2)} id="sup-heading">${t.supplementHeading}</div>
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
