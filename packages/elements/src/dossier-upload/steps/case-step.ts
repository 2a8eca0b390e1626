import { html, type TemplateResult } from 'lit';
import type { DossierCase } from '@dvc-kit/spec';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface CaseStepView {
  cases: readonly DossierCase[];
  caseId: string | null;
  /** Files are attached to the chosen case: the others stay disabled until they are removed. */
  locked: boolean;
  disabled: boolean;
  strings: DossierUploadStrings;
  onSelect(caseId: string): void;
}

/** The person's case, when the procedure has several: it decides which documents are needed. */
export function caseStep(view: CaseStepView): TemplateResult {
  const s = view.strings;
  return html`<fieldset part="step case" aria-describedby="case-hint">
    <legend>${s.caseLegend}</legend>
    <p id="case-hint" class="muted">${view.locked ? s.caseLocked : s.caseHint}</p>
    ${view.cases.map(
      (c, i) => html`<label class="radio">
        <input
          type="radio"
          name="case"
          .value=${c.id}
          .checked=${view.caseId === c.id}
          ?disabled=${(view.locked && view.caseId !== c.id) || view.disabled}
          @change=${() => view.onSelect(c.id)}
        />
        <span>${c.name ?? `${s.caseLegend} ${i + 1}`}</span>
      </label>`,
    )}
  </fieldset>`;
}
