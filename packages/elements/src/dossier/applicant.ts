import type { Applicant, Me } from '@dvc-kit/spec';

/** Fields the person may edit: contact details. Identity (name, ID, tax code) comes from the e-ID and is locked when present. */
export const EDITABLE_FIELDS = ['phone', 'email', 'address'] as const;
export type ApplicantField = 'name' | 'idNumber' | 'taxCode' | (typeof EDITABLE_FIELDS)[number];

/** The applicant block prefilled from the signed-in person's claims. */
export function applicantFromMe(me: Me | null): Applicant {
  return {
    type: me?.accountType === 'business' ? 'business' : 'citizen',
    name: me?.name ?? '',
    idNumber: me?.idNumber ?? null,
    taxCode: me?.taxCode ?? null,
    phone: me?.phone ?? null,
    email: me?.email ?? null,
    address: null,
  };
}

/** Whether a field is locked because the e-ID vouches for it (a missing claim stays editable). */
export function isLocked(field: ApplicantField, me: Me | null): boolean {
  if (field === 'name') return Boolean(me?.name);
  if (field === 'idNumber') return Boolean(me?.idNumber);
  if (field === 'taxCode') return Boolean(me?.taxCode);
  return false;
}

export type ApplicantProblem = 'phone' | 'email' | 'name';

/** Checks the editable fields; returns the fields in error. Empty optional fields are fine. */
export function checkApplicant(a: Applicant): Partial<Record<ApplicantField, ApplicantProblem>> {
  const errors: Partial<Record<ApplicantField, ApplicantProblem>> = {};
  if (!a.name.trim()) errors.name = 'name';
  if (a.phone && !/^\+?[0-9]{9,15}$/.test(a.phone.replace(/[\s.-]/g, ''))) errors.phone = 'phone';
  if (a.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email)) errors.email = 'email';
  return errors;
}

/** Empty strings become null, as the contract wants. */
export function normaliseApplicant(a: Applicant): Applicant {
  const clean = (v: string | null) => (v && v.trim() ? v.trim() : null);
  return {
    ...a,
    name: a.name.trim(),
    idNumber: clean(a.idNumber),
    taxCode: clean(a.taxCode),
    phone: clean(a.phone)?.replace(/[\s.-]/g, '') ?? null,
    email: clean(a.email),
    address: clean(a.address),
  };
}
