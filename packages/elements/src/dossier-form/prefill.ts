// Prefill from the signed-in person's e-ID: a question names the fact it takes in `prefill`
// (the contract's FormPrefill), and only an empty answer takes it.
import type { FormDefinition, FormField, FormInput, FormPrefill, Me } from '@dvc-kit/spec';
import { valueAt } from '@dvc-kit/spec/forms';
import { isEmptyAnswer, setAt, type Answers } from './answers.js';

export function prefillOf(field: FormField | FormInput): FormPrefill | null {
  return field.prefill ?? null;
}

/** The personal ID number's fourth digit: even for a man, odd for a woman (DOMAIN.md). */
function sexOfIdNumber(idNumber: string | null): 'male' | 'female' | undefined {
  const digit = idNumber && /^[0-9]{12}$/.test(idNumber) ? Number(idNumber[3]) : NaN;
  return Number.isNaN(digit) ? undefined : digit % 2 === 0 ? 'male' : 'female';
}

/**
 * What the e-ID says for a fact, or undefined when it says nothing. The sex is read from the
 * personal ID number (a provider that sends its own `sex` is believed first); the address is
 * the place of residence, when the provider gives one.
 */
export function claimValue(me: Me, claim: FormPrefill): unknown {
  switch (claim) {
    case 'fullName':
      return me.name || undefined;
    case 'idNumber':
      return me.idNumber ?? undefined;
    case 'birthDate':
      return me.birthDate ?? undefined;
    case 'phone':
      return me.phone ?? undefined;
    case 'email':
      return me.email ?? undefined;
    case 'sex': {
      const said = (me as Me & { sex?: unknown }).sex;
      return said === 'male' || said === 'female' ? said : sexOfIdNumber(me.idNumber);
    }
    case 'address':
      return me.address ? { ...me.address } : undefined;
  }
}

/**
 * `answers` with every empty answer whose question names a fact filled from `me`; what was typed
 * or saved stays. Returns the answers and the pointers it filled.
 */
export function prefillAnswers(definition: FormDefinition, answers: Answers, me: Me | null): { answers: Answers; filled: string[] } {
  const filled: string[] = [];
  if (!me) return { answers, filled };
  let next = answers;
  for (const section of definition.layout.sections) {
    for (const field of section.fields) {
      const claim = field.widget === 'group' ? null : prefillOf(field);
      if (!claim || !isEmptyAnswer(valueAt(next, field.pointer))) continue;
      const value = claimValue(me, claim);
      if (value === undefined) continue;
      next = setAt(next, field.pointer, value);
      filled.push(field.pointer);
    }
  }
  return { answers: next, filled };
}
