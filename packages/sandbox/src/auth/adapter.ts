/**
 * oidc-provider's storage adapter over the sandbox database (table oidc_models, migration
 * 003_oidc.sql). One adapter instance per model name; rows are keyed by (model, id).
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Queryable } from '../db/database.js';

/** Models whose rows carry a grantId that revokeByGrantId must find (as in oidc-provider's own). */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

interface PayloadRow extends Record<string, unknown> {
  payload: AdapterPayload | string;
}

/** pg and PGlite both parse jsonb, but a driver configured otherwise would hand back text. */
function parsePayload(row: PayloadRow | undefined): AdapterPayload | undefined {
  if (!row) return undefined;
  return typeof row.payload === 'string' ? (JSON.parse(row.payload) as AdapterPayload) : row.payload;
}

export class DatabaseAdapter implements Adapter {
  constructor(
    private readonly db: Queryable,
    private readonly model: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const expiresAt = expiresIn > 0 ? new Date(this.clock() + expiresIn * 1000).toISOString() : null;
    const grantId = GRANTABLE.has(this.model) ? (payload.grantId ?? null) : null;
    const uid = this.model === 'Session' ? (payload.uid ?? null) : null;
    await this.db.query(
      `INSERT INTO oidc_models (model, id, payload, expires_at, grant_id, uid, user_code)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7)
       ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, expires_at = EXCLUDED.expires_at,
         grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid, user_code = EXCLUDED.user_code`,
      [this.model, id, JSON.stringify(payload), expiresAt, grantId, uid, payload.userCode ?? null],
    );
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    // Clients are all static (configured in provider.ts): no need to ask the database.
    if (this.model === 'Client') return undefined;
    return this.findWhere('id', id);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('uid', uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('user_code', userCode);
  }

  /**
   * Marks a code or token as used. oidc-provider refuses a consumed authorization code and, on a
   * replay, revokes everything issued from it.
   */
  async consume(id: string): Promise<void> {
    await this.db.query(
      `UPDATE oidc_models SET payload = payload || jsonb_build_object('consumed', $3::bigint)
       WHERE model = $1 AND id = $2`,
      [this.model, id, Math.floor(this.clock() / 1000)],
    );
  }

  async destroy(id: string): Promise<void> {
    await this.db.query('DELETE FROM oidc_models WHERE model = $1 AND id = $2', [this.model, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db.query('DELETE FROM oidc_models WHERE model = $1 AND grant_id = $2', [this.model, grantId]);
  }

  private async findWhere(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    const rows = await this.db.query<PayloadRow>(
      `SELECT payload FROM oidc_models
       WHERE model = $1 AND ${column} = $2 AND (expires_at IS NULL OR expires_at > $3)
       LIMIT 1`,
      [this.model, value, new Date(this.clock()).toISOString()],
    );
    return parsePayload(rows[0]);
  }
}

/** Removes expired rows; run now and then so the table does not grow without end. */
export async function deleteExpiredOidcRows(db: Queryable, now: Date = new Date()): Promise<void> {
  await db.query('DELETE FROM oidc_models WHERE expires_at IS NOT NULL AND expires_at <= $1', [now.toISOString()]);
}

export function databaseAdapterFactory(db: Queryable): (model: string) => Adapter {
  return (model) => new DatabaseAdapter(db, model);
}
