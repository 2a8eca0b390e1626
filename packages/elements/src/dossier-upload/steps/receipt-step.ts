import { html, type TemplateResult } from 'lit';
import { dossierStatusInfo, type Dossier } from '@dvc-kit/spec';
import { headingLevel } from '../../base/heading.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface ReceiptStepView {
  /** The element's `heading-level`: the receipt's heading takes the element's place. */
  level: number;
  dossier: Dossier;
  fees: TemplateResult;
  locale: Locale;
  strings: DossierUploadStrings;
  onPrint(): void;
  onStartOver(): void;
}

/** The printable receipt: the dossier's code, status, dates and fees. */
export function receiptStep(view: ReceiptStepView): TemplateResult {
  const { dossier: d, locale, strings: s } = view;
  return html`<section class="panel" part="step receipt" aria-labelledby="rc-heading">
    <div
      role="heading"
      aria-level=${headingLevel(view.level)}
      id="rc-heading"
      part="heading"
      class="heading"
      tabindex="-1"
      data-step-heading
    >${s.receiptHeading}</div>
    <p>${d.procedureName}</p>
    <dl class="summary" part="summary">
      <dt>${s.dossierCode}</dt><dd class="code">${d.code}</dd>
      <dt>${s.status}</dt><dd>${dossierStatusInfo(d.status).label[locale]}</dd>
      <dt>${s.submittedOn}</dt><dd>${d.submittedAt ? formatDateTime(d.submittedAt, locale) : ''}</dd>
      <dt>${s.receiptDue}</dt><dd>${d.dueAt ? formatDate(d.dueAt, locale) : s.receiptNoDue}</dd>
      <dt>${s.fees}</dt><dd>${view.fees}</dd>
    </dl>
    <p class="muted">${s.receiptKeep}</p>
    <div class="actions" part="actions">
      <button type="button" class="btn" part="print-button" @click=${view.onPrint}>${s.print}</button>
      <button type="button" class="btn secondary" part="start-over-button" @click=${view.onStartOver}>${s.startOver}</button>
    </div>
  </section>`;
}
