// Vietnamese phone numbers, as dialled at home (0...) or from abroad (+84 / 84 ...), with
// spaces, dots, dashes or brackets between groups.

/** Mobile ranges since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x, 10 digits in all. */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}$/;
/** Landlines since 2017: area codes 2xx (e.g. 024 Hà Nội, 028 Hồ Chí Minh), 11 digits in all. */
const LANDLINE = /^02[0-9]{9}$/;

/** The number in national form (`0912345678`), or null when it is not a Vietnamese number. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return null;
  const national = compact.startsWith('+84') ? `0${compact.slice(3)}` : /^84[0-9]{9,10}$/.test(compact) ? `0${compact.slice(2)}` : compact;
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null;
}

export function isVietnamesePhone(value: string): boolean {
  return normalizePhone(value) !== null;
}
