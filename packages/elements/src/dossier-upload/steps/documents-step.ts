import { html, type TemplateResult } from 'lit';
import type { DossierComponent } from '@dvc-kit/spec';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface DocumentsStepView {
  components: readonly DossierComponent[];
  strings: DossierUploadStrings;
  /** One component's upload slot (the element's files render it: they hold its queue, notices and drag state). */
  slot(component: DossierComponent): TemplateResult;
}

/** The documents of the chosen case, one upload slot each. */
export function documentsStep(view: DocumentsStepView): TemplateResult {
  return html`<fieldset part="step documents">
    <legend>${view.strings.componentsLegend}</legend>
    ${view.components.map((component) => view.slot(component))}
  </fieldset>`;
}
