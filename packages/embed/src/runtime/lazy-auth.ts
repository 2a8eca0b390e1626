import type { AccessTokenProvider, PortalClient } from '@dvc-kit/client';
import type { SignInOptions } from '@dvc-kit/client/auth';
import type { AuthApi, Session } from '@dvc-kit/elements';
import { loadPart } from './parts.js';
import type { SignInPart } from './sign-in-part.js';

/** True when this page is an OpenID callback (the provider sent the person back here). */
function isCallback(): boolean {
  const params = new URL(globalThis.location.href).searchParams;
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** True when this tab kept a session (the client's sessionStorage key for this client id). */
function hasStoredSession(clientId: string): boolean {
  try {
    return globalThis.sessionStorage?.getItem(`dvc-kit:oidc:tokens:${clientId}`) != null;
  } catch {
    return false; // storage blocked: nothing kept
  }
}

/**
 * An `AuthApi` and token source that fetch the sign-in code only when needed:
 * when an element subscribes (`<dvc-login>`, uploads, status), when the page
 * is the sign-in callback, or when this tab already holds a session. A page
 * that only searches never downloads it.
 */
export function lazyAuth(
  options: SignInOptions,
  client: () => PortalClient,
): { auth: AuthApi; tokens: AccessTokenProvider } {
  let real: { auth: AuthApi; tokens: AccessTokenProvider } | null = null;
  let loading: Promise<{ auth: AuthApi; tokens: AccessTokenProvider }> | null = null;
  const listeners = new Set<(session: Session | null) => void>();

  const ensure = () =>
    (loading ??= loadPart<SignInPart>('sign-in').then((part) => {
      const created = part.create(options, client);
      real = created;
      created.auth.subscribe((session) => listeners.forEach((l) => l(session)));
      return created;
    }));
  const warn = (error: unknown) => console.warn('[dvc-kit] sign-in is unavailable', error);

  if (isCallback() || hasStoredSession(options.clientId)) void ensure().catch(warn);

  const auth: AuthApi = {
    get session() {
      return real?.auth.session ?? null;
    },
    signIn: (request) => ensure().then((r) => r.auth.signIn(request)),
    signOut: () => ensure().then((r) => r.auth.signOut()),
    subscribe(listener) {
      listeners.add(listener);
      void ensure().catch(warn);
      return () => listeners.delete(listener);
    },
  };
  const tokens: AccessTokenProvider = {
    getAccessToken: () => {
      if (real) return real.tokens.getAccessToken();
      // Public calls (search) go out anonymously without waiting for the sign-in code.
      return loading || hasStoredSession(options.clientId) ? ensure().then((r) => r.tokens.getAccessToken()) : null;
    },
    refreshAccessToken: async () => (real?.tokens.refreshAccessToken ? real.tokens.refreshAccessToken() : null),
  };
  return { auth, tokens };
}
