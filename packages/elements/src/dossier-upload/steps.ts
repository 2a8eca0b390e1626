/**
 * The steps of `<dvc-dossier-upload>` as a state machine: what the element
 * shows is a function of one {@link UploadStep}, and every change of step is
 * {@link nextStep} applied to an {@link UploadEvent}. Pure functions only, so
 * the flow is tested without a browser.
 *
 * loading → form ⇄ review → submitting → receipt, with failed beside loading.
 * The form step is one screen of three sections (case, applicant, documents;
 * see {@link formSections}), as the person fills them in any order.
 */
import type { DossierCase, Procedure } from '@dvc-kit/spec';
import type { FailureKind } from '../controllers/failure.js';
import type { FileEntry } from '../dossier/upload-queue.js';

/** Why the procedure cannot be shown: a failure kind, or no `procedure` attribute at all. */
export type LoadFailure = FailureKind | 'no_procedure';

/** An explanation shown on the form or review step until the person acts again. */
export type StepNotice =
  /** The draft dossier could not be created or saved. */
  | { readonly kind: 'draft_failed' }
  /** Uploads are running, or some failed and wait to be retried or removed. */
  | { readonly kind: 'still_uploading' }
  /** Required documents have no file yet. */
  | { readonly kind: 'missing_required'; readonly names: readonly string[] }
  /** The agency refused the submission: a required document is missing. */
  | { readonly kind: 'submit_missing' }
  /** The submission failed; `code` is the client's error code. */
  | { readonly kind: 'submit_failed'; readonly code: string };

export type UploadStep =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly failure: LoadFailure }
  /** Case, applicant and documents (one screen). */
  | { readonly kind: 'form'; readonly procedure: Procedure; readonly notice: StepNotice | null }
  | { readonly kind: 'review'; readonly procedure: Procedure; readonly notice: StepNotice | null }
  | { readonly kind: 'submitting'; readonly procedure: Procedure }
  | { readonly kind: 'receipt'; readonly procedure: Procedure };

export type UploadEvent =
  /** The procedure (re)loads. */
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly procedure: Procedure }
  | { readonly type: 'load_failed'; readonly failure: LoadFailure }
  /** Shows (or, with null, clears) an explanation on the form or review step. */
  | { readonly type: 'notice'; readonly notice: StepNotice | null }
  /** The form is complete and the draft saved: on to the review. */
  | { readonly type: 'review' }
  /** Back from the review to the form. */
  | { readonly type: 'back' }
  | { readonly type: 'submit' }
  | { readonly type: 'submitted' }
  | { readonly type: 'submit_failed'; readonly notice: StepNotice }
  /** The draft this tab remembered turned out to be submitted already (a reload during the receipt). */
  | { readonly type: 'found_submitted' }
  /** The surrounding form was reset, or the person starts another dossier. */
  | { readonly type: 'reset' };

export const INITIAL_STEP: UploadStep = { kind: 'loading' };

/** The procedure of a step past loading, else null. */
export function stepProcedure(step: UploadStep): Procedure | null {
  return 'procedure' in step ? step.procedure : null;
}

/**
 * The step after `event`. An event that does not apply to the step leaves it as it is
 * (the same object): a reload of the procedure never interrupts a submission or hides
 * a receipt, and a late notice never lands on a step that does not show notices.
 */
export function nextStep(step: UploadStep, event: UploadEvent): UploadStep {
  const procedure = stepProcedure(step);
  const busy = step.kind === 'submitting' || step.kind === 'receipt';
  switch (event.type) {
    case 'load':
      return busy ? step : { kind: 'loading' };
    case 'loaded':
      return busy ? step : { kind: 'form', procedure: event.procedure, notice: null };
    case 'load_failed':
      return busy ? step : { kind: 'failed', failure: event.failure };
    case 'notice':
      return step.kind === 'form' || step.kind === 'review' ? { ...step, notice: event.notice } : step;
    case 'review':
      return step.kind === 'form' ? { kind: 'review', procedure: step.procedure, notice: null } : step;
    case 'back':
      return step.kind === 'review' ? { kind: 'form', procedure: step.procedure, notice: null } : step;
    case 'submit':
      return step.kind === 'review' ? { kind: 'submitting', procedure: step.procedure } : step;
    case 'submitted':
      return step.kind === 'submitting' ? { kind: 'receipt', procedure: step.procedure } : step;
    case 'submit_failed':
      return step.kind === 'submitting' ? { kind: 'review', procedure: step.procedure, notice: event.notice } : step;
    case 'found_submitted':
      return step.kind === 'form' || step.kind === 'review' ? { kind: 'receipt', procedure: step.procedure } : step;
    case 'reset':
      return procedure ? { kind: 'form', procedure, notice: null } : step;
  }
}

/** A section of the form step. */
export type FormSection = 'case' | 'applicant' | 'documents';

/** What the form step shows instead of its sections: nothing to submit online, or nobody signed in. */
export type FormGate = 'not_online' | 'sign_in';

/** Why the form step cannot take a dossier yet, or null when it can. */
export function formGate(procedure: Procedure, signedIn: boolean): FormGate | null {
  if (procedure.onlineLevel === 'info') return 'not_online';
  return signedIn ? null : 'sign_in';
}

/**
 * The sections of the form step, in order: the case picker when there is a choice, the
 * applicant always, the documents once the case (hence its components) is known.
 */
export function formSections(procedure: Procedure, caseId: string | null): FormSection[] {
  const sections: FormSection[] = [];
  if (procedure.cases.length > 1) sections.push('case');
  sections.push('applicant');
  if (caseOf(procedure, caseId)) sections.push('documents');
  return sections;
}

export function caseOf(procedure: Procedure | null, caseId: string | null): DossierCase | null {
  return procedure?.cases.find((c) => c.id === caseId) ?? null;
}

/** The case chosen for the person when there is no choice to make. */
export function onlyCase(procedure: Procedure): string | null {
  return procedure.cases.length === 1 ? (procedure.cases[0]?.id ?? null) : null;
}

type EntryState = Pick<FileEntry, 'componentId' | 'state'>;

/** Names of the case's required components without an uploaded file. */
export function missingRequired(dossierCase: DossierCase | null, entries: readonly EntryState[]): string[] {
  if (!dossierCase) return [];
  return dossierCase.components
    .filter((component) => component.required && !entries.some((e) => e.componentId === component.id && e.state === 'done'))
    .map((component) => component.name);
}

/** What keeps the documents from going to review: a file not uploaded yet (running, paused, failed or lost), then missing ones. */
export function documentsNotice(dossierCase: DossierCase | null, entries: readonly EntryState[]): StepNotice | null {
  if (entries.some((e) => e.state !== 'done')) return { kind: 'still_uploading' };
  const names = missingRequired(dossierCase, entries);
  return names.length ? { kind: 'missing_required', names } : null;
}
