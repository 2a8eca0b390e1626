// The forms vocabulary as const arrays, tied to the generated unions so the YAML and the code
// cannot drift apart.
import { assertType, type Equal } from '../type-equality.js';
import type { components } from '../generated/portal.js';

type Schemas = components['schemas'];

export const FORM_WIDGETS = [
  'text', 'textarea', 'number', 'date', 'choice', 'personal-id', 'tax-code', 'phone', 'email', 'address',
  'ethnicity', 'nationality', 'group',
] as const;

export const CHOICE_STYLES = ['radios', 'select', 'checkboxes'] as const;

/** The e-ID facts a question may be prefilled with (`prefill`). */
export const FORM_PREFILLS = ['fullName', 'idNumber', 'birthDate', 'sex', 'phone', 'email', 'address'] as const;

/** Stable codes of form errors: branch on these, never on the message. */
export const FORM_ERROR_CODES = [
  'required', 'type', 'choice', 'pattern', 'too_short', 'too_long', 'too_small', 'too_large', 'too_few', 'too_many',
  'duplicate', 'format', 'not_allowed', 'invalid',
  'id_number_format', 'id_number_province', 'id_number_birth_year', 'id_number_sex',
  'tax_code_format', 'tax_code_check_digit', 'phone_invalid', 'date_invalid', 'date_in_future', 'address_unit',
] as const;

export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

assertType<Equal<(typeof FORM_WIDGETS)[number], Schemas['FormWidget']>>();
assertType<Equal<(typeof CHOICE_STYLES)[number], Schemas['ChoiceStyle']>>();
assertType<Equal<(typeof FORM_PREFILLS)[number], Schemas['FormPrefill']>>();
assertType<Equal<FormErrorCode, Schemas['FormErrorCode']>>();
