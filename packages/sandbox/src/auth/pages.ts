/**
 * The sandbox sign-in pages: plain server-rendered HTML in Vietnamese or English. Every value that
 * comes from a request or an account goes through escapeHtml. No official names or logos: this
 * emulates the national e-ID and must never be mistaken for it.
 */
import type { Locale } from '../http/locale.js';
import { TEST_ACCOUNTS, type TestAccount } from './accounts.js';
import type { Acr } from './assurance.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Headers for every page: never cached, never framed (a framed login page invites clickjacking). */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
};

const TEXT = {
  vi: {
    banner: 'Môi trường thử nghiệm dvc-kit: tài khoản giả lập, không phải hệ thống định danh điện tử thật.',
    signInTitle: 'Đăng nhập thử nghiệm',
    signInLead: (client: string) => `Chọn một tài khoản thử nghiệm để đăng nhập vào ${client}.`,
    level: (acr: Acr) => `Mức độ xác thực được cấp: ${acr === 'LoA2' ? 'mức 2 (LoA2)' : 'mức 1 (LoA1)'}`,
    citizens: 'Công dân',
    businesses: 'Tổ chức, doanh nghiệp',
    idNumber: 'Số định danh',
    taxCode: 'Mã số thuế',
    cancel: 'Huỷ đăng nhập',
    unknownAccount: 'Tài khoản không tồn tại. Hãy chọn một tài khoản trong danh sách.',
    otherLanguage: 'English',
    logoutTitle: 'Đăng xuất',
    logoutLead: 'Bạn có muốn đăng xuất khỏi tài khoản thử nghiệm?',
    logoutYes: 'Đăng xuất',
    logoutNo: 'Giữ đăng nhập',
    loggedOutTitle: 'Đã đăng xuất',
    loggedOutLead: 'Bạn đã đăng xuất khỏi tài khoản thử nghiệm.',
    errorTitle: 'Không thể tiếp tục đăng nhập',
    errorLead: 'Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. Hãy quay lại trang dịch vụ và thử lại.',
  },
  en: {
    banner: 'dvc-kit sandbox: made-up accounts, not the real national e-ID.',
    signInTitle: 'Sandbox sign-in',
    signInLead: (client: string) => `Choose a test account to sign in to ${client}.`,
    level: (acr: Acr) => `Assurance level granted: ${acr === 'LoA2' ? 'level 2 (LoA2)' : 'level 1 (LoA1)'}`,
    citizens: 'Citizens',
    businesses: 'Organisations and businesses',
    idNumber: 'Personal ID number',
    taxCode: 'Tax code',
    cancel: 'Cancel sign-in',
    unknownAccount: 'No such account. Choose an account from the list.',
    otherLanguage: 'Tiếng Việt',
    logoutTitle: 'Sign out',
    logoutLead: 'Do you want to sign out of the test account?',
    logoutYes: 'Sign out',
    logoutNo: 'Stay signed in',
    loggedOutTitle: 'Signed out',
    loggedOutLead: 'You have signed out of the test account.',
    errorTitle: 'Sign-in cannot continue',
    errorLead: 'The sign-in request is invalid or has expired. Go back to the service and try again.',
  },
} as const;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24;line-height:1.5}
main{max-width:34rem;margin:2rem auto;padding:0 1rem}
.banner{background:#fff4d6;border-bottom:1px solid #e0c36a;padding:.5rem 1rem;font-size:.9rem;text-align:center}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.05rem;margin:1.5rem 0 .5rem}
form{margin:0 0 .5rem}
form.cancel{margin-top:1.5rem}
button{font:inherit;width:100%;text-align:left;padding:.75rem 1rem;border:1px solid #b8bec7;border-radius:.5rem;background:#fff;color:inherit;cursor:pointer}
button:hover,button:focus-visible{border-color:#1d4ed8;outline:2px solid #1d4ed8;outline-offset:1px}
button .name{display:block;font-weight:600}
button .detail{display:block;font-size:.9rem;color:#4a5260}
button.secondary{text-align:center;background:transparent}
.error{background:#fde8e8;border:1px solid #e5a3a3;padding:.5rem 1rem;border-radius:.5rem}
.muted{color:#4a5260;font-size:.9rem}
nav{text-align:right;font-size:.9rem;margin-bottom:1rem}
@media (forced-colors:active){button{border:1px solid ButtonText}}
`;

function layout(locale: Locale, title: string, body: string, languageHref?: string): string {
  const nav = languageHref
    ? `<nav><a href="${escapeHtml(languageHref)}" lang="${locale === 'vi' ? 'en' : 'vi'}">${escapeHtml(TEXT[locale].otherLanguage)}</a></nav>`
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="banner" role="note">${escapeHtml(TEXT[locale].banner)}</div>
<main>
${nav}${body}
</main>
</body>
</html>`;
}

function accountButton(locale: Locale, action: string, account: TestAccount): string {
  const t = TEXT[locale];
  const identifier = account.idNumber
    ? `${t.idNumber}: ${account.idNumber}`
    : `${t.taxCode}: ${account.taxCode ?? ''}`;
  return `<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="account" value="${escapeHtml(account.sub)}">
<button type="submit"><span class="name">${escapeHtml(account.name)}</span><span class="detail">${escapeHtml(
    account.description[locale],
  )} · ${escapeHtml(identifier)}</span></button>
</form>`;
}

export interface LoginPageInput {
  locale: Locale;
  /** Where each account's form posts to, e.g. /oidc/interaction/<uid>/login. */
  loginAction: string;
  abortAction: string;
  /** The page itself in the other language. */
  languageHref: string;
  clientName: string;
  acr: Acr;
  error?: 'unknown_account';
}

export function loginPage(input: LoginPageInput): string {
  const t = TEXT[input.locale];
  const group = (type: TestAccount['accountType']) =>
    TEST_ACCOUNTS.filter((account) => account.accountType === type)
      .map((account) => accountButton(input.locale, input.loginAction, account))
      .join('\n');
  const body = `<h1>${escapeHtml(t.signInTitle)}</h1>
<p>${escapeHtml(t.signInLead(input.clientName))}</p>
<p class="muted">${escapeHtml(t.level(input.acr))}</p>
${input.error ? `<p class="error" role="alert">${escapeHtml(t.unknownAccount)}</p>` : ''}
<section aria-labelledby="citizens"><h2 id="citizens">${escapeHtml(t.citizens)}</h2>
${group('citizen')}
</section>
<section aria-labelledby="businesses"><h2 id="businesses">${escapeHtml(t.businesses)}</h2>
${group('business')}
</section>
<form method="post" action="${escapeHtml(input.abortAction)}" class="cancel"><button type="submit" class="secondary">${escapeHtml(t.cancel)}</button></form>`;
  return layout(input.locale, t.signInTitle, body, input.languageHref);
}

/** `form` is oidc-provider's own hidden form (id "op.logoutForm", carrying its xsrf token). */
export function logoutPage(locale: Locale, form: string): string {
  const t = TEXT[locale];
  const body = `<h1>${escapeHtml(t.logoutTitle)}</h1>
<p>${escapeHtml(t.logoutLead)}</p>
${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${escapeHtml(t.logoutYes)}</button></p>
<p><button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(t.logoutNo)}</button></p>`;
  return layout(locale, t.logoutTitle, body);
}

export function loggedOutPage(locale: Locale): string {
  const t = TEXT[locale];
  return layout(locale, t.loggedOutTitle, `<h1>${escapeHtml(t.loggedOutTitle)}</h1>\n<p>${escapeHtml(t.loggedOutLead)}</p>`);
}

export function errorPage(locale: Locale, error: string, description?: string): string {
  const t = TEXT[locale];
  const body = `<h1>${escapeHtml(t.errorTitle)}</h1>
<p>${escapeHtml(t.errorLead)}</p>
<p class="muted"><code>${escapeHtml(error)}</code>${description ? `: ${escapeHtml(description)}` : ''}</p>`;
  return layout(locale, t.errorTitle, body);
}

/**
 * The page language: an explicit `lang` choice on the page first, then the client's `ui_locales`
 * (space-separated, in preference order), then Accept-Language; Vietnamese by default.
 */
export function pageLocale(choice: unknown, uiLocales: unknown, acceptLanguage: string | undefined): Locale {
  if (choice === 'vi' || choice === 'en') return choice;
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(' ')) {
      const language = tag.toLowerCase().split('-')[0];
      if (language === 'vi' || language === 'en') return language;
    }
  }
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
