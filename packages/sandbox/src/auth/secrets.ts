/**
 * The provider's long-lived secrets, generated on first start and then read back, so signed
 * cookies and ID tokens stay valid across restarts and across instances sharing one database.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { JWK } from 'oidc-provider';
import type { Queryable } from '../db/database.js';

export interface OidcSecrets {
  /** Keygrip keys for oidc-provider's signed cookies, newest first. */
  cookieKeys: string[];
  /** Private signing keys (JWK) for ID tokens; the public halves are served at /oidc/jwks. */
  signingKeys: JWK[];
}

function generate(name: keyof OidcSecrets): OidcSecrets[keyof OidcSecrets] {
  if (name === 'cookieKeys') return [randomBytes(32).toString('base64url')];
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return [{ ...jwk, kid: randomUUID(), use: 'sig', alg: 'RS256' }];
}

async function loadOrCreate<Name extends keyof OidcSecrets>(db: Queryable, name: Name): Promise<OidcSecrets[Name]> {
  const read = async () =>
    (await db.query<{ value: unknown }>('SELECT value FROM oidc_secrets WHERE name = $1', [name]))[0]?.value;
  let value = await read();
  if (value === undefined) {
    // Two instances starting together both try; the first insert wins and both read it back.
    await db.query('INSERT INTO oidc_secrets (name, value) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO NOTHING', [
      name,
      JSON.stringify(generate(name)),
    ]);
    value = await read();
  }
  if (typeof value === 'string') value = JSON.parse(value);
  if (!Array.isArray(value) || value.length === 0) throw new Error(`oidc_secrets.${name} is malformed`);
  return value as OidcSecrets[Name];
}

export async function loadOidcSecrets(db: Queryable): Promise<OidcSecrets> {
  return {
    cookieKeys: await loadOrCreate(db, 'cookieKeys'),
    signingKeys: await loadOrCreate(db, 'signingKeys'),
  };
}
