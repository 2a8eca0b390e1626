import type { PortalClient } from '@dvc-kit/client';
import type { PortalSignIn } from '@dvc-kit/client/auth';
import type { AuthApi, Session } from '@dvc-kit/elements';

/** Error with the stable code `<dvc-login>` shows (see AuthErrorCode). */
function authError(code: 'provider_unreachable' | 'cancelled' | 'expired' | 'unknown', cause: unknown): Error {
  const error = new Error(cause instanceof Error ? cause.message : String(cause)) as Error & { code: string };
  error.code = code;
  return error;
}

/** The address bar without an OpenID callback's `code`, `state`, `iss` and `session_state`. */
function withoutCallbackParams(href: string): string {
  const url = new URL(href);
  for (const key of ['code', 'state', 'iss', 'session_state', 'error', 'error_description']) url.searchParams.delete(key);
  return url.href;
}

/**
 * The elements' `AuthApi` over the client's browser sign-in: it finishes a
 * redirect sign-in when the page is the callback, loads who is signed in
 * (GET /me), and tells `<dvc-login>` and friends when that changes.
 */
export function authApiFor(signIn: PortalSignIn, client: PortalClient): AuthApi {
  let session: Session | null = null;
  const listeners = new Set<(session: Session | null) => void>();
  const publish = (next: Session | null): void => {
    session = next;
    listeners.forEach((l) => l(next));
  };
  const loadMe = async (): Promise<Session | null> => {
    const raw = signIn.session;
    if (!raw) return null;
    const me = await client.me.get();
    return { me, expiresAt: new Date(raw.expiresAt).toISOString() };
  };
  const refresh = (): Promise<void> =>
    loadMe().then(publish, (error: unknown) => {
      console.warn('[dvc-kit] could not load the signed-in account', error);
      publish(null);
    });

  signIn.onSessionChange((change) => {
    if (!change.session) publish(null);
    else if (change.reason === 'signed-in' || !session) void refresh();
  });

  const here = globalThis.location;
  const params = new URL(here.href).searchParams;
  if (params.has('state') && (params.has('code') || params.has('error'))) {
    // This page is the redirect target: finish the sign-in, then tidy the address bar.
    signIn
      .handleCallback(here.href)
      .then(({ returnTo }) => {
        const target = returnTo && new URL(returnTo, here.href).origin === here.origin ? returnTo : here.href;
        history.replaceState(history.state, '', withoutCallbackParams(target));
      })
      .catch((error: unknown) => {
        console.warn('[dvc-kit] sign-in callback failed', error);
        history.replaceState(history.state, '', withoutCallbackParams(here.href));
      });
  } else if (signIn.session) {
    void refresh();
  }

  return {
    get session() {
      return session;
    },
    async signIn({ mode, locale }) {
      try {
        if (mode === 'popup') {
          await signIn.signInWithPopup(locale ? { uiLocales: locale } : {});
          const next = await loadMe();
          publish(next);
          return next;
        }
        await signIn.signInWithRedirect({ ...(locale ? { uiLocales: locale } : {}), returnTo: here.href });
        return null;
      } catch (error) {
        throw authError(/closed|cancel/i.test(String(error)) ? 'cancelled' : error instanceof TypeError ? 'provider_unreachable' : 'unknown', error);
      }
    },
    async signOut() {
      await signIn.signOut({ redirect: false });
      publish(null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
