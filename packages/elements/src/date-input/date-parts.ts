// The three fields of a date as people type them, and what is wrong with them. Pure: no DOM.
import { messageFor, parseDate, type Message } from '@dvc-kit/spec/forms';
import type { FieldProblem } from '../field/field-check.js';
import { dateInputStrings } from './dvc-date-input.strings.js';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export type DateParts = Record<DatePart, string>;
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export interface DateLimits {
  required: boolean;
  /** ISO dates; '' (or anything not a real date) for no limit. */
  min: string;
  max: string;
  /** Not after `today`. */
  notFuture: boolean;
  /** Today in Vietnam, ISO. */
  today: string;
}

const ISO_PARTS = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/;
/** dd/mm/yyyy as written on papers, also with dots, dashes or spaces between. */
const WRITTEN = /^([0-9]{1,2})\s*[/.\-\s]\s*([0-9]{1,2})\s*[/.\-\s]\s*([0-9]{4})$/;

/** A whole date written in one field (pasted or typed into the day), split into the three; null otherwise. */
export function spreadDate(text: string): DateParts | null {
  const written = WRITTEN.exec(text.trim());
  return written ? { day: written[1]!, month: written[2]!, year: written[3]! } : null;
}

/** The fields showing an ISO date (or a written one); empty fields for anything else. */
export function partsOf(value: string): DateParts {
  const iso = ISO_PARTS.exec(value.trim());
  if (iso) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1]! };
  return spreadDate(value) ?? { ...EMPTY_DATE };
}

const trimmed = (parts: DateParts): DateParts => ({ day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() });

/** The ISO date the fields make, leading zeros and spaces allowed; '' unless complete and real. */
export function isoOf(parts: DateParts): string {
  const { day, month, year } = trimmed(parts);
  if (!/^[0-9]+$/.test(day) || !/^[0-9]+$/.test(month) || !/^[0-9]{4}$/.test(year)) return '';
  return parseDate(`${Number(day)}/${Number(month)}/${year}`) ?? '';
}

/** 2007-03-27 -> 27/03/2007, as limits are worded in both languages. */
export function writtenDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function both(say: (t: (typeof dateInputStrings)['vi']) => string): Message {
  return { vi: say(dateInputStrings.vi), en: say(dateInputStrings.en) };
}

const problem = (code: FieldProblem['code'], message: Message, flag: keyof ValidityStateFlags, parts: readonly DatePart[] = []): FieldProblem<DatePart> => ({
  code,
  message,
  flag,
  parts,
});

const validLimit = (iso: string): string => (parseDate(iso) === iso ? iso : '');

/** The latest date allowed, and whether it is today because of `notFuture`. */
function latest(limits: DateLimits): { iso: string; today: boolean } {
  const max = validLimit(limits.max);
  if (limits.notFuture && (!max || limits.today <= max)) return { iso: limits.today, today: true };
  return { iso: max, today: false };
}

/** What is wrong with the date the fields make, or null. Messages name the part to put right. */
export function checkDate(parts: DateParts, limits: DateLimits): FieldProblem<DatePart> | null {
  const fields = trimmed(parts);
  const missing = DATE_PARTS.filter((p) => fields[p] === '');
  if (missing.length === DATE_PARTS.length) return limits.required ? problem('required', messageFor('required'), 'valueMissing') : null;
  // No code says "the month is missing": the date's own code, the words naming the parts.
  if (missing.length) return problem('date_invalid', both((t) => t.missing(missing.map((p) => t.partNames[p]))), 'badInput', missing);
  const notNumbers = DATE_PARTS.filter((p) => !/^[0-9]+$/.test(fields[p]));
  if (notNumbers.length) return problem('date_invalid', messageFor('date_invalid'), 'badInput', notNumbers);
  if (fields.year.length !== 4) return problem('date_invalid', both((t) => t.yearDigits), 'badInput', ['year']);
  const [day, month, year] = [Number(fields.day), Number(fields.month), Number(fields.year)];
  const outOfRange = [...(day < 1 || day > 31 ? (['day'] as const) : []), ...(month < 1 || month > 12 ? (['month'] as const) : [])];
  if (outOfRange.length) return problem('date_invalid', messageFor('date_invalid'), 'badInput', outOfRange);
  const iso = isoOf(fields);
  // parseDate refuses years before 1800 and days past the month's end (31/02).
  if (!iso) return problem('date_invalid', messageFor('date_invalid'), 'badInput', year < 1800 ? ['year'] : ['day']);
  const min = validLimit(limits.min);
  if (min && iso < min) return problem('date_invalid', both((t) => t.before(writtenDate(min))), 'rangeUnderflow');
  const max = latest(limits);
  if (max.iso && iso > max.iso) {
    return problem('date_in_future', max.today ? messageFor('date_in_future') : both((t) => t.after(writtenDate(max.iso))), 'rangeOverflow');
  }
  return null;
}
