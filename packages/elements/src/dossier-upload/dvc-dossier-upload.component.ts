import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dossierStatusInfo, type Applicant, type Dossier, type DossierCase, type Procedure } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format.js';
import { applicantFromMe, checkApplicant, isLocked, normaliseApplicant, type ApplicantField } from '../dossier/applicant.js';
import type { DossiersResource } from '@dvc-kit/client';
import { errorCode, errorDetail, newIdempotencyKey, uploadsFor, type UploadsApi } from '../dossier/dossier-api.js';
import { DossierFiles } from '../dossier/dossier-files.js';
import { signInPrompt } from '../dossier/sign-in-prompt.js';
import { forgetDraft, readDraft, writeDraft, type DraftMemory } from '../dossier/draft-store.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import { uploadStrings } from '../dossier/dossier.strings.js';
import { failureReason } from '../dossier/file-slot.js';
import { clearPending, listPending } from '../dossier/pending-files.js';
import type { FileEntry } from '../dossier/upload-queue.js';
import '../dossier/events.js';

type Phase = 'idle' | 'loading' | 'error' | 'form' | 'review' | 'submitting' | 'receipt';

/** The applicant's details the review lists when given (the name always). */
const OPTIONAL_DETAILS = ['idNumber', 'taxCode', 'phone', 'email', 'address'] as const;

/**
 * `<dvc-dossier-upload procedure="1.001193">`: submit a dossier online.
 *
 * Loads the procedure, lets the person choose their case, shows one slot per
 * dossier component and uploads files to it over tus (pause, resume, retry,
 * remove; automatic pause while offline). The draft survives a reload in the
 * same tab, unfinished uploads resume. Then a review step, submission with an
 * idempotency key, and a printable receipt.
 *
 * Form-associated: inside a `<form>` its value is the dossier id (the code
 * once submitted) under its `name`, and it is invalid while a required
 * document is missing or an upload is running.
 *
 * @fires dvc-dossier-draft - a draft was created or restored
 * @fires dvc-upload-progress - a file's bytes moved or its state changed
 * @fires dvc-dossier-submit - the dossier was submitted
 * @fires dvc-error - something failed (detail.code is stable)
 * @slot sign-in - shown when nobody is signed in (e.g. a `<dvc-login>`)
 * @csspart slot - one dossier component
 * @csspart file - one file in a slot
 * @csspart progress - a file's progress bar
 * @csspart drop-zone - where files are dropped or chosen
 * @csspart template - the template download link
 * @csspart receipt - the receipt after submission
 */
export class DvcDossierUpload extends DvcElement {
  static override styles = [DvcElement.styles, dossierStyles];
  static formAssociated = true;

  /** National procedure code, e.g. '1.001193'. */
  @property() procedure = '';

  /** Form field name under which the dossier id (or code) is submitted with a surrounding form. */
  @property({ reflect: true }) name: string | null = null;

  /** Disables editing (also set by a disabled fieldset around it). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Uploads to use instead of the client's tus uploader (tests, demos). */
  @property({ attribute: false }) uploads: UploadsApi | null = null;

  @state() private phase: Phase = 'idle';
  @state() private loadError: string | null = null;
  @state() private procedureData: Procedure | null = null;
  @state() private caseId: string | null = null;
  @state() private dossier: Dossier | null = null;
  @state() private applicant: Applicant = applicantFromMe(null);
  @state() private fieldErrors: Partial<Record<ApplicantField, string>> = {};
  @state() private restored = false;
  @state() private message: { kind: 'error' | 'info'; text: string } | null = null;
  @state() private online = globalThis.navigator?.onLine ?? true;

  private readonly internals = this.attachInternals();
  private readonly files = new DossierFiles(this, {
    persist: true,
    errorSource: 'dvc-dossier-upload',
    dossierId: () => this.dossier?.id ?? null,
    uploads: () => this.uploads ?? (this.client ? uploadsFor(this.client) : null),
    strings: () => this.strings(uploadStrings),
    emit: (type, detail) => this.emit(type, detail),
    uploaded: (entry) => this.attachUploaded(entry),
    changed: () => this.syncFormState(),
  });
  private readonly queue = this.files.queue;
  private memory: DraftMemory | null = null;
  private draftCreation: Promise<Dossier | null> | null = null;
  private loadToken = 0;
  private formDisabled = false;
  private seenSub: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.onConnectivity);
    globalThis.addEventListener?.('offline', this.onConnectivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.onConnectivity);
    globalThis.removeEventListener?.('offline', this.onConnectivity);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('procedure')) {
      void this.load();
      return;
    }
    // Signed in after the element appeared: prefill from the claims and pick up this tab's draft.
    const sub = this.session?.me.sub ?? null;
    if (sub !== this.seenSub) {
      this.seenSub = sub;
      if (sub && this.phase === 'form' && !this.dossier) {
        this.applicant = applicantFromMe(this.session?.me ?? null);
        void this.restoreDraft(this.loadToken);
      }
    }
  }

  protected override clientChanged(): void {
    super.clientChanged();
    if (this.hasUpdated && this.phase !== 'submitting' && this.phase !== 'receipt') void this.load();
  }

  // ---- form association ----

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The dossier id while a draft, its code once submitted; '' before a draft exists. */
  get value(): string {
    return this.dossier?.code ?? this.dossier?.id ?? '';
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    if (this.procedure) forgetDraft(this.procedure);
    const draftId = this.dossier?.id;
    if (draftId) void clearPending(draftId);
    this.files.clear();
    this.dossier = null;
    this.memory = null;
    this.restored = false;
    this.message = null;
    this.applicant = applicantFromMe(this.session?.me ?? null);
    this.caseId = this.procedureData?.cases.length === 1 ? (this.procedureData.cases[0]?.id ?? null) : null;
    if (this.phase !== 'idle' && this.phase !== 'loading' && this.phase !== 'error') this.phase = 'form';
    this.syncFormState();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private syncFormState(): void {
    const s = this.strings(uploadStrings);
    this.internals.setFormValue(this.value || null);
    const anchor = this.renderRoot?.querySelector?.<HTMLElement>('input[type=file], button') ?? undefined;
    if (this.dossier?.code) this.internals.setValidity({});
    else if (this.queue.busy) this.internals.setValidity({ customError: true }, s.validityBusy, anchor);
    else if (this.missingRequired().length) this.internals.setValidity({ valueMissing: true }, s.validityMissing, anchor);
    else this.internals.setValidity({});
  }

  // ---- data ----

  private get dossiersApi(): DossiersResource | null {
    return this.client?.dossiers ?? null;
  }

  private get currentCase(): DossierCase | null {
    return this.procedureData?.cases.find((c) => c.id === this.caseId) ?? null;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadError = null;
    this.message = null;
    const client = this.client;
    if (!this.procedure) {
      this.phase = 'error';
      this.loadError = 'no_procedure';
      return;
    }
    if (!client) {
      this.phase = 'error';
      this.loadError = 'not_configured';
      return;
    }
    this.phase = 'loading';
    try {
      const procedure = await client.procedures.get(this.procedure);
      if (token !== this.loadToken) return;
      this.procedureData = procedure;
      if (procedure.cases.length === 1) this.caseId = procedure.cases[0]?.id ?? null;
      this.applicant = applicantFromMe(this.session?.me ?? null);
      this.seenSub = this.session?.me.sub ?? null;
      this.phase = 'form';
      await this.restoreDraft(token);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.phase = 'error';
      this.loadError = errorCode(error);
      this.fail(error);
    } finally {
      this.syncFormState();
    }
  }

  /** Picks up the draft this tab was working on (the server says what it holds). */
  private async restoreDraft(token: number): Promise<void> {
    const memory = readDraft(this.procedure);
    this.memory = memory;
    if (!memory?.dossierId || !this.session || !this.dossiersApi) return;
    let dossier: Dossier;
    try {
      dossier = await this.dossiersApi.get(memory.dossierId);
    } catch (error) {
      if (errorCode(error) === 'dossier_not_found' || errorCode(error) === 'not_found') {
        forgetDraft(this.procedure);
        this.memory = null;
      }
      return;
    }
    if (token !== this.loadToken) return;
    this.dossier = dossier;
    if (dossier.status !== 'draft') {
      // Submitted before the reload finished showing the receipt.
      forgetDraft(this.procedure);
      this.phase = 'receipt';
      return;
    }
    this.caseId = dossier.caseId;
    this.applicant = { ...applicantFromMe(this.session?.me ?? null), ...dossier.applicant };
    for (const component of dossier.components) {
      for (const file of component.files) this.queue.addDone(component.componentId, file);
    }
    for (const pending of await listPending(dossier.id)) {
      this.queue.restore(pending.key, pending.componentId, pending.fileName, pending.contentType, pending.blob);
    }
    this.restored = true;
    this.emit('dvc-dossier-draft', { dossierId: dossier.id, procedureCode: this.procedure, restored: true });
    this.requestUpdate();
  }

  /** The draft dossier, created on first need with an idempotency key kept across reloads. */
  private ensureDraft(): Promise<Dossier | null> {
    if (this.dossier) return Promise.resolve(this.dossier);
    if (this.draftCreation) return this.draftCreation;
    const api = this.dossiersApi;
    if (!api) return Promise.resolve(null);
    const memory: DraftMemory = this.memory ?? { createKey: newIdempotencyKey(), submitKey: newIdempotencyKey(), dossierId: null };
    this.memory = memory;
    writeDraft(this.procedure, memory);
    this.draftCreation = api
      .create(
        {
          procedureCode: this.procedure,
          ...(this.caseId ? { caseId: this.caseId } : {}),
          applicant: normaliseApplicant(this.applicant),
          channel: 'online',
        },
        { idempotencyKey: memory.createKey },
      )
      .then(
        (dossier) => {
          this.dossier = dossier;
          memory.dossierId = dossier.id;
          writeDraft(this.procedure, memory);
          this.emit('dvc-dossier-draft', { dossierId: dossier.id, procedureCode: this.procedure, restored: false });
          this.syncFormState();
          return dossier;
        },
        (error: unknown) => {
          this.message = { kind: 'error', text: this.strings(uploadStrings).draftFailed };
          this.fail(error);
          return null;
        },
      )
      .finally(() => {
        this.draftCreation = null;
      });
    return this.draftCreation;
  }

  private async attachUploaded(entry: FileEntry): Promise<void> {
    const dossier = this.dossier;
    if (!dossier || !entry.uploadId || !this.dossiersApi) throw Object.assign(new Error('no draft'), { code: 'not_configured' });
    this.dossier = await this.dossiersApi.attach(dossier.id, { componentId: entry.componentId, uploadId: entry.uploadId });
  }

  // ---- files ----

  private async addFiles(componentId: string, files: File[]): Promise<void> {
    if (files.length === 0 || this.isDisabled) return;
    const accepted = await this.files.accept(componentId, files);
    if (accepted.length && (await this.ensureDraft())) this.files.send(componentId, accepted);
  }

  private async removeEntry(entry: FileEntry): Promise<void> {
    if (entry.state === 'done' && entry.uploadId && this.dossier && this.dossiersApi) {
      try {
        this.dossier = await this.dossiersApi.detach(this.dossier.id, entry.uploadId);
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    await this.queue.remove(entry);
    this.syncFormState();
  }

  private missingRequired(): string[] {
    const c = this.currentCase;
    if (!c) return [];
    return c.components
      .filter((component) => component.required && !this.queue.forComponent(component.id).some((e) => e.state === 'done'))
      .map((component) => component.name);
  }

  // ---- steps ----

  private async selectCase(caseId: string): Promise<void> {
    this.caseId = caseId;
    if (this.dossier && this.dossiersApi) {
      try {
        this.dossier = await this.dossiersApi.update(this.dossier.id, { caseId });
      } catch (error) {
        this.fail(error);
      }
    }
    this.syncFormState();
  }

  private setField(field: ApplicantField, value: string): void {
    this.applicant = { ...this.applicant, [field]: value };
    if (this.fieldErrors[field]) {
      const next = { ...this.fieldErrors };
      delete next[field];
      this.fieldErrors = next;
    }
  }

  private async toReview(): Promise<void> {
    const s = this.strings(uploadStrings);
    const problems = checkApplicant(this.applicant);
    const fieldErrors: Partial<Record<ApplicantField, string>> = {};
    for (const [field, kind] of Object.entries(problems) as Array<[ApplicantField, string]>) {
      fieldErrors[field] = kind === 'phone' ? s.phoneInvalid : kind === 'email' ? s.emailInvalid : s.name;
    }
    this.fieldErrors = fieldErrors;
    if (Object.keys(fieldErrors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (this.queue.busy || this.queue.entries.some((e) => e.state === 'failed' || e.state === 'missing')) {
      this.message = { kind: 'error', text: s.stillUploading };
      return;
    }
    const missing = this.missingRequired();
    if (missing.length) {
      this.message = { kind: 'error', text: s.missingRequired(missing.join('; ')) };
      return;
    }
    const dossier = await this.ensureDraft();
    if (!dossier || !this.dossiersApi) return;
    try {
      this.dossier = await this.dossiersApi.update(dossier.id, {
        applicant: normaliseApplicant(this.applicant),
        ...(this.caseId ? { caseId: this.caseId } : {}),
      });
    } catch (error) {
      this.message = { kind: 'error', text: `${s.draftFailed}` };
      this.fail(error);
      return;
    }
    this.message = null;
    this.phase = 'review';
    await this.focusHeading();
  }

  private async submit(): Promise<void> {
    const s = this.strings(uploadStrings);
    const dossier = this.dossier;
    const api = this.dossiersApi;
    if (!dossier || !api || !this.memory) return;
    this.phase = 'submitting';
    this.message = null;
    try {
      // The same key on every retry of this submission: the server answers a repeat with the first result.
      const submitted = await api.submit(dossier.id, { idempotencyKey: this.memory.submitKey });
      this.dossier = submitted;
      forgetDraft(this.procedure);
      void clearPending(submitted.id);
      this.phase = 'receipt';
      this.syncFormState();
      this.emit('dvc-dossier-submit', {
        dossierId: submitted.id, code: submitted.code ?? '', dueAt: submitted.dueAt, status: submitted.status,
      });
      await this.focusHeading();
    } catch (error) {
      const code = errorCode(error);
      this.phase = 'review';
      this.message = {
        kind: 'error',
        text: code === 'missing_required_components' ? s.submitMissing : s.submitFailed(failureReason(code, s)),
      };
      this.fail(error);
    }
  }

  private startOver(): void {
    this.formResetCallback();
    this.phase = 'form';
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private fail(error: unknown): void {
    this.emit('dvc-error', errorDetail(error, 'dvc-dossier-upload'));
  }

  // The event itself is the signal (navigator.onLine lags or lies behind captive portals and in tests).
  private readonly onConnectivity = (event: Event): void => {
    this.online = event.type === 'online';
  };

  // ---- rendering ----

  protected override render(): TemplateResult {
    const s = this.strings(uploadStrings);
    return html`
      ${this.files.liveRegion()}
      ${this.online ? nothing : html`<p class="message warning" role="status">${s.offlineBanner}</p>`}
      ${this.renderPhase()}
    `;
  }

  private renderPhase(): TemplateResult {
    const s = this.strings(uploadStrings);
    switch (this.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="muted" role="status">${s.loading}</p>`;
      case 'error':
        return this.renderLoadError();
      case 'receipt':
        return this.renderReceipt();
      case 'review':
      case 'submitting':
        return this.renderReview();
      case 'form':
        return this.renderForm();
    }
  }

  private renderLoadError(): TemplateResult {
    const s = this.strings(uploadStrings);
    const text =
      this.loadError === 'not_configured' ? s.notConfigured
      : this.loadError === 'no_procedure' ? s.noProcedure
      : this.loadError === 'procedure_not_found' || this.loadError === 'not_found' ? s.notFound
      : s.loadFailed;
    const canRetry = this.loadError !== 'not_configured' && this.loadError !== 'no_procedure';
    return html`<div class="message" role="alert">
      <span>${text}</span>
      ${canRetry ? html`<button type="button" class="btn secondary small" @click=${() => this.load()}>${s.retry}</button>` : nothing}
    </div>`;
  }

  private renderHeader(step: string): TemplateResult {
    const s = this.strings(uploadStrings);
    const p = this.procedureData;
    return html`<header>
      <h2>${s.heading}</h2>
      ${p ? html`<p><span class="muted">${s.procedure} ${p.code}:</span> ${p.name}</p>` : nothing}
      <h3 tabindex="-1" data-step-heading>${step}</h3>
    </header>`;
  }

  private renderForm(): TemplateResult {
    const s = this.strings(uploadStrings);
    const p = this.procedureData;
    if (!p) return html``;
    if (p.onlineLevel === 'info') return html`${this.renderHeader(s.stepFiles)}<p class="message info">${s.notOnline}</p>`;
    if (!this.session) return html`${this.renderHeader(s.stepFiles)}${signInPrompt(s.signInNeeded)}`;
    const c = this.currentCase;
    return html`${this.renderHeader(s.stepFiles)}
      ${this.restored ? html`<p class="message info">${s.draftRestored}</p>` : nothing}
      ${p.cases.length > 1 ? this.renderCasePicker(p.cases) : nothing}
      ${this.renderApplicant()}
      ${c
        ? html`<fieldset>
            <legend>${s.componentsLegend}</legend>
            ${c.components.map((component) =>
              this.files.slot(component, {
                locale: this.locale,
                disabled: this.isDisabled,
                templateBase: this.client?.apiUrl ?? null,
                onFiles: (id, files) => void this.addFiles(id, files),
                onRemove: (e) => void this.removeEntry(e),
              }),
            )}
          </fieldset>`
        : nothing}
      ${this.message ? html`<p class="message ${this.message.kind}" role="alert">${this.message.text}</p>` : nothing}
      <div class="actions">
        <button type="button" class="btn" ?disabled=${!c || this.isDisabled} @click=${() => this.toReview()}>${s.toReview}</button>
      </div>`;
  }

  private renderCasePicker(cases: DossierCase[]): TemplateResult {
    const s = this.strings(uploadStrings);
    const locked = this.queue.entries.length > 0;
    return html`<fieldset aria-describedby="case-hint">
      <legend>${s.caseLegend}</legend>
      <p id="case-hint" class="muted">${locked ? s.caseLocked : s.caseHint}</p>
      ${cases.map(
        (c, i) => html`<label class="radio">
          <input
            type="radio"
            name="case"
            .value=${c.id}
            .checked=${this.caseId === c.id}
            ?disabled=${(locked && this.caseId !== c.id) || this.isDisabled}
            @change=${() => void this.selectCase(c.id)}
          />
          <span>${c.name ?? `${s.caseLegend} ${i + 1}`}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderApplicant(): TemplateResult {
    const s = this.strings(uploadStrings);
    const me = this.session?.me ?? null;
    const a = this.applicant;
    const fields: Array<{ field: ApplicantField; label: string; type: string; autocomplete: string; show: boolean; optional: boolean }> = [
      { field: 'name', label: s.name, type: 'text', autocomplete: 'name', show: true, optional: false },
      { field: 'idNumber', label: s.idNumber, type: 'text', autocomplete: 'off', show: a.type !== 'business' || Boolean(a.idNumber), optional: true },
      { field: 'taxCode', label: s.taxCode, type: 'text', autocomplete: 'off', show: a.type === 'business' || Boolean(a.taxCode), optional: true },
      { field: 'phone', label: s.phone, type: 'tel', autocomplete: 'tel', show: true, optional: true },
      { field: 'email', label: s.email, type: 'email', autocomplete: 'email', show: true, optional: true },
      { field: 'address', label: s.address, type: 'text', autocomplete: 'street-address', show: true, optional: true },
    ];
    return html`<fieldset>
      <legend>${s.applicantLegend}</legend>
      <p class="muted" id="eid-note">${s.applicantFromEid}</p>
      <div class="fields">
        ${fields
          .filter((f) => f.show)
          .map((f) => {
            const locked = isLocked(f.field, me);
            const error = this.fieldErrors[f.field];
            const id = `ap-${f.field}`;
            return html`<div class="field">
              <label for=${id}>${f.label} ${f.optional && !locked ? html`<span class="muted">${s.optionalField}</span>` : nothing}</label>
              <input
                id=${id}
                type=${f.type}
                autocomplete=${f.autocomplete}
                .value=${a[f.field] ?? ''}
                ?readonly=${locked}
                ?disabled=${this.isDisabled}
                aria-describedby=${locked ? 'eid-note' : error ? `${id}-error` : nothing}
                aria-invalid=${error ? 'true' : 'false'}
                @input=${(e: Event) => this.setField(f.field, (e.target as HTMLInputElement).value)}
              />
              ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
            </div>`;
          })}
      </div>
    </fieldset>`;
  }

  private feesView(): TemplateResult {
    const s = this.strings(uploadStrings);
    const fromDossier = this.dossier?.fees ?? [];
    if (fromDossier.length) {
      return html`<ul>
        ${fromDossier.map((f) => html`<li>${f.name}: ${formatMoney(f.amount, f.currency, this.locale)}</li>`)}
      </ul>`;
    }
    const channel = this.procedureData?.channels.find((c) => c.channel === 'online') ?? this.procedureData?.channels[0];
    const fees = channel?.fees ?? [];
    if (fees.length === 0 || fees.every((f) => f.free)) return html`${s.feesFree}`;
    return html`<ul>
      ${fees.map((f) => html`<li>${f.free ? s.feesFree : f.amount !== null ? formatMoney(f.amount, f.currency, this.locale) : f.text || s.feesUnknown}</li>`)}
    </ul>`;
  }

  private renderReview(): TemplateResult {
    const s = this.strings(uploadStrings);
    const a = this.applicant;
    const c = this.currentCase;
    const submitting = this.phase === 'submitting';
    return html`${this.renderHeader(s.stepReview)}
      <section class="panel" aria-labelledby="rv-applicant">
        <h4 id="rv-applicant">${s.reviewApplicant}</h4>
        <dl class="summary">
          <dt>${s.name}</dt><dd>${a.name}</dd>
          ${OPTIONAL_DETAILS.map((f) => (a[f] ? html`<dt>${s[f]}</dt><dd>${a[f]}</dd>` : nothing))}
        </dl>
      </section>
      <section class="panel" aria-labelledby="rv-files">
        <h4 id="rv-files">${s.reviewFiles}</h4>
        <dl class="summary">
          ${c?.components.map((component) => {
            const done = this.queue.forComponent(component.id).filter((e) => e.state === 'done');
            return html`<dt>${component.name}</dt>
              <dd>${done.length ? done.map((e) => e.fileName).join(', ') : html`<span class="muted">${s.noFiles}</span>`}</dd>`;
          })}
        </dl>
      </section>
      <section class="panel" aria-labelledby="rv-fees">
        <h4 id="rv-fees">${s.fees}</h4>
        ${this.feesView()}
      </section>
      ${this.message ? html`<p class="message ${this.message.kind}" role="alert">${this.message.text}</p>` : nothing}
      ${submitting ? html`<p class="muted" role="status">${s.submitting}</p>` : nothing}
      <div class="actions">
        <button type="button" class="btn secondary" ?disabled=${submitting} @click=${() => this.backToForm()}>${s.back}</button>
        <button type="button" class="btn" ?disabled=${submitting || this.isDisabled} aria-disabled=${submitting ? 'true' : 'false'} @click=${() => this.submit()}>
          ${submitting ? s.submitting : s.submit}
        </button>
      </div>`;
  }

  private async backToForm(): Promise<void> {
    this.phase = 'form';
    this.message = null;
    await this.focusHeading();
  }

  private renderReceipt(): TemplateResult {
    const s = this.strings(uploadStrings);
    const d = this.dossier;
    if (!d) return html``;
    return html`<section class="panel" part="receipt" aria-labelledby="rc-heading">
      <h2 id="rc-heading" tabindex="-1" data-step-heading>${s.receiptHeading}</h2>
      <p>${d.procedureName}</p>
      <dl class="summary">
        <dt>${s.dossierCode}</dt><dd class="code">${d.code}</dd>
        <dt>${s.status}</dt><dd>${dossierStatusInfo(d.status).label[this.locale]}</dd>
        <dt>${s.submittedOn}</dt><dd>${d.submittedAt ? formatDateTime(d.submittedAt, this.locale) : ''}</dd>
        <dt>${s.receiptDue}</dt><dd>${d.dueAt ? formatDate(d.dueAt, this.locale) : s.receiptNoDue}</dd>
        <dt>${s.fees}</dt><dd>${this.feesView()}</dd>
      </dl>
      <p class="muted">${s.receiptKeep}</p>
      <div class="actions">
        <button type="button" class="btn" @click=${() => globalThis.print?.()}>${s.print}</button>
        <button type="button" class="btn secondary" @click=${() => this.startOver()}>${s.startOver}</button>
      </div>
    </section>`;
  }
}
