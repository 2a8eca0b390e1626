import { html, type TemplateResult } from 'lit';
import type { DossierFee, Procedure } from '@dvc-kit/spec';
import { formatMoney } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface FeesView {
  /** The fees the dossier itself carries (the agency's figures); preferred when there are any. */
  dossierFees: readonly DossierFee[];
  /** Else the fees the procedure lists for the online channel. */
  procedure: Procedure;
  locale: Locale;
  strings: DossierUploadStrings;
}

/** The fees to pay, for the review and the receipt. */
export function feesView(view: FeesView): TemplateResult {
  const { locale, strings: s } = view;
  if (view.dossierFees.length) {
    return html`<ul>
      ${view.dossierFees.map((f) => html`<li>${f.name}: ${formatMoney(f.amount, f.currency, locale)}</li>`)}
    </ul>`;
  }
  const channel = view.procedure.channels.find((c) => c.channel === 'online') ?? view.procedure.channels[0];
  const fees = channel?.fees ?? [];
  if (fees.length === 0 || fees.every((f) => f.free)) return html`${s.feesFree}`;
  return html`<ul>
    ${fees.map((f) => html`<li>${f.free ? s.feesFree : f.amount !== null ? formatMoney(f.amount, f.currency, locale) : f.text || s.receiptNoDue}</li>`)}
  </ul>`;
}
