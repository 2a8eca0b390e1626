import type { Currency, Duration, DurationUnit, Fee } from './types.js';

const UNKNOWN = 'không có thông tin';

/**
 * Notes in the crawl often start with one or more 'Không có thông tin' (the portal's
 * "unknown" placeholder glued to the real note) or a stray ': '. Strip those; a note
 * that was only the placeholder becomes null.
 */
export function cleanNote(note: string | null | undefined): string | null {
  if (note == null) return null;
  let text = note.normalize('NFC').trim();
  for (;;) {
    const before = text;
    if (text.toLowerCase().startsWith(UNKNOWN)) text = text.slice(UNKNOWN.length);
    text = text.replace(/^[\s:;.,]+/, '');
    if (text === before) break;
  }
  return text === '' ? null : text;
}

// '100,000 Việt Nam Đồng', '100,000 VNĐ', '100.000 đồng', '25 USD', '20.000đ'.
const AMOUNT = /^([0-9][0-9.,]*)\s*(việt nam đồng|vnđ|vnd|đồng|đ|usd)(?![a-zà-ỹ])/i;

/** 'lệ phí' -> charge, 'phí' -> fee; 'Miễn phí' (free) says nothing about the kind. */
function feeKind(text: string): Fee['kind'] {
  const lower = text.toLowerCase().replace(/miễn (lệ )?phí/g, '');
  if (lower.includes('lệ phí')) return 'charge';
  if (/(^|[^a-zà-ỹ])phí/.test(lower)) return 'fee';
  return 'unknown';
}

/** Digits only for VND (no decimals, '.' and ',' are both thousands separators). */
function parseAmount(digits: string, currency: Currency): number | null {
  const cleaned = currency === 'VND' ? digits.replace(/[.,]/g, '') : digits.replace(/,/g, '');
  const value = Number(cleaned);
  return Number.isFinite(value) && Number.isInteger(value) ? value : null;
}

/** One free-text fee as published -> Fee. Unparseable text keeps amount null. */
export function parseFee(raw: string, kindHint = ''): Fee {
  const text = raw.normalize('NFC').trim();
  const kind = feeKind(`${kindHint} ${text}`);
  if (/^miễn phí/i.test(text)) return { kind, amount: 0, currency: 'VND', free: true, text };
  const match = AMOUNT.exec(text);
  if (match) {
    const currency: Currency = match[2]!.toLowerCase() === 'usd' ? 'USD' : 'VND';
    const amount = parseAmount(match[1]!, currency);
    if (amount !== null) return { kind, amount, currency, free: amount === 0, text };
  }
  return { kind, amount: null, currency: 'VND', free: false, text };
}

/**
 * A channel's fees: the `fee` column when present; otherwise an amount the crawl
 * pushed to the start of the note ('10,000 Việt Nam Đồng(10.000 đồng/hồ sơ)').
 */
export function channelFees(fee: string | null | undefined, note: string | null): Fee[] {
  if (fee != null && fee.trim() !== '') return [parseFee(fee, note ?? '')];
  if (note) {
    const match = AMOUNT.exec(note);
    if (match) return [parseFee(match[0], note)];
  }
  return [];
}

const UNITS: Readonly<Record<string, DurationUnit>> = {
  'ngày làm việc': 'working_day',
  'ngày': 'day',
  'giờ': 'hour',
  'tháng': 'month',
};

/**
 * Duration value + unit. The unit is missing in about a quarter of channels (and the
 * value is then often glued to other cells, e.g. '1100'): keep the number, unit null,
 * and the original text so nobody mistakes it for a known deadline.
 */
export function parseDuration(value: string | null | undefined, unit: string | null | undefined): Duration {
  const raw = value == null ? null : value.trim();
  const number = raw !== null && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
  const mapped = unit == null ? null : (UNITS[unit.normalize('NFC').trim().toLowerCase()] ?? null);
  const known = number !== null && mapped !== null;
  const text = known ? null : [raw, unit?.trim()].filter((part) => part).join(' ') || null;
  return { value: number, unit: mapped, text };
}
