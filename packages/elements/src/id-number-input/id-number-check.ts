// What <dvc-id-number-input> checks, apart from the element: the same rules as the server's
// (`@dvc-kit/spec/forms`, never the root entry, so a page without forms does not load them).
import { checkPersonalId, checkTaxCode, messageFor, parseDate, todayInVietnam, type FormErrorCode, type Sex } from '@dvc-kit/spec/forms';
import type { FieldProblem } from '../field/field-check.js';

/** What the field takes: a personal identification number, or a tax code (which may be one). */
export type IdNumberMode = 'personal-id' | 'tax-code';

export function toMode(value: string | null | undefined): IdNumberMode {
  return value === 'tax-code' ? 'tax-code' : 'personal-id';
}

export function toSex(value: string | null | undefined): Sex | undefined {
  return value === 'male' || value === 'female' ? value : undefined;
}

/**
 * Room for the longest accepted form with a space between each group people write it in
 * (`001 0 90 012345`, `0100 109 106-001`), and one more, so a number one digit too long is
 * still typed in full and told apart rather than cut off.
 */
export const MAX_LENGTH: Readonly<Record<IdNumberMode, number>> = { 'personal-id': 16, 'tax-code': 18 };

/** What the person typed, as submitted: the spaces between groups dropped, anything else kept for the check to name. */
export function normalizeIdNumber(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface IdNumberFacts {
  mode: IdNumberMode;
  required: boolean;
  /** The same person's date of birth (ISO, or dd/MM/yyyy); a date that is not real is ignored. */
  birthDate?: string | null | undefined;
  sex?: Sex | undefined;
  /** The clock for "a birth year still to come" (default: now). */
  now?: Date;
}

/** The first problem with `value` (already normalized), or null; an empty optional answer has none. */
export function idNumberProblem(value: string, facts: IdNumberFacts): FormErrorCode | null {
  if (value === '') return facts.required ? 'required' : null;
  const currentYear = Number(todayInVietnam(facts.now ?? new Date()).slice(0, 4));
  if (facts.mode === 'tax-code') return checkTaxCode(value, currentYear);
  return checkPersonalId(value, {
    currentYear,
    birthDate: facts.birthDate ? (parseDate(facts.birthDate) ?? undefined) : undefined,
    sex: facts.sex,
  });
}

/** The validity flag that suits each kind of problem (the message says which one it is). */
function flagFor(code: FormErrorCode): keyof ValidityStateFlags {
  if (code === 'required') return 'valueMissing';
  if (code === 'id_number_format' || code === 'tax_code_format') return 'patternMismatch';
  return 'customError';
}

/** The problem as the shared field check shows it: code, the server's words, validity flag. */
export function idNumberFieldProblem(value: string, facts: IdNumberFacts): FieldProblem<never> | null {
  const code = idNumberProblem(value, facts);
  return code ? { code, message: messageFor(code), flag: flagFor(code), parts: [] } : null;
}
