// Tax codes (mã số thuế): 10 digits whose tenth is a check digit, a 13-digit code for a branch or
// dependent unit (the parent's 10 digits and 3 more), or since 1 July 2025, for an individual,
// the 12-digit personal identification number.
import type { FormErrorCode } from './codes.js';
import { checkPersonalId } from './personal-id.js';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The tenth digit for nine given ones: 10 - (weighted sum mod 11). A remainder of 0 would ask for
 * 10, which is not a digit: no code is issued with those nine digits, so there is no check digit.
 * (Checked against published codes, e.g. 0100109106, 0300588569, 0101248141; the often quoted
 * "11 - remainder" variant rejects all three.)
 */
export function taxCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (WEIGHTS[i] ?? 0);
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit;
}

export function checkTaxCode(value: string, currentYear: number): FormErrorCode | null {
  if (/^[0-9]{12}$/.test(value)) {
    const problem = checkPersonalId(value, { currentYear });
    return problem === null ? null : 'tax_code_format';
  }
  const match = /^([0-9]{10})(?:-?([0-9]{3}))?$/.exec(value);
  if (!match) return 'tax_code_format';
  const base = match[1] ?? '';
  if (match[2] === '000') return 'tax_code_format';
  return taxCheckDigit(base.slice(0, 9)) === Number(base[9]) ? null : 'tax_code_check_digit';
}
