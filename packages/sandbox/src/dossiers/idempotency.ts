import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyInput {
  ownerSub: string;
  /** The Idempotency-Key header, or null when absent. */
  key: string | null;
  /** Creates need a key; other POSTs use one when given. */
  required: boolean;
  method: string;
  path: string;
  body: unknown;
  now: Date;
}

/**
 * The idempotency input of a POST as it arrived: its Idempotency-Key header, method and path
 * (`path` overrides the request's, for routes where one resource has several addresses).
 */
export function keyedRequest(
  request: Request,
  fields: { ownerSub: string; body: unknown; now: Date; required: boolean; path?: string },
): IdempotencyInput {
  return {
    ...fields,
    key: request.headers.get('idempotency-key'),
    method: request.method,
    path: fields.path ?? new URL(request.url).pathname,
  };
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** JSON with object keys sorted, so the same body with keys in another order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonical(body)}`).digest('hex');
}

/**
 * Runs `work` once per (account, Idempotency-Key). The key row is inserted first in the same
 * transaction as the work: a concurrent retry blocks on it, then finds the committed first
 * response and gets exactly that back. A failed request stores nothing (its transaction rolls
 * back), so retrying after an error runs the work again. Same key with another method, path or
 * body is refused with 422 idempotency_key_reused (the contract's status for it).
 */
export async function idempotent(
  db: Database, input: IdempotencyInput, work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  if (input.key === null) {
    if (input.required) {
      throw new ProblemError(400, 'idempotency_key_required', {
        vi: 'Yêu cầu tạo mới phải có tiêu đề Idempotency-Key (ví dụ một UUID), để gửi lại không tạo bản trùng.',
        en: 'Send an Idempotency-Key header (for example a UUID) so a retried request never creates a duplicate.',
      });
    }
    return { ...(await db.transaction(work)), replayed: false };
  }
  if (!KEY_PATTERN.test(input.key)) {
    throw new ProblemError(400, 'bad_request', {
      vi: 'Idempotency-Key phải gồm 1–255 ký tự ASCII in được.',
      en: 'Idempotency-Key must be 1-255 printable ASCII characters.',
    });
  }
  const key = input.key;
  const fingerprint = fingerprintOf(input.method, input.path, input.body);
  return db.transaction(async (tx) => {
    // Keys live for a day (the contract's promise); an older one may be used afresh.
    await tx.query('DELETE FROM idempotency_keys WHERE owner_sub = $1 AND key = $2 AND created_at < $3', [
      input.ownerSub, key, new Date(input.now.getTime() - KEY_LIFETIME_MS),
    ]);
    // The placeholder row claims the key; status 0 means "in progress" until the work finishes.
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (owner_sub, key, fingerprint, status_code, response, created_at)
       VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (owner_sub, key) DO NOTHING RETURNING key`,
      [input.ownerSub, key, fingerprint, input.now],
    );
    if (claimed.length === 0) {
      const rows = await tx.query<{ fingerprint: string; status_code: number; response: string }>(
        'SELECT fingerprint, status_code, response FROM idempotency_keys WHERE owner_sub = $1 AND key = $2',
        [input.ownerSub, key],
      );
      const first = rows[0];
      if (!first || first.fingerprint !== fingerprint) {
        throw new ProblemError(422, 'idempotency_key_reused', {
          vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác. Hãy dùng khoá mới cho yêu cầu mới.',
          en: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        });
      }
      return { status: first.status_code, body: JSON.parse(first.response) as unknown, replayed: true };
    }
    const result = await work(tx);
    await tx.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE owner_sub = $1 AND key = $2', [
      input.ownerSub, key, result.status, JSON.stringify(result.body),
    ]);
    return { ...result, replayed: false };
  });
}
