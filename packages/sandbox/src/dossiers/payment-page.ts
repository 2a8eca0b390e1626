import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Locale } from '../http/locale.js';
import type { PaymentRow } from './repository.js';

/**
 * The sandbox payment provider's page: plain server-rendered HTML, every value escaped by the
 * `html` template, no script, no logo of any real provider. Approve / decline / cancel are buttons
 * of one POST form.
 */
const TEXT = {
  vi: {
    title: 'Thanh toán (môi trường thử nghiệm)',
    notice: 'Đây là trang thanh toán giả lập của dvc-sandbox. Không có tiền thật nào được chuyển.',
    reference: 'Mã giao dịch', amount: 'Số tiền', dossier: 'Hồ sơ', status: 'Trạng thái',
    approve: 'Thanh toán thành công', decline: 'Thanh toán thất bại', cancel: 'Huỷ thanh toán',
    done: 'Giao dịch đã kết thúc.', notFound: 'Không tìm thấy giao dịch.', back: 'Quay lại trang dịch vụ',
    statuses: { initiated: 'Đang chờ', succeeded: 'Thành công', failed: 'Thất bại', cancelled: 'Đã huỷ' },
  },
  en: {
    title: 'Payment (sandbox)',
    notice: 'This is the dvc-sandbox simulated payment page. No real money moves.',
    reference: 'Reference', amount: 'Amount', dossier: 'Dossier', status: 'Status',
    approve: 'Approve payment', decline: 'Decline payment', cancel: 'Cancel payment',
    done: 'This payment is finished.', notFound: 'No such payment.', back: 'Back to the service',
    statuses: { initiated: 'Pending', succeeded: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled' },
  },
} as const;

function formatAmount(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'currency', currency, maximumFractionDigits: currency === 'VND' ? 0 : 2,
  }).format(amount);
}

function layout(locale: Locale, body: HtmlEscapedString | Promise<HtmlEscapedString>): HtmlEscapedString | Promise<HtmlEscapedString> {
  const t = TEXT[locale];
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  .notice { background: #fff4d6; border-left: 4px solid #c98a00; padding: .5rem 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { font-weight: 600; }
  button { font: inherit; padding: .5rem 1rem; margin: .25rem .5rem .25rem 0; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
</style>
</head>
<body>
<h1>${t.title}</h1>
<p class="notice">${t.notice}</p>
${body}
</body>
</html>`;
}

export function paymentPage(payment: PaymentRow, dossierCode: string | null, locale: Locale) {
  const t = TEXT[locale];
  const details = html`<dl>
  <dt>${t.reference}</dt><dd>${payment.reference}</dd>
  <dt>${t.dossier}</dt><dd>${dossierCode ?? payment.dossier_id}</dd>
  <dt>${t.amount}</dt><dd>${formatAmount(Number(payment.amount), payment.currency, locale)}</dd>
  <dt>${t.status}</dt><dd>${t.statuses[payment.status]}</dd>
</dl>`;
  if (payment.status !== 'initiated') {
    const back = payment.return_url ? html`<p><a href="${payment.return_url}">${t.back}</a></p>` : '';
    return layout(locale, html`${details}<p>${t.done}</p>${back}`);
  }
  return layout(locale, html`${details}
<form method="post">
  <button type="submit" name="action" value="approve">${t.approve}</button>
  <button type="submit" name="action" value="decline">${t.decline}</button>
  <button type="submit" name="action" value="cancel">${t.cancel}</button>
</form>`);
}

export function paymentNotFoundPage(locale: Locale) {
  return layout(locale, html`<p>${TEXT[locale].notFound}</p>`);
}
