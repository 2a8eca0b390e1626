/**
 * Events of `<dvc-dossier-form>`, added to the shared DvcEventMap by module augmentation.
 */
import type { FormProblem } from './error-map.js';

declare module '../base/events.js' {
  interface DvcEventMap {
    /** `<dvc-dossier-form>` has its definition (and a draft's saved answers): which form, which version. */
    'dvc-form-load': { formId: string; version: number };
    /** An answer changed; `data` is what would be saved and submitted now. */
    'dvc-form-input': { data: Record<string, unknown> };
    /** The draft's answers reached the portal, at `at` (ISO 8601). */
    'dvc-form-saved': { at: string };
    /** A check found problems (`validate()`, a form's submit) or `showErrors()` was given some. */
    'dvc-form-invalid': { errors: FormProblem[] };
    /** The person asked to change a section from the review. Cancelable: the form then stays in review. */
    'dvc-form-change-section': { sectionId: string };
  }
}

export {};
