import type { FormErrorCode } from '@dvc-kit/spec';
import { isPortalError, isRecord } from '../errors.js';

/** One missing or wrong answer of an online form (`form_invalid`). */
export interface FormFieldError {
  /** JSON Pointer into the form data, e.g. `/child/birthDate`. */
  pointer: string;
  /** Stable code, e.g. `required`, `id_number_province`, `date_in_future`; a newer server may add codes. */
  code: FormErrorCode | (string & {});
  /** The message in both languages. */
  message: { vi: string; en: string };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The missing or wrong answers a `form_invalid` refusal (of submit) reports, each with its JSON
 * Pointer, stable code and vi/en message; empty for any other error. Read leniently rather than
 * with the contract's enum of codes: an answer with a code this version does not know must still
 * reach the applicant.
 *
 * @param error - anything caught from a client call
 * @example
 * try { await client.dossiers.submit(ref); }
 * catch (error) { for (const e of formErrorsOf(error)) console.log(e.pointer, e.message.vi); }
 */
export function formErrorsOf(error: unknown): FormFieldError[] {
  if (!isPortalError(error, 'form_invalid')) return [];
  const errors = error.problem?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(isRecord).map((item) => {
    const message = isRecord(item.message) ? item.message : {};
    return { pointer: text(item.pointer), code: text(item.code), message: { vi: text(message.vi), en: text(message.en) } };
  });
}
