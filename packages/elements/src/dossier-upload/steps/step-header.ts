import { html, type TemplateResult } from 'lit';
import type { Procedure } from '@dvc-kit/spec';
import { heading, headingLevel } from '../../base/heading.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface StepHeaderView {
  /** The element's `heading-level`; the step's name is one below it. */
  level: number;
  procedure: Procedure;
  /** The step's name, e.g. 'Step 1 of 2: details and documents'. */
  step: string;
  strings: DossierUploadStrings;
}

/**
 * The element's heading, the procedure and the step's name. The step's name takes the focus
 * when the step changes (`data-step-heading`), so keyboard and screen-reader users start
 * reading the new step from its top.
 */
export function stepHeader(view: StepHeaderView): TemplateResult {
  const { procedure: p, strings: s } = view;
  return html`<header>
    ${heading(view.level, s.heading, { part: 'heading', className: 'heading' })}
    <p><span class="muted">${s.procedure} ${p.code}:</span> ${p.name}</p>
    <div role="heading" aria-level=${headingLevel(view.level + 1)} part="step-heading" class="step-heading" tabindex="-1" data-step-heading>
      ${view.step}
    </div>
  </header>`;
}
