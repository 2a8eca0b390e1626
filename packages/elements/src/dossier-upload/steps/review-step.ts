import { html, nothing, type TemplateResult } from 'lit';
import type { Applicant, DossierComponent } from '@dvc-kit/spec';
import { heading } from '../../base/heading.js';
import type { FileEntry } from '../../dossier/upload-queue.js';
import type { StepNotice } from '../steps.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';
import { stepNotice } from './step-notice.js';

/** The applicant's details the review lists when given (the name always). */
const OPTIONAL_DETAILS = ['idNumber', 'taxCode', 'phone', 'email', 'address'] as const;

export interface ReviewStepView {
  /** The level of the review's section headings (two below the element's). */
  level: number;
  applicant: Applicant;
  /** The components of the chosen case. */
  components: readonly DossierComponent[];
  /** The element's files: the uploaded ones are listed under their component. */
  entries: readonly FileEntry[];
  fees: TemplateResult;
  notice: StepNotice | null;
  /** The submission is on its way: both buttons wait for it. */
  submitting: boolean;
  disabled: boolean;
  strings: DossierUploadStrings;
  onBack(): void;
  onSubmit(): void;
}

function panel(level: number, id: string, title: string, body: unknown): TemplateResult {
  return html`<section class="panel" aria-labelledby=${id}>
    ${heading(level, title, { id, className: 'section-heading' })} ${body}
  </section>`;
}

/** What will be sent (applicant, documents, fees), then submit or go back. */
export function reviewStep(view: ReviewStepView): TemplateResult {
  const { applicant: a, strings: s, submitting } = view;
  return html`<div part="step review">
    ${panel(
      view.level,
      'rv-applicant',
      s.applicantLegend,
      html`<dl class="summary" part="summary">
        <dt>${s.name}</dt><dd>${a.name}</dd>
        ${OPTIONAL_DETAILS.map((f) => (a[f] ? html`<dt>${s[f]}</dt><dd>${a[f]}</dd>` : nothing))}
      </dl>`,
    )}
    ${panel(
      view.level,
      'rv-files',
      s.componentsLegend,
      html`<dl class="summary" part="summary">
        ${view.components.map((c) => {
          const files = view.entries.filter((e) => e.componentId === c.id && e.state === 'done').map((e) => e.fileName);
          return html`<dt>${c.name}</dt>
            <dd>${files.length ? files.join(', ') : html`<span class="muted">${s.noFiles}</span>`}</dd>`;
        })}
      </dl>`,
    )}
    ${panel(view.level, 'rv-fees', s.fees, view.fees)}
    ${stepNotice(view.notice, s)}
    ${submitting ? html`<p class="muted" role="status">${s.submitting}</p>` : nothing}
    <div class="actions" part="actions">
      <button type="button" class="btn secondary" part="back-button" ?disabled=${submitting} @click=${view.onBack}>${s.back}</button>
      <button
        type="button"
        class="btn"
        part="submit-button"
        ?disabled=${submitting || view.disabled}
        aria-disabled=${submitting ? 'true' : 'false'}
        @click=${view.onSubmit}
      >
        ${submitting ? s.submitting : s.submit}
      </button>
    </div>
  </div>`;
}
