import { defineStrings } from '../i18n/strings.js';

/** "a and b", "a, b and c" in each language. */
const joined = (names: readonly string[], and: string) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;

export const dateInputStrings = defineStrings(
  {
    label: 'Ngày tháng năm',
    example: 'Ví dụ: 27 3 2007',
    partLabels: { day: 'Ngày', month: 'Tháng', year: 'Năm' },
    /** How a missing part is named inside a sentence. */
    partNames: { day: 'ngày', month: 'tháng', year: 'năm' },
    missing: (parts: readonly string[]) => `Vui lòng nhập ${joined(parts, 'và')}.`,
    yearDigits: 'Năm phải gồm 4 chữ số, ví dụ 2007.',
    before: (date: string) => `Ngày không được trước ${date}.`,
    after: (date: string) => `Ngày không được sau ${date}.`,
  },
  {
    label: 'Date',
    example: 'For example, 27 3 2007',
    partLabels: { day: 'Day', month: 'Month', year: 'Year' },
    partNames: { day: 'day', month: 'month', year: 'year' },
    missing: (parts: readonly string[]) => `The date must include a ${joined(parts, 'and')}.`,
    yearDigits: 'The year must have 4 digits, for example 2007.',
    before: (date: string) => `The date must not be before ${date}.`,
    after: (date: string) => `The date must not be after ${date}.`,
  },
);
