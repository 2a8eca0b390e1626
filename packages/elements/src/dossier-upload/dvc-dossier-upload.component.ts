import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Applicant, Procedure } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { errorDetail, failureCode, notConfiguredError, type FailureKind } from '../controllers/failure.js';
import { FormAssociated, type FieldValidity, type FormRestoreMode, type FormSubmission } from '../controllers/form-value.js';
import { PortalTask } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { applicantFromMe, type ApplicantField } from '../dossier/applicant.js';
import { uploadsFor, type UploadsApi } from '../dossier/dossier-api.js';
import { DossierFiles } from '../dossier/dossier-files.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import type { FileEntry, UploadQueue } from '../dossier/upload-queue.js';
import { DraftController, type DraftDetails } from './draft-controller.js';
import { dossierUploadStrings, type DossierUploadStrings } from './dvc-dossier-upload.strings.js';
import { dossierUploadStyles } from './dvc-dossier-upload.styles.js';
import {
  INITIAL_STEP, caseOf, documentsNotice, missingRequired, nextStep, onlyCase, stepProcedure,
  type LoadFailure, type UploadEvent, type UploadStep,
} from './steps.js';
import { applicantErrors, applicantStep, withoutError, type ApplicantErrors } from './steps/applicant-step.js';
import { caseStep } from './steps/case-step.js';
import { documentsStep } from './steps/documents-step.js';
import { failedStep } from './steps/failed-step.js';
import { feesView } from './steps/fees.js';
import { formStep } from './steps/form-step.js';
import { receiptStep } from './steps/receipt-step.js';
import { reviewStep } from './steps/review-step.js';
import { stepHeader } from './steps/step-header.js';

const TAG = 'dvc-dossier-upload';
const NO_PROCEDURE = 'no_procedure';

type StepOf<K extends UploadStep['kind']> = Extract<UploadStep, { kind: K }>;

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
 * @csspart base - everything the element shows
 * @csspart heading - the element's heading (`heading-level`), and the receipt's
 * @csspart step-heading - the current step's name, one level below (focused when the step changes)
 * @csspart step - each step's section: also named `case`, `applicant`, `documents`, `review` or `receipt`
 * @csspart case - the case picker (procedures with several cases)
 * @csspart applicant - the applicant's details
 * @csspart documents - the dossier's documents, one slot each
 * @csspart review - the review before submitting
 * @csspart receipt - the receipt after submission
 * @csspart field - one applicant field (label, input, error)
 * @csspart input - an applicant field's input
 * @csspart summary - a list of what was entered (review, receipt)
 * @csspart message - a step's notice (why it cannot go on, a restored draft)
 * @csspart offline - the banner shown while the browser is offline
 * @csspart state - loading, a failure, not configured or sign-in needed
 * @csspart retry - the retry button of a failure
 * @csspart actions - a step's buttons
 * @csspart review-button - goes on to the review
 * @csspart back-button - back from the review to the form
 * @csspart submit-button - submits the dossier
 * @csspart print-button - prints the receipt
 * @csspart start-over-button - starts another dossier
 * @csspart slot - one dossier component
 * @csspart file - one file in a slot
 * @csspart progress - a file's progress bar
 * @csspart drop-zone - where files are dropped or chosen
 * @csspart template - the template download link
 */
export class DvcDossierUpload extends FormAssociated(DvcElement) {
  static override styles = [DvcElement.styles, dossierStyles, dossierUploadStyles, stateViewStyles];

  /** National procedure code, e.g. '1.001193'. */
  @property() procedure = '';

  /** Form field name under which the dossier id (or code) is submitted with a surrounding form. */
  @property({ reflect: true }) name: string | null = null;

  /** Disables editing (also set by a disabled fieldset around it). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Level of the element's heading; the step's name is one deeper, its sections two. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Uploads to use instead of the client's tus uploader (tests, demos). */
  @property({ attribute: false }) uploads: UploadsApi | null = null;

  @state() private step: UploadStep = INITIAL_STEP;
  @state() private caseId: string | null = null;
  @state() private applicant: Applicant = applicantFromMe(null);
  @state() private fieldErrors: ApplicantErrors = {};

  private readonly files: DossierFiles = new DossierFiles(this, {
    persist: true,
    errorSource: TAG,
    dossierId: () => this.draft.dossier?.id ?? null,
    uploads: () => this.uploads ?? (this.client ? uploadsFor(this.client) : null),
    strings: () => this.strings(dossierUploadStrings),
    emit: (type, detail) => this.emit(type, detail),
    uploaded: (entry) => this.draft.attach(entry),
  });
  private readonly queue: UploadQueue = this.files.queue;

  private readonly draft: DraftController = new DraftController(this, {
    procedure: () => this.procedure,
    dossiers: () => this.client?.dossiers ?? null,
    queue: this.queue,
    emit: (type, detail) => this.emit(type, detail),
    failed: (error, call) => {
      if (call === 'create') this.go({ type: 'notice', notice: { kind: 'draft_failed' } });
      this.fail(error);
    },
  });

  private readonly loader = new PortalTask(this, {
    args: () => [this.client, this.procedure] as const,
    task: async ([client, code], signal) => {
      this.go({ type: 'load' });
      if (!code) throw Object.assign(new Error('No procedure: set the procedure attribute.'), { code: NO_PROCEDURE });
      if (!client) throw notConfiguredError();
      return client.procedures.get(code, { signal });
    },
    onComplete: (procedure) => void this.procedureLoaded(procedure),
    onError: (error, kind) => this.loadFailed(error, kind),
  });

  /** Who was signed in at the last update: a sign-in after the form appeared prefills it. */
  private seenSub: string | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Signed in after the element appeared: prefill from the claims and pick up this tab's draft.
    const sub = this.session?.me.sub ?? null;
    if (sub === this.seenSub) return;
    this.seenSub = sub;
    if (sub && this.step.kind === 'form' && !this.draft.dossier) {
      this.applicant = this.prefilled;
      void this.restoreDraft();
    }
  }

  // ---- form association ----

  /** The dossier id while a draft, its code once submitted; '' before a draft exists. */
  get value(): string {
    const dossier = this.draft.dossier;
    return dossier?.code ?? dossier?.id ?? '';
  }

  protected override formValue(): FormSubmission {
    return this.value || null;
  }

  protected override formValidity(): FieldValidity | null {
    if (this.draft.dossier?.code) return null;
    const s = this.strings(dossierUploadStrings);
    const anchor = this.renderRoot?.querySelector?.<HTMLElement>('input[type=file], button') ?? null;
    // The sentences the form step shows for the same two reasons.
    if (this.queue.busy) return { flags: { customError: true }, message: s.stillUploading, anchor };
    const missing = missingRequired(this.currentCase, this.queue.entries);
    return missing.length ? { flags: { valueMissing: true }, message: s.missingRequired(missing.join('; ')), anchor } : null;
  }

  protected override formReset(): void {
    this.draft.forget();
    this.files.clear();
    this.applicant = this.prefilled;
    this.fieldErrors = {};
    const procedure = stepProcedure(this.step);
    this.caseId = procedure ? onlyCase(procedure) : null;
    this.go({ type: 'reset' });
  }

  /** Back/forward navigation gives the form's value back: the dossier it named is loaded again. */
  protected override formRestore(state: FormSubmission, mode: FormRestoreMode): void {
    if (mode !== 'restore' || typeof state !== 'string' || !state) return;
    this.draft.adopt(state);
    if (this.step.kind === 'form' && this.session && !this.draft.dossier) void this.restoreDraft();
  }

  /** The applicant as the signed-in person's claims give it (nothing typed yet). */
  private get prefilled(): Applicant {
    return applicantFromMe(this.session?.me ?? null);
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // ---- flow ----

  private go(event: UploadEvent): void {
    this.step = nextStep(this.step, event);
  }

  private get currentCase() {
    return caseOf(stepProcedure(this.step), this.caseId);
  }

  private get details(): DraftDetails {
    return { caseId: this.caseId, applicant: this.applicant };
  }

  private async procedureLoaded(procedure: Procedure): Promise<void> {
    const before = this.step;
    this.go({ type: 'loaded', procedure });
    if (this.step === before) return; // a reload during the submission or the receipt changes nothing shown
    this.caseId = onlyCase(procedure) ?? (caseOf(procedure, this.caseId) ? this.caseId : null);
    this.applicant = this.prefilled;
    this.seenSub = this.session?.me.sub ?? null;
    if (this.session) await this.restoreDraft();
  }

  private loadFailed(error: unknown, kind: FailureKind): void {
    if (kind === 'aborted') return; // replaced by a newer load, or the element left the page
    const failure: LoadFailure = failureCode(error) === NO_PROCEDURE ? 'no_procedure' : kind;
    this.go({ type: 'load_failed', failure });
    if (failure !== 'no_procedure' && failure !== 'not_configured') this.fail(error);
  }

  private async restoreDraft(): Promise<void> {
    const before = this.applicant;
    const dossier = await this.draft.restore();
    if (!dossier) return;
    if (dossier.status !== 'draft') {
      this.go({ type: 'found_submitted' });
      return;
    }
    this.caseId = dossier.caseId;
    // What the person typed while the draft was on its way wins over what the draft held.
    const typed = Object.fromEntries(Object.entries(this.applicant).filter(([field, value]) => value !== before[field as keyof Applicant]));
    this.applicant = { ...this.prefilled, ...dossier.applicant, ...typed };
  }

  private async addFiles(componentId: string, files: File[]): Promise<void> {
    if (files.length === 0 || this.isDisabled) return;
    const accepted = await this.files.accept(componentId, files);
    if (accepted.length && (await this.draft.ensure(this.details))) this.files.send(componentId, accepted);
  }

  private async removeEntry(entry: FileEntry): Promise<void> {
    // An attached file leaves the draft first; if that fails, it stays listed (the failure is reported).
    if (entry.state === 'done' && entry.uploadId && this.draft.dossier && !(await this.draft.detach(entry.uploadId))) return;
    await this.queue.remove(entry);
  }

  private async selectCase(caseId: string): Promise<void> {
    this.caseId = caseId;
    if (this.draft.dossier) await this.draft.save({ caseId });
  }

  private setField(field: ApplicantField, value: string): void {
    this.applicant = { ...this.applicant, [field]: value };
    if (this.fieldErrors[field]) this.fieldErrors = withoutError(this.fieldErrors, field);
  }

  private async toReview(): Promise<void> {
    this.fieldErrors = applicantErrors(this.applicant, this.strings(dossierUploadStrings));
    if (Object.keys(this.fieldErrors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const notice = documentsNotice(this.currentCase, this.queue.entries);
    if (notice) {
      this.go({ type: 'notice', notice });
      return;
    }
    const details = this.details;
    if (!(await this.draft.ensure(details))) return;
    if (!(await this.draft.save(details))) {
      this.go({ type: 'notice', notice: { kind: 'draft_failed' } });
      return;
    }
    this.go({ type: 'review' });
    await this.focusStepHeading();
  }

  private async backToForm(): Promise<void> {
    this.go({ type: 'back' });
    await this.focusStepHeading();
  }

  private async submit(): Promise<void> {
    if (this.step.kind !== 'review' || !this.draft.dossier) return;
    this.go({ type: 'submit' });
    try {
      await this.draft.submit();
    } catch (error) {
      const code = failureCode(error);
      this.go({ type: 'submit_failed', notice: code === 'missing_required_components' ? { kind: 'submit_missing' } : { kind: 'submit_failed', code } });
      this.fail(error);
      return;
    }
    this.go({ type: 'submitted' });
    await this.focusStepHeading();
  }

  private async focusStepHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private fail(error: unknown): void {
    this.emit('dvc-error', errorDetail(error, TAG));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const s = this.strings(dossierUploadStrings);
    return html`<div part="base">
      ${this.files.liveRegion()}
      ${this.queue.online ? nothing : html`<p class="message warning" part="offline" role="status">${s.offlineBanner}</p>`}
      ${this.renderStep(this.step, s)}
    </div>`;
  }

  private renderStep(step: UploadStep, s: DossierUploadStrings): unknown {
    switch (step.kind) {
      case 'loading':
        return stateView('loading', { locale: this.locale });
      case 'failed':
        return failedStep({ failure: step.failure, locale: this.locale, strings: s, retry: () => void this.loader.retry() });
      case 'form':
        return this.renderForm(step, s);
      case 'review':
      case 'submitting':
        return this.renderReview(step, s);
      case 'receipt': {
        const dossier = this.draft.dossier;
        if (!dossier) return nothing;
        return receiptStep({
          level: this.headingLevel, dossier, fees: this.fees(step.procedure, s), locale: this.locale, strings: s,
          onPrint: () => globalThis.print?.(),
          onStartOver: () => this.formReset(),
        });
      }
    }
  }

  private renderForm(step: StepOf<'form'>, s: DossierUploadStrings): TemplateResult {
    const p = step.procedure;
    const disabled = this.isDisabled;
    return formStep({
      level: this.headingLevel, procedure: p, caseId: this.caseId, signedIn: Boolean(this.session), restored: this.draft.restored,
      notice: step.notice, canReview: Boolean(this.currentCase) && !disabled, locale: this.locale, strings: s,
      onReview: () => void this.toReview(),
      sections: {
        case: () =>
          caseStep({
            cases: p.cases, caseId: this.caseId, locked: this.queue.entries.length > 0, disabled, strings: s,
            onSelect: (id) => void this.selectCase(id),
          }),
        applicant: () =>
          applicantStep({
            applicant: this.applicant, me: this.session?.me ?? null, errors: this.fieldErrors, disabled, strings: s,
            onInput: (field, value) => this.setField(field, value),
          }),
        documents: () =>
          documentsStep({
            components: this.currentCase?.components ?? [],
            strings: s,
            slot: (component) =>
              this.files.slot(component, {
                locale: this.locale, disabled, headingLevel: this.headingLevel + 2, templateBase: this.client?.apiUrl ?? null,
                onFiles: (id, files) => void this.addFiles(id, files),
                onRemove: (e) => void this.removeEntry(e),
              }),
          }),
      },
    });
  }

  private renderReview(step: StepOf<'review' | 'submitting'>, s: DossierUploadStrings): TemplateResult {
    return html`${stepHeader({ level: this.headingLevel, procedure: step.procedure, step: s.stepReview, strings: s })}
      ${reviewStep({
        level: this.headingLevel + 2,
        applicant: this.applicant,
        components: this.currentCase?.components ?? [],
        entries: this.queue.entries,
        fees: this.fees(step.procedure, s),
        notice: step.kind === 'review' ? step.notice : null,
        submitting: step.kind === 'submitting',
        disabled: this.isDisabled,
        strings: s,
        onBack: () => void this.backToForm(),
        onSubmit: () => void this.submit(),
      })}`;
  }

  private fees(procedure: Procedure, s: DossierUploadStrings): TemplateResult {
    return feesView({ dossierFees: this.draft.dossier?.fees ?? [], procedure, locale: this.locale, strings: s });
  }
}
