import { authorizationUrl, discover, endSessionUrl, exchangeCode, refreshTokens, type OidcClientConfig, type OidcContext, type TokenSet } from '../auth/oidc.js';
import { apiBaseUrl } from '../core/base-url.js';
import { readCookie, serializeCookie } from './cookies.js';
import { MemoryBffSessionStore, type BffSessionStore } from './session-store.js';

/** Options of {@link createBffHandler}. */
export interface BffOptions {
  /** The agency backend's client registration at the portal's provider (may be confidential). */
  oidc: OidcClientConfig;
  /** The portal (or sandbox) origin API calls are forwarded to. */
  portalBaseUrl: string;
  /** Where the BFF routes live (default `/bff`): `login`, `logout`, `session`, `api/v1/*`. The callback is the redirect URI's path. */
  basePath?: string;
  /** Session cookie name (default `dvc_session`). */
  cookieName?: string;
  /** Mark cookies Secure (default: true unless the redirect URI is http). */
  secureCookies?: boolean;
  /** Session lifetime in seconds (default 8 hours). */
  sessionTtlSeconds?: number;
  /** Default `acr_values` (e.g. `LoA2`); `?acr=` on the login route overrides it. */
  acrValues?: string;
  /** Default `ui_locales`; `?lang=` on the login route overrides it. */
  uiLocales?: string;
  /** Origins allowed to send state-changing requests (default: the request's own origin). */
  allowedOrigins?: readonly string[];
  /** Session storage (default in memory). */
  store?: BffSessionStore;
  /** fetch for the provider and the portal (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

/** A fetch-style handler (Request in, Response out) plus its session store. */
export interface BffHandler {
  (request: Request): Promise<Response>;
  /** The session store in use. */
  readonly store: BffSessionStore;
}

const FORWARDED_REQUEST_HEADERS = [
  'accept', 'accept-language', 'content-type', 'idempotency-key',
  'tus-resumable', 'upload-length', 'upload-metadata', 'upload-offset', 'upload-defer-length',
];
const DROPPED_RESPONSE_HEADERS = new Set(['set-cookie', 'content-encoding', 'content-length', 'transfer-encoding', 'connection']);

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const json = (body: unknown, status = 200, headers: HeadersInit = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });

const problem = (status: number, code: string, title: string, detail: string) =>
  new Response(JSON.stringify({ type: `urn:dvc-kit:problem:${code}`, title, status, detail, code }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  });

/** Only same-site relative paths, so the login route cannot be used as an open redirect. */
function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/**
 * The backend-for-frontend: the agency's server signs the user in at the
 * portal's provider, keeps the tokens server side, gives the browser only an
 * HttpOnly session cookie, and forwards `{basePath}/api/v1/*` to the portal
 * with the bearer token (refreshing and rotating it as needed). In the
 * browser: `createPortalClient({ baseUrl: location.origin + '/bff' })`.
 *
 * Routes: `GET {basePath}/login?returnTo=&acr=&lang=`, `GET <redirect URI path>`,
 * `GET {basePath}/session`, `POST {basePath}/logout`, `* {basePath}/api/v1/*`.
 * Non-GET requests from another origin are refused (CSRF).
 *
 * @param options - see {@link BffOptions}
 */
export function createBffHandler(options: BffOptions): BffHandler {
  const basePath = (options.basePath ?? '/bff').replace(/\/+$/, '');
  const cookieName = options.cookieName ?? 'dvc_session';
  const loginCookie = `${cookieName}_login`;
  const secure = options.secureCookies ?? !options.oidc.redirectUri.startsWith('http:');
  const ttl = options.sessionTtlSeconds ?? 8 * 3600;
  const store = options.store ?? new MemoryBffSessionStore();
  const callbackPath = new URL(options.oidc.redirectUri).pathname;
  const portalApi = apiBaseUrl(options.portalBaseUrl);
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let context: Promise<OidcContext> | undefined;
  const oidc = () => {
    context ??= discover({ ...options.oidc, fetch: options.oidc.fetch ?? options.fetch }).catch((error: unknown) => {
      context = undefined;
      throw error;
    });
    return context;
  };
  const refreshing = new Map<string, Promise<TokenSet | undefined>>();

  async function login(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const pendingId = randomId();
    const { url: authorizeUrl, pending } = await authorizationUrl(await oidc(), {
      acrValues: url.searchParams.get('acr') ?? options.acrValues,
      uiLocales: url.searchParams.get('lang') ?? options.uiLocales,
      returnTo: safeReturnTo(url.searchParams.get('returnTo')),
    });
    await store.setPending(pendingId, pending, 600);
    return new Response(null, {
      status: 302,
      headers: {
        location: authorizeUrl.href,
        'set-cookie': serializeCookie(loginCookie, pendingId, { secure, maxAgeSeconds: 600 }),
        'cache-control': 'no-store',
      },
    });
  }

  async function callback(request: Request): Promise<Response> {
    const pendingId = readCookie(request, loginCookie);
    const pending = pendingId ? await store.getPending(pendingId) : undefined;
    if (!pendingId || !pending) return problem(400, 'bad_request', 'Sign-in expired', 'No sign-in attempt is pending for this browser.');
    await store.deletePending(pendingId);
    let tokens: TokenSet;
    try {
      tokens = await exchangeCode(await oidc(), new URL(request.url), pending);
    } catch (error) {
      return problem(400, 'bad_request', 'Sign-in failed', error instanceof Error ? error.message : String(error));
    }
    const sessionId = randomId();
    await store.set(sessionId, { tokens, createdAt: Date.now() }, ttl);
    const headers = new Headers({ location: pending.returnTo ?? '/', 'cache-control': 'no-store' });
    headers.append('set-cookie', serializeCookie(cookieName, sessionId, { secure, maxAgeSeconds: ttl }));
    headers.append('set-cookie', serializeCookie(loginCookie, '', { secure, maxAgeSeconds: 0 }));
    return new Response(null, { status: 302, headers });
  }

  /** The session's tokens, refreshed (once, shared) when the access token is about to expire. */
  async function currentTokens(sessionId: string): Promise<TokenSet | undefined> {
    const session = await store.get(sessionId);
    if (!session) return undefined;
    if (session.tokens.expiresAt - 30_000 > Date.now()) return session.tokens;
    let pending = refreshing.get(sessionId);
    if (!pending) {
      pending = (async () => {
        try {
          const tokens = await refreshTokens(await oidc(), session.tokens);
          await store.set(sessionId, { ...session, tokens }, ttl);
          return tokens;
        } catch {
          await store.delete(sessionId);
          return undefined;
        }
      })().finally(() => refreshing.delete(sessionId));
      refreshing.set(sessionId, pending);
    }
    return pending;
  }

  async function sessionInfo(request: Request): Promise<Response> {
    const id = readCookie(request, cookieName);
    const tokens = id ? await currentTokens(id) : undefined;
    if (!tokens) return json({ signedIn: false });
    const { sub, acr, name } = tokens.claims;
    return json({ signedIn: true, sub, acr, name, expiresAt: new Date(tokens.expiresAt).toISOString() });
  }

  async function logout(request: Request): Promise<Response> {
    const id = readCookie(request, cookieName);
    const session = id ? await store.get(id) : undefined;
    if (id) await store.delete(id);
    const endSession = endSessionUrl(await oidc(), session?.tokens ?? null, { uiLocales: options.uiLocales });
    return json({ endSessionUrl: endSession?.href ?? null }, 200, {
      'set-cookie': serializeCookie(cookieName, '', { secure, maxAgeSeconds: 0 }),
    });
  }

  async function forward(request: Request, rest: string): Promise<Response> {
    const id = readCookie(request, cookieName);
    const tokens = id ? await currentTokens(id) : undefined;
    const target = new URL(portalApi + rest + new URL(request.url).search);
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    if (tokens) headers.set('authorization', `Bearer ${tokens.accessToken}`);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const upstream = await fetchFn(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
    });
    const responseHeaders = new Headers();
    upstream.headers.forEach((value, name) => {
      if (DROPPED_RESPONSE_HEADERS.has(name)) return;
      // tus Location points into the portal's /api/v1: rewrite it to go through the BFF.
      if (name === 'location') value = value.replace(/^(https?:\/\/[^/]+)?\/api\/v1/, `${basePath}/api/v1`);
      responseHeaders.set(name, value);
    });
    return new Response(upstream.status === 204 || request.method === 'HEAD' ? null : upstream.body, {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: responseHeaders,
    });
  }

  function crossSite(request: Request): boolean {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
    const origin = request.headers.get('origin');
    const fetchSite = request.headers.get('sec-fetch-site');
    if (fetchSite === 'cross-site') return true;
    if (!origin) return false;
    const allowed = options.allowedOrigins ?? [new URL(request.url).origin];
    return !allowed.includes(origin);
  }

  const handler = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    try {
      if (path === callbackPath && request.method === 'GET') return await callback(request);
      if (!path.startsWith(`${basePath}/`)) return problem(404, 'not_found', 'Not found', `${path} is not a BFF route.`);
      if (crossSite(request)) return problem(403, 'forbidden', 'Forbidden', 'Cross-site requests are refused.');
      const route = path.slice(basePath.length);
      if (route === '/login' && request.method === 'GET') return await login(request);
      if (route === '/session' && request.method === 'GET') return await sessionInfo(request);
      if (route === '/logout' && request.method === 'POST') return await logout(request);
      if (route.startsWith('/api/v1/') || route === '/api/v1') return await forward(request, route.slice('/api/v1'.length));
      return problem(404, 'not_found', 'Not found', `${path} is not a BFF route.`);
    } catch (error) {
      return problem(502, 'internal_error', 'Portal unreachable', error instanceof Error ? error.message : String(error));
    }
  };
  return Object.assign(handler, { store });
}
