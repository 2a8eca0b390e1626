import type { Me } from '@dvc-kit/spec';
import type { PortalClient } from '@dvc-kit/client';
import type { AuthApi, Session, SessionEndReason, SignInMode } from './portal-api.js';

/**
 * The part of `@dvc-kit/client/auth`'s `PortalSignIn` this adapter uses,
 * written structurally so the elements' bundle never pulls the OIDC code in:
 * the page imports `createSignIn()` itself and passes the result.
 */
export interface SignInLike {
  readonly session: { sub: string; expiresAt: number } | null;
  signInWithRedirect(options?: { uiLocales?: string; returnTo?: string }): Promise<void>;
  signInWithPopup(options?: { uiLocales?: string }): Promise<{ sub: string; expiresAt: number }>;
  signOut(options?: { redirect?: boolean; uiLocales?: string }): Promise<URL | null>;
  onSessionChange(listener: (change: { session: { sub: string; expiresAt: number } | null; reason: string }) => void): () => void;
}

/** An Error with a stable `code` for `<dvc-login>` (see AuthErrorCode). */
function authError(code: string, cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return Object.assign(new Error(message, { cause }), { code });
}

/** Sorts the sign-in library's failures into the codes the element shows. */
function toAuthError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const oauth = typeof error === 'object' && error !== null ? (error as { error?: unknown }).error : undefined;
  if (/popup was closed/i.test(message) || oauth === 'access_denied') return authError('cancelled', error);
  if (/blocked the sign-in popup/i.test(message)) return authError('popup_blocked', error);
  if (/too old|already used/i.test(message)) return authError('expired', error);
  if (error instanceof TypeError || /fetch|network|discovery/i.test(message)) return authError('provider_unreachable', error);
  return authError('unknown', error);
}

class ListenerSet {
  private readonly listeners = new Set<(session: Session | null, reason?: SessionEndReason) => void>();
  add(listener: (session: Session | null, reason?: SessionEndReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(session: Session | null, reason?: SessionEndReason): void {
    this.listeners.forEach((l) => l(session, reason));
  }
}

/**
 * Public-client mode: sign-in runs in the browser (code + PKCE S256) with
 * `createSignIn()` from `@dvc-kit/client/auth`; the person's details come
 * from GET /me through `client` (created with `auth: signIn`).
 *
 * ```ts
 * const signIn = createSignIn({ issuer, clientId, redirectUri });
 * const client = createPortalClient({ baseUrl, auth: signIn });
 * provider.client = client;
 * provider.auth = authFromSignIn(signIn, client);
 * ```
 *
 * @param options.providerLogout - also end the session at the provider (navigates there); default true
 */
export function authFromSignIn(signIn: SignInLike, client: PortalClient, options: { providerLogout?: boolean } = {}): AuthApi {
  const listeners = new ListenerSet();
  let current: Session | null = null;

  async function load(expiresAt: number): Promise<Session | null> {
    const me: Me = await client.me.get();
    current = { me, expiresAt: new Date(expiresAt).toISOString() };
    return current;
  }

  signIn.onSessionChange(({ session, reason }) => {
    if (!session) {
      const wasSignedIn = current !== null;
      current = null;
      if (wasSignedIn) listeners.emit(null, reason === 'expired' ? 'expired' : 'signed-out');
      return;
    }
    if (reason === 'refreshed' && current) {
      current = { ...current, expiresAt: new Date(session.expiresAt).toISOString() };
      listeners.emit(current);
      return;
    }
    load(session.expiresAt).then(
      (s) => listeners.emit(s),
      () => listeners.emit(null, 'signed-out'),
    );
  });
  // A session restored from sessionStorage (persist: 'session') is shown without a new sign-in.
  if (signIn.session) void load(signIn.session.expiresAt).then((s) => listeners.emit(s), () => undefined);

  return {
    get session() {
      return current;
    },
    async signIn({ mode, locale }: { mode: SignInMode; locale?: string }) {
      try {
        if (mode === 'popup') {
          const s = await signIn.signInWithPopup({ uiLocales: locale });
          return current ?? (await load(s.expiresAt));
        }
        await signIn.signInWithRedirect({ uiLocales: locale, returnTo: globalThis.location?.href });
      } catch (error) {
        throw toAuthError(error);
      }
      return new Promise<never>(() => {}); // the page is leaving for the provider
    },
    async signOut() {
      await signIn.signOut({ redirect: options.providerLogout ?? true });
    },
    subscribe: (listener) => listeners.add(listener),
  };
}

/** Options of {@link authFromBff}. */
export interface BffAuthOptions {
  /** Where the BFF routes live, e.g. `https://agency.example/bff` (its `login`, `logout`, `session`). */
  bffBase: string;
  /** A client over the BFF (`createPortalClient({ baseUrl: bffBase, credentials: 'include' })`), for GET /me. */
  client: PortalClient;
  /** fetch for the BFF's own routes (default: global fetch). */
  fetch?: typeof fetch;
  /** Also end the session at the provider (navigates there); default true. */
  providerLogout?: boolean;
}

/**
 * BFF mode: the agency's backend (`createBffHandler()` from `@dvc-kit/client/bff`)
 * holds the tokens; the browser has only an HttpOnly cookie. Sign-in is always
 * a full-page redirect to `{bffBase}/login` (a popup cannot hand a cookie
 * session back any better), so `mode` is ignored.
 */
export function authFromBff(options: BffAuthOptions): AuthApi {
  const base = options.bffBase.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const listeners = new ListenerSet();
  let current: Session | null = null;

  async function refresh(): Promise<void> {
    const response = await doFetch(`${base}/session`, { credentials: 'include', headers: { accept: 'application/json' } });
    const info = (await response.json()) as { signedIn?: boolean; expiresAt?: string };
    if (!info.signedIn) {
      if (current) {
        current = null;
        listeners.emit(null, 'expired');
      }
      return;
    }
    const me = await options.client.me.get();
    current = { me, expiresAt: info.expiresAt ?? null };
    listeners.emit(current);
  }
  void refresh().catch(() => undefined);

  return {
    get session() {
      return current;
    },
    async signIn({ locale }: { mode: SignInMode; locale?: string }) {
      const here = globalThis.location;
      const returnTo = here ? here.pathname + here.search + here.hash : '/';
      const url = new URL(`${base}/login`, here?.href);
      url.searchParams.set('returnTo', returnTo);
      if (locale) url.searchParams.set('lang', locale);
      try {
        // Check the BFF answers before leaving, so "unreachable" shows here rather than as a browser error page.
        await doFetch(`${base}/session`, { credentials: 'include' });
      } catch (error) {
        throw authError('provider_unreachable', error);
      }
      here?.assign(url.href);
      return new Promise<never>(() => {});
    },
    async signOut() {
      const response = await doFetch(`${base}/logout`, { method: 'POST', credentials: 'include' });
      const body = (await response.json().catch(() => ({}))) as { endSessionUrl?: string | null };
      const was = current;
      current = null;
      if (was) listeners.emit(null, 'signed-out');
      if ((options.providerLogout ?? true) && body.endSessionUrl) globalThis.location?.assign(body.endSessionUrl);
    },
    subscribe: (listener) => listeners.add(listener),
  };
}
