import { INTL_TAG, type Locale } from './locale.js';

// The portal states times in Vietnam's zone; showing them in the viewer's zone would shift dates near midnight.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function toDate(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A date as dd/MM/yyyy in both locales ('22/11/2026'). Bad input gives ''. Plain dates ('2026-11-22') are not shifted. */
export function formatDate(value: string | Date, locale: Locale): string {
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = toDate(value);
  if (!d) return '';
  const f = cached(`d:${locale}:${dateOnly}`, () =>
    new Intl.DateTimeFormat(INTL_TAG[locale], {
      day: '2-digit', month: '2-digit', year: 'numeric', timeZone: dateOnly ? 'UTC' : TIME_ZONE,
    }));
  return f.format(d);
}

/** A date and time: '22/11/2026 14:05' (vi) / '22/11/2026, 14:05' (en). */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const d = toDate(value);
  if (!d) return '';
  const f = cached(`dt:${locale}`, () =>
    new Intl.DateTimeFormat(INTL_TAG[locale], {
      day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE,
    }));
  return f.format(d);
}

/** A count with the locale's grouping: 1.234 (vi), 1,234 (en). */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(INTL_TAG[locale])).format(value);
}

/** Money without decimals for VND ('100.000 ₫'), with them for USD ('25,00 US$'). */
export function formatMoney(amount: number, currency: 'VND' | 'USD', locale: Locale): string {
  return cached(`m:${locale}:${currency}`, () =>
    new Intl.NumberFormat(INTL_TAG[locale], {
      style: 'currency', currency, maximumFractionDigits: currency === 'VND' ? 0 : 2,
    })).format(amount);
}
