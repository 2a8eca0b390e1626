/**
 * Runs once, in the first element chunk a page loads (or in the full
 * bundle): hands `window.DvcKit`'s settings to the elements' `configure()`,
 * building the portal client and, with a client id, the e-ID sign-in.
 */
import { createPortalClient } from '@dvc-kit/client';
import { createSignIn } from '@dvc-kit/client/auth';
import { configure } from '@dvc-kit/elements';
import type { EmbedConfig } from '../shared/types.js';
import { authApiFor } from './sign-in.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function connect(config: Readonly<EmbedConfig>, previous: Readonly<EmbedConfig> | null): void {
  const portalChanged =
    !previous || previous.apiBase !== config.apiBase || previous.clientId !== config.clientId || previous.redirectUri !== config.redirectUri;
  const settings: Parameters<typeof configure>[0] = {
    locale: config.locale ?? null,
    theme: config.theme ?? null,
  };
  if (portalChanged && config.apiBase) {
    const apiBase = config.apiBase;
    const issuer = new URL('/oidc', apiBase).href;
    const here = new URL(globalThis.location.href);
    const redirectUri = config.redirectUri ?? here.origin + here.pathname;
    const signIn = config.clientId
      ? createSignIn({
          issuer,
          clientId: config.clientId,
          redirectUri,
          postLogoutRedirectUri: redirectUri,
          // Only a sandbox on this machine may speak plain http.
          allowInsecureRequests: new URL(issuer).protocol === 'http:' && LOOPBACK.has(new URL(issuer).hostname),
          // A portal site spans pages: keep the session for this tab (never localStorage).
          persist: 'session',
        })
      : null;
    const client = createPortalClient({
      baseUrl: apiBase,
      ...(signIn ? { auth: signIn } : {}),
      locale: () => config.locale ?? document.documentElement.lang ?? 'vi',
      // A person is waiting on the screen: fail fast and let them retry.
      timeoutMs: 10_000,
      retry: { retries: 1 },
    });
    settings.client = client;
    settings.auth = signIn ? authApiFor(signIn, client) : null;
  }
  configure(settings);
}

let last: Readonly<EmbedConfig> | null = null;
window.DvcKit?.onConfig((config) => {
  connect(config, last);
  last = config;
});
