import { messageFor, normalizePhone } from '@dvc-kit/spec/forms';
import type { FieldProblem } from '../field/field-check.js';

/** What is wrong with a typed phone number, or null. */
export function checkPhone(value: string, required: boolean): FieldProblem<never> | null {
  if (value.trim() === '') return required ? { code: 'required', message: messageFor('required'), flag: 'valueMissing', parts: [] } : null;
  if (normalizePhone(value) === null) return { code: 'phone_invalid', message: messageFor('phone_invalid'), flag: 'typeMismatch', parts: [] };
  return null;
}
