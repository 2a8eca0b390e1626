import type { AccessTokenProvider } from '../core/auth-header.js';
import {
  authorizationUrl,
  discover,
  endSessionUrl,
  exchangeCode,
  refreshTokens,
  type AuthorizationOptions,
  type OidcClientConfig,
  type OidcContext,
  type PendingAuthorization,
  type TokenSet,
} from './oidc.js';
import { defaultSessionStorage, MemoryStorage, type KeyValueStorage } from './storage.js';

/** Options of {@link createSignIn}. */
export interface SignInOptions extends OidcClientConfig, AuthorizationOptions {
  /**
   * Where tokens live. `memory` (default): gone on reload, safest.
   * `session`: sessionStorage, survives reloads of this tab only. There is
   * deliberately no localStorage option: tokens there outlive the tab and are
   * readable by any script on the origin.
   */
  persist?: 'memory' | 'session';
  /**
   * Keeps state, nonce and PKCE verifier across the redirect (never tokens).
   * Default: sessionStorage in browsers, memory elsewhere.
   */
  transactionStorage?: KeyValueStorage;
  /** Refresh this many ms before the access token expires (default 30 000). */
  refreshLeewayMs?: number;
}

/** The signed-in person, as the app sees it. */
export interface Session {
  /** Subject identifier. */
  sub: string;
  /** Assurance level of the sign-in (`LoA1`/`LoA2`), if the provider said. */
  acr: string | undefined;
  /** Validated ID token claims. */
  claims: Record<string, unknown>;
  /** Epoch ms at which the current access token expires. */
  expiresAt: number;
}

/** Why the session changed. */
export type SessionChangeReason = 'signed-in' | 'refreshed' | 'signed-out' | 'expired';

/** Detail of the `session` event. */
export interface SessionChange {
  /** The session after the change; null when signed out. */
  session: Session | null;
  /** What happened. */
  reason: SessionChangeReason;
}

/** What {@link PortalSignIn.handleCallback} returns. */
export interface CallbackResult {
  /** The new session. */
  session: Session;
  /** The `returnTo` given when the sign-in started. */
  returnTo: string | undefined;
}

const PENDING_PREFIX = 'dvc-kit:oidc:pending:';
const PENDING_MAX_AGE_MS = 10 * 60 * 1000;
const POPUP_MESSAGE = 'dvc-kit:oidc-callback';
/** How long a closed sign-in popup's last message may take to arrive. */
const POPUP_CLOSE_GRACE_MS = 300;

function toSession(tokens: TokenSet): Session {
  return {
    sub: String(tokens.claims.sub ?? ''),
    acr: typeof tokens.claims.acr === 'string' ? tokens.claims.acr : undefined,
    claims: tokens.claims,
    expiresAt: tokens.expiresAt,
  };
}

/**
 * Browser sign-in with the portal's OpenID provider: authorization code flow
 * with PKCE S256, state and nonce checked, redirect or popup, refresh with
 * rotation, and sign-out at the provider. Hand it to `createPortalClient({ auth })`
 * and to the uploader: it is their token source.
 *
 * Listen for `session` events (`CustomEvent<SessionChange>`) or use
 * {@link PortalSignIn.onSessionChange}.
 */
export class PortalSignIn extends EventTarget implements AccessTokenProvider {
  private context: Promise<OidcContext> | undefined;
  private tokens: TokenSet | null = null;
  private refreshing: Promise<string | null> | undefined;
  private readonly transactions: KeyValueStorage;
  private readonly tokenStore: KeyValueStorage | undefined;
  private readonly tokenKey: string;

  /** @param options - see {@link SignInOptions} */
  constructor(private readonly options: SignInOptions) {
    super();
    this.transactions = options.transactionStorage ?? defaultSessionStorage();
    this.tokenKey = `dvc-kit:oidc:tokens:${options.clientId}`;
    if (options.persist === 'session') {
      const store = defaultSessionStorage();
      this.tokenStore = store instanceof MemoryStorage ? undefined : store;
      this.tokens = this.loadTokens();
    }
  }

  /** The current session, or null when signed out. */
  get session(): Session | null {
    return this.tokens ? toSession(this.tokens) : null;
  }

  /** The raw ID token (for your own `id_token_hint` or debugging); null when signed out. */
  get idToken(): string | null {
    return this.tokens?.idToken ?? null;
  }

  /** Discovers the provider once (lazily) and caches it. */
  discover(): Promise<OidcContext> {
    this.context ??= discover(this.options).catch((error: unknown) => {
      this.context = undefined;
      throw error;
    });
    return this.context;
  }

  /**
   * Builds the authorization URL and remembers state, nonce and verifier for the callback.
   * @param options - per-call acr_values/ui_locales/prompt (default: the constructor's), `returnTo`
   */
  async createAuthorizationUrl(options: AuthorizationOptions & { returnTo?: string } = {}): Promise<URL> {
    const ctx = await this.discover();
    const { url, pending } = await authorizationUrl(ctx, {
      acrValues: this.options.acrValues,
      uiLocales: this.options.uiLocales,
      prompt: this.options.prompt,
      loginHint: this.options.loginHint,
      ...options,
    });
    this.transactions.setItem(PENDING_PREFIX + pending.state, JSON.stringify(pending));
    return url;
  }

  /**
   * Sends the whole page to the provider. Never frames the provider's page.
   * @param options - as for {@link PortalSignIn.createAuthorizationUrl}
   */
  async signInWithRedirect(options: AuthorizationOptions & { returnTo?: string } = {}): Promise<void> {
    const url = await this.createAuthorizationUrl(options);
    globalThis.location.assign(url.href);
  }

  /**
   * Signs in in a popup window, keeping the page's state. The redirect URI's
   * page must call {@link completePopupSignIn}. Call this from a click
   * handler, or the browser blocks the popup.
   *
   * @param options - as for {@link PortalSignIn.createAuthorizationUrl}, plus window features
   */
  async signInWithPopup(options: AuthorizationOptions & { popupFeatures?: string } = {}): Promise<Session> {
    // Open synchronously inside the click, then navigate once the URL is known.
    const popup = globalThis.open('about:blank', 'dvc-kit-sign-in', options.popupFeatures ?? 'popup,width=520,height=720');
    if (!popup) throw new Error('the browser blocked the sign-in popup');
    let url: URL;
    try {
      url = await this.createAuthorizationUrl(options);
    } catch (error) {
      popup.close(); // an empty window left behind would be the user's to find and close
      throw error;
    }
    popup.location.href = url.href;
    const callbackUrl = await new Promise<string>((resolve, reject) => {
      const onMessage = (event: MessageEvent) => {
        if (event.origin !== globalThis.location.origin || event.source !== popup) return;
        const data = event.data as { type?: string; url?: string } | null;
        if (data?.type !== POPUP_MESSAGE || typeof data.url !== 'string') return;
        cleanup();
        resolve(data.url);
      };
      let grace: ReturnType<typeof setTimeout> | undefined;
      const timer = setInterval(() => {
        if (!popup.closed || grace) return;
        // The callback page posts its message and then closes itself: the message may still be
        // queued behind this check, so give it a moment before calling the sign-in abandoned.
        grace = setTimeout(() => {
          cleanup();
          reject(new Error('the sign-in popup was closed'));
        }, POPUP_CLOSE_GRACE_MS);
      }, 500);
      const cleanup = () => {
        clearInterval(timer);
        clearTimeout(grace);
        globalThis.removeEventListener('message', onMessage);
      };
      globalThis.addEventListener('message', onMessage);
    });
    popup.close();
    return (await this.handleCallback(callbackUrl)).session;
  }

  /**
   * Completes a sign-in on the redirect URI's page: checks state (one use
   * only), issuer and nonce, exchanges the code, and starts the session.
   * Remove the code from the address bar afterwards (`history.replaceState`).
   *
   * @param url - the callback URL (default: the current location)
   */
  async handleCallback(url: string | URL = globalThis.location.href): Promise<CallbackResult> {
    const callbackUrl = new URL(url);
    const state = callbackUrl.searchParams.get('state') ?? '';
    const key = PENDING_PREFIX + state;
    const raw = this.transactions.getItem(key);
    this.transactions.removeItem(key);
    if (!raw) throw new Error('unknown or already used sign-in state');
    const pending = JSON.parse(raw) as PendingAuthorization;
    if (Date.now() - pending.createdAt > PENDING_MAX_AGE_MS) throw new Error('the sign-in attempt is too old');
    const tokens = await exchangeCode(await this.discover(), callbackUrl, pending);
    this.setTokens(tokens, 'signed-in');
    return { session: toSession(tokens), returnTo: pending.returnTo };
  }

  /** The access token, refreshed first when it is about to expire; null when signed out. */
  async getAccessToken(): Promise<string | null> {
    if (!this.tokens) return null;
    const leeway = this.options.refreshLeewayMs ?? 30_000;
    if (this.tokens.expiresAt - leeway > Date.now()) return this.tokens.accessToken;
    return this.refreshAccessToken();
  }

  /**
   * Gets new tokens with the refresh token (rotated by the provider). Concurrent
   * calls share one request. A refused refresh ends the session (`expired`).
   */
  refreshAccessToken(): Promise<string | null> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<string | null> {
    const current = this.tokens;
    if (!current?.refreshToken) {
      if (current) this.setTokens(null, 'expired');
      return null;
    }
    try {
      const next = await refreshTokens(await this.discover(), current);
      this.setTokens(next, 'refreshed');
      return next.accessToken;
    } catch {
      this.setTokens(null, 'expired');
      return null;
    }
  }

  /**
   * Ends the session here and at the provider. Returns the provider's
   * end-session URL (with `id_token_hint`); with `redirect: true` (default in
   * browsers) the page goes there.
   *
   * @param options - `redirect`, `uiLocales`
   */
  async signOut(options: { redirect?: boolean; uiLocales?: string } = {}): Promise<URL | null> {
    const tokens = this.tokens;
    this.setTokens(null, 'signed-out');
    const url = endSessionUrl(await this.discover(), tokens, { uiLocales: options.uiLocales ?? this.options.uiLocales });
    const redirect = options.redirect ?? typeof globalThis.location !== 'undefined';
    if (redirect && url) globalThis.location.assign(url.href);
    return url;
  }

  /**
   * Calls `listener` on every session change.
   * @returns a function that stops listening
   */
  onSessionChange(listener: (change: SessionChange) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<SessionChange>).detail);
    this.addEventListener('session', handler);
    return () => this.removeEventListener('session', handler);
  }

  private setTokens(tokens: TokenSet | null, reason: SessionChangeReason): void {
    this.tokens = tokens;
    if (this.tokenStore) {
      if (tokens) this.tokenStore.setItem(this.tokenKey, JSON.stringify(tokens));
      else this.tokenStore.removeItem(this.tokenKey);
    }
    const detail: SessionChange = { session: tokens ? toSession(tokens) : null, reason };
    this.dispatchEvent(new CustomEvent<SessionChange>('session', { detail }));
  }

  private loadTokens(): TokenSet | null {
    try {
      const raw = this.tokenStore?.getItem(this.tokenKey);
      return raw ? (JSON.parse(raw) as TokenSet) : null;
    } catch {
      return null;
    }
  }
}

/**
 * Creates a browser sign-in for the portal's provider.
 *
 * @example
 * const signIn = createSignIn({ issuer: 'https://portal.example/oidc', clientId: 'my-agency',
 *   redirectUri: location.origin + '/callback', acrValues: 'LoA2', uiLocales: 'vi' });
 * const client = createPortalClient({ baseUrl: 'https://portal.example', auth: signIn });
 */
export function createSignIn(options: SignInOptions): PortalSignIn {
  return new PortalSignIn(options);
}

/**
 * Call on the redirect URI's page when it was opened as a sign-in popup: it
 * hands the callback URL to the opener (same origin only) and closes itself.
 *
 * @returns false when this page is not a popup of the same origin
 */
export function completePopupSignIn(): boolean {
  const opener = globalThis.opener as Window | null | undefined;
  if (!opener || (opener as unknown) === globalThis) return false;
  opener.postMessage({ type: POPUP_MESSAGE, url: globalThis.location.href }, globalThis.location.origin);
  globalThis.close();
  return true;
}
