/**
 * Puts the OpenID provider under /oidc of the sandbox's Node server and resolves bearer tokens for
 * the API. Usage (server.ts):
 *
 *   const oidc = await createOidc({ db, config });        // after migrations ran
 *   deps.authenticate = oidc.authenticate;
 *   http.createServer((req, res) => req.url?.startsWith('/oidc') ? oidc.handle(req, res) : app(req, res));
 *   ...
 *   await oidc.close();
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal, SandboxConfig, SandboxDeps } from '../deps.js';
import type { Database } from '../db/database.js';
import { findTestAccount, principalOf } from './accounts.js';
import { deleteExpiredOidcRows } from './adapter.js';
import { isAcr } from './assurance.js';
import { handleInteraction, isInteractionPath } from './interactions.js';
import { createProvider, OIDC_BASE_PATH } from './provider.js';
import { loadOidcSecrets } from './secrets.js';

export interface OidcOptions {
  db: Database;
  config: Pick<SandboxConfig, 'publicUrl'>;
}

export interface OidcMount {
  /** The issuer, `${publicUrl}/oidc`. */
  issuer: string;
  /** Serves every request whose path starts with /oidc. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The account behind `Authorization: Bearer <access token>`, or null when absent, unknown or expired. */
  authenticate(request: Request): Promise<Principal | null>;
  close(): Promise<void>;
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
const CLEANUP_INTERVAL_MS = 10 * 60 * 1000;

/** Whether a request path belongs to the provider. */
export function isOidcPath(url: string | undefined): boolean {
  return url === OIDC_BASE_PATH || (url ?? '').startsWith(`${OIDC_BASE_PATH}/`) || (url ?? '').startsWith(`${OIDC_BASE_PATH}?`);
}

export async function createOidc(options: OidcOptions): Promise<OidcMount> {
  const publicUrl = options.config.publicUrl.replace(/\/+$/, '');
  const secrets = await loadOidcSecrets(options.db);
  const provider = createProvider({ db: options.db, publicUrl, secrets });
  const callback = provider.callback();

  let cleaning: Promise<void> = Promise.resolve();
  const cleanup = () => {
    cleaning = deleteExpiredOidcRows(options.db).catch((error: unknown) => console.error('oidc cleanup failed', error));
  };
  cleanup();
  const timer = setInterval(cleanup, CLEANUP_INTERVAL_MS);
  timer.unref();

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (isInteractionPath(path)) {
      void handleInteraction(provider, req, res);
      return;
    }
    // oidc-provider routes without the mount prefix and rebuilds its URLs from originalUrl.
    const mounted = req as IncomingMessage & { originalUrl?: string };
    mounted.originalUrl = req.url;
    req.url = (req.url ?? '/').slice(OIDC_BASE_PATH.length) || '/';
    if (!req.url.startsWith('/')) req.url = `/${req.url}`;
    void callback(req, res);
  }

  async function authenticate(request: Request): Promise<Principal | null> {
    const match = BEARER.exec(request.headers.get('authorization') ?? '');
    if (!match?.[1]) return null;
    // find() refuses expired tokens and, for session-bound ones, tokens whose session has ended.
    const token = await provider.AccessToken.find(match[1]);
    if (!token || token.isExpired || !token.accountId) return null;
    const grant = await provider.Grant.find(token.grantId);
    if (!grant || grant.accountId !== token.accountId || grant.clientId !== token.clientId) return null;
    const account = findTestAccount(token.accountId);
    if (!account) return null;
    const acr = token.extra?.acr;
    return principalOf(account, isAcr(acr) ? acr : 'LoA1');
  }

  return {
    issuer: `${publicUrl}${OIDC_BASE_PATH}`,
    handle,
    authenticate,
    async close() {
      clearInterval(timer);
      // Let a running cleanup finish before the database closes under it.
      await cleaning;
    },
  };
}

/** The shape server.ts loads: `createAuth(deps)` → the Node handler for /oidc and authenticate(). */
export async function createAuth(deps: Omit<SandboxDeps, 'authenticate'>): Promise<{
  handler: OidcMount['handle'];
  authenticate: OidcMount['authenticate'];
  close: OidcMount['close'];
}> {
  const oidc = await createOidc(deps);
  return { handler: oidc.handle, authenticate: oidc.authenticate, close: oidc.close };
}
