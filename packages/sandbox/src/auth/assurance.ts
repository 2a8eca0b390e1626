/**
 * Assurance levels (acr) of the emulated national e-ID: LoA1 (basic account) and LoA2 (identity
 * verified in person or with the chip ID card). A client asks with `acr_values`; the sandbox login
 * grants the highest level the client listed, LoA2 when it asked for none.
 */
export const ACR_VALUES = ['LoA1', 'LoA2'] as const;
export type Acr = (typeof ACR_VALUES)[number];

export function isAcr(value: unknown): value is Acr {
  return value === 'LoA1' || value === 'LoA2';
}

/** The acr values a request names that the sandbox supports, in the request's order. */
export function requestedAcrs(acrValues: unknown): Acr[] {
  if (typeof acrValues !== 'string') return [];
  return acrValues.split(' ').filter(isAcr);
}

/** The level a sign-in for this request is given. */
export function acrFor(acrValues: unknown): Acr {
  const wanted = requestedAcrs(acrValues);
  if (wanted.length === 0) return 'LoA2';
  return wanted.includes('LoA2') ? 'LoA2' : 'LoA1';
}

/** The lowest level that satisfies the request, or null when the request named none. */
export function minimumAcr(acrValues: unknown): Acr | null {
  const wanted = requestedAcrs(acrValues);
  if (wanted.length === 0) return null;
  return wanted.includes('LoA1') ? 'LoA1' : 'LoA2';
}

export function acrSatisfies(current: unknown, minimum: Acr | null): boolean {
  if (minimum === null) return true;
  if (!isAcr(current)) return false;
  return ACR_VALUES.indexOf(current) >= ACR_VALUES.indexOf(minimum);
}

/** Authentication methods (RFC 8176) reported with each level. */
export function amrFor(acr: Acr): string[] {
  return acr === 'LoA2' ? ['pwd', 'otp', 'mfa'] : ['pwd'];
}
