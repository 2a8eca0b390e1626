// Answers as a person reads them on the paper form: dates dd/MM/yyyy, choices by their label,
// an address as one line, amounts with Vietnamese digit grouping.
import type { FormField, FormInput } from '@dvc-kit/spec';
import { parseDate } from '@dvc-kit/spec/forms';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addressLine(value: Record<string, unknown>): string {
  return ['street', 'communeName', 'provinceName']
    .map((key) => value[key])
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(', ');
}

function dateText(value: string): string {
  const iso = parseDate(value);
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : value;
}

/** The answer's text in Vietnamese, or '' when there is none. */
export function answerText(field: FormInput | FormField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const label = (v: unknown) => field.options?.find((o) => o.value === String(v))?.label.vi ?? String(v);
  switch (field.widget) {
    case 'date':
      return typeof value === 'string' ? dateText(value) : String(value);
    case 'choice':
      return Array.isArray(value) ? value.map(label).join('; ') : label(value);
    case 'address':
      return isRecord(value) ? addressLine(value) : String(value);
    case 'number':
      return typeof value === 'number' ? NUMBER.format(value) : String(value);
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  }
}
