import { html, nothing, type TemplateResult } from 'lit';
import type { Procedure } from '@dvc-kit/spec';
import { stateView } from '../../controllers/state-view.js';
import type { Locale } from '../../i18n/locale.js';
import { formGate, formSections, type FormSection, type StepNotice } from '../steps.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';
import { stepHeader } from './step-header.js';
import { stepNotice } from './step-notice.js';

export interface FormStepView {
  /** The element's `heading-level`. */
  level: number;
  procedure: Procedure;
  caseId: string | null;
  signedIn: boolean;
  /** The draft came back from before a reload: say so. */
  restored: boolean;
  notice: StepNotice | null;
  /** False until a case is chosen, and while the element is disabled. */
  canReview: boolean;
  locale: Locale;
  strings: DossierUploadStrings;
  /** The templates of the sections; the step renders the ones `formSections()` picks, in its order. */
  sections: { readonly [K in FormSection]: () => TemplateResult };
  onReview(): void;
}

/**
 * The form step: the case, the applicant and the documents on one screen, then on to the
 * review. A procedure that cannot be done online, or nobody signed in, shows why instead.
 */
export function formStep(view: FormStepView): TemplateResult {
  const { procedure: p, strings: s } = view;
  const header = stepHeader({ level: view.level, procedure: p, step: s.stepFiles, strings: s });
  const gate = formGate(p, view.signedIn);
  if (gate === 'not_online') return html`${header}<p class="message info" part="message">${s.notOnline}</p>`;
  if (gate === 'sign_in') return html`${header}${stateView('sign_in', { locale: view.locale, message: s.signInNeeded })}`;
  return html`${header}
    ${view.restored ? html`<p class="message info" part="message">${s.draftRestored}</p>` : nothing}
    ${formSections(p, view.caseId).map((section) => view.sections[section]())}
    ${stepNotice(view.notice, s)}
    <div class="actions" part="actions">
      <button type="button" class="btn" part="review-button" ?disabled=${!view.canReview} @click=${view.onReview}>${s.toReview}</button>
    </div>`;
}
