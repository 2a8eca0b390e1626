// Strings that break naive rendering: markup that runs script, bidi overrides that reverse what
// the reader sees, a NUL, CRLF header injection, and sheer length.
export const XSS_MARK = '__dvcPwned';

export const HOSTILE_MARKUP = [
  `<script>window.${XSS_MARK}=1</script>`,
  `<img src=x onerror="window.${XSS_MARK}=1">`,
  `<svg onload="window.${XSS_MARK}=1"></svg>`,
  `"><iframe srcdoc="<script>parent.${XSS_MARK}=1</script>">`,
  `\${window.${XSS_MARK}=1}`,
  `{{constructor.constructor('window.${XSS_MARK}=1')()}}`,
].join(' ');

/** Right-to-left override: "hoa-don\u202Efdp.exe" shows as "hoa-donexe.pdf". */
export const BIDI = 'Hồ sơ \u202Efdp.exe\u202C \u2066\u2067\u2068\u2069 \u200F\u200E\u061C';

export const LONG = 'Đăng ký khai sinh '.repeat(560).slice(0, 10_000);

export const HOSTILE_NAME = `${HOSTILE_MARKUP} ${BIDI} Thủ tục đăng ký khai sinh`;

export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
