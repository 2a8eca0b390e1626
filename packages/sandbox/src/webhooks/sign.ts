import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header an agency's endpoint checks: Dvc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>. */
export const SIGNATURE_HEADER = 'Dvc-Signature';

/** HMAC-SHA256 over "<t>.<body>": the timestamp is signed too, so a captured request cannot be replayed later with a new time. */
export function signatureFor(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

/**
 * Checks a Dvc-Signature header against the raw body: the digest matches (in constant time) and
 * the timestamp is within `toleranceSeconds` of `now`. What a receiver should do; tests use it too.
 */
export function verifySignature(
  secret: string, body: string, header: string | null | undefined, now: Date = new Date(), toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  const parts = new Map(header.split(',').map((part) => {
    const [key = '', ...rest] = part.trim().split('=');
    return [key, rest.join('=')] as const;
  }));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureFor(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
