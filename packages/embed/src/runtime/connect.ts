/**
 * Runs once, in the shared code of the first element a page loads (or in the
 * full bundle): hands `window.DvcKit`'s settings to the elements'
 * `configure()`, building the portal client and, with a client id, the e-ID
 * sign-in (its code is fetched on first need, see lazy-auth.ts).
 */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import { configure } from '@dvc-kit/elements/configure';
import type { EmbedConfig } from '../shared/types.js';
import { lazyAuth } from './lazy-auth.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function portalFor(config: Readonly<EmbedConfig>): Pick<Parameters<typeof configure>[0], 'client' | 'auth'> {
  const apiBase = config.apiBase;
  if (!apiBase) return { client: null, auth: null };
  const issuer = new URL('/oidc', apiBase);
  const here = new URL(globalThis.location.href);
  const redirectUri = config.redirectUri ?? here.origin + here.pathname;
  let client: PortalClient | null = null;
  const signIn = config.clientId
    ? lazyAuth(
        {
          issuer: issuer.href,
          clientId: config.clientId,
          redirectUri,
          postLogoutRedirectUri: redirectUri,
          // Only a sandbox on this machine may speak plain http.
          allowInsecureRequests: issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname),
          // A portal site spans pages: keep the session for this tab (never localStorage).
          persist: 'session',
        },
        () => client as PortalClient,
      )
    : null;
  client = createPortalClient({
    baseUrl: apiBase,
    ...(signIn ? { auth: signIn.tokens } : {}),
    locale: () => config.locale ?? (document.documentElement.lang || 'vi'),
    // A person is waiting on the screen: fail fast and let them retry.
    timeoutMs: 10_000,
    retry: { retries: 1 },
  });
  return { client, auth: signIn?.auth ?? null };
}

let last: Readonly<EmbedConfig> | null = null;
window.DvcKit?.onConfig((config) => {
  const portalChanged =
    !last || last.apiBase !== config.apiBase || last.clientId !== config.clientId || last.redirectUri !== config.redirectUri;
  last = config;
  configure({ locale: config.locale ?? null, theme: config.theme ?? null, ...(portalChanged ? portalFor(config) : {}) });
});
