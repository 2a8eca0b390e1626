// The 12-digit personal identification number (số định danh cá nhân, on the CCCD card):
// 3 digits for the province where the birth was registered, 1 for sex and century,
// 2 for the last digits of the birth year, 6 random digits.
import type { FormErrorCode } from './codes.js';

/**
 * Province-of-birth codes: the pre-2025 list of 63 provinces. Numbers already issued keep
 * these codes after the 2025 merger; we found no published change for new numbers, so a
 * code outside this list is refused.
 */
export const PROVINCE_OF_BIRTH_CODES: ReadonlySet<string> = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

export type Sex = 'male' | 'female';

/** What the fourth and fifth-sixth digits say: the full birth year and the sex. */
export interface EncodedBirth {
  year: number;
  sex: Sex;
}

/** Century and sex from digit 4 (0/1: 1900s male/female, 2/3: 2000s, ... 8/9: 2300s), year from digits 5-6. */
export function encodedBirth(idNumber: string): EncodedBirth {
  const centuryDigit = Number(idNumber[3]);
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  return { year: century + Number(idNumber.slice(4, 6)), sex: centuryDigit % 2 === 0 ? 'male' : 'female' };
}

export interface PersonalIdContext {
  /** ISO date of birth of the same person, when the form has it. */
  birthDate?: string | undefined;
  sex?: Sex | undefined;
  /** Today's year (Vietnam time): nobody is born in a year still to come. */
  currentYear: number;
}

/** The first error in a personal ID number, or null when it is well-formed and consistent. */
export function checkPersonalId(value: string, context: PersonalIdContext): FormErrorCode | null {
  if (!/^[0-9]{12}$/.test(value)) return 'id_number_format';
  if (!PROVINCE_OF_BIRTH_CODES.has(value.slice(0, 3))) return 'id_number_province';
  const encoded = encodedBirth(value);
  if (encoded.year > context.currentYear) return 'id_number_birth_year';
  const birthYear = context.birthDate ? Number(context.birthDate.slice(0, 4)) : undefined;
  if (birthYear !== undefined && Number.isInteger(birthYear) && birthYear !== encoded.year) return 'id_number_birth_year';
  if (context.sex !== undefined && context.sex !== encoded.sex) return 'id_number_sex';
  return null;
}
