/**
 * Signs in to a running sandbox the way a browser and an agency page would, over plain HTTP:
 * authorization request with PKCE S256, state and nonce → sandbox login page → the account's
 * button (form POST) → consent (granted automatically) → redirect back with the code → token
 * endpoint. Checks state, issuer and nonce on the way, and that the page offers the account.
 *
 *   const { accessToken } = await signIn(sandbox.url, 'citizen-an');
 */
import { createHash, randomBytes } from 'node:crypto';

export const TEST_CLIENT_ID = 'dvc-test';
/** Any loopback URL is accepted; nothing needs to listen there, the helper reads the redirect. */
export const TEST_REDIRECT_URI = 'http://127.0.0.1/dvc-test/callback';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
  expiresIn: number;
  scope: string;
}

export interface SignInOptions {
  acr?: 'LoA1' | 'LoA2';
  scope?: string;
  uiLocales?: string;
  /** Reuse a browser (its cookies = its provider session), e.g. to sign out afterwards. */
  browser?: Browser;
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** The least of a browser: a cookie jar (name + path scoped) and requests that never follow redirects. */
export class Browser {
  private cookies: StoredCookie[] = [];

  constructor(readonly baseUrl: string) {}

  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url, this.baseUrl);
    const headers: Record<string, string> = { ...init.headers };
    const cookie = this.cookies
      .filter((c) => target.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  hasCookies(): boolean {
    return this.cookies.length > 0;
  }

  private store(line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = val;
      if (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) expired = true;
      if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
    }
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
    if (!expired) this.cookies.push({ name, value, path });
  }
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Builds an authorization request URL; `overrides` replace or (with undefined) drop parameters. */
export function authorizationRequest(
  baseUrl: string,
  options: { acr?: string; scope?: string; uiLocales?: string } = {},
  overrides: Record<string, string | undefined> = {},
): AuthorizationRequest {
  const state = randomToken(16);
  const nonce = randomToken(16);
  const codeVerifier = randomToken(32);
  const params: Record<string, string | undefined> = {
    client_id: TEST_CLIENT_ID,
    response_type: 'code',
    scope: options.scope ?? 'openid profile email phone',
    redirect_uri: TEST_REDIRECT_URI,
    state,
    nonce,
    code_challenge: s256(codeVerifier),
    code_challenge_method: 'S256',
    acr_values: options.acr,
    ui_locales: options.uiLocales,
    ...overrides,
  };
  const url = new URL('/oidc/auth', baseUrl);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return { url: url.href, state, nonce, codeVerifier };
}

/** Follows redirects inside the sandbox; stops at the client's redirect URI or at a page (200). */
export async function follow(browser: Browser, start: Response, from: string): Promise<{ response: Response; url: string }> {
  let response = start;
  let url = from;
  for (let hops = 0; hops < 10; hops++) {
    if (response.status < 300 || response.status >= 400) return { response, url };
    const location = response.headers.get('location');
    if (!location) throw new Error(`redirect ${response.status} from ${url} without Location`);
    url = new URL(location, url).href;
    if (!url.startsWith(browser.baseUrl)) return { response, url };
    response = await browser.request(url);
  }
  throw new Error(`too many redirects, last at ${url}`);
}

/** The action of the login page's form whose hidden `account` input is `sub`. */
export function accountFormAction(html: string, sub: string): string | undefined {
  for (const form of html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)) {
    if ((form[2] ?? '').includes(`name="account" value="${sub}"`)) return (form[1] ?? '').replaceAll('&amp;', '&');
  }
  return undefined;
}

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Runs the browser part and returns the redirect back to the client (code, state, iss). */
export async function authorize(
  browser: Browser,
  request: AuthorizationRequest,
  accountSub: string,
): Promise<URL> {
  const first = await follow(browser, await browser.request(request.url), request.url);
  if (first.response.status !== 200) {
    throw new Error(`expected the login page, got ${first.response.status} at ${first.url}: ${await first.response.text()}`);
  }
  const page = await first.response.text();
  const action = accountFormAction(page, accountSub);
  if (!action) throw new Error(`the login page at ${first.url} has no button for account ${accountSub}`);
  const posted = await browser.request(new URL(action, first.url).href, { form: { account: accountSub } });
  const back = await follow(browser, posted, new URL(action, first.url).href);
  if (!back.url.startsWith(TEST_REDIRECT_URI)) {
    throw new Error(`expected a redirect to ${TEST_REDIRECT_URI}, ended at ${back.url} (${back.response.status})`);
  }
  return new URL(back.url);
}

export async function tokenRequest(baseUrl: string, form: Record<string, string>): Promise<Response> {
  return fetch(new URL('/oidc/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: TEST_CLIENT_ID, ...form }).toString(),
  });
}

function toTokens(body: Record<string, unknown>): Tokens {
  const { access_token, refresh_token, id_token, expires_in, scope } = body;
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string' || typeof id_token !== 'string') {
    throw new Error(`token response lacks tokens: ${JSON.stringify(body)}`);
  }
  return { accessToken: access_token, refreshToken: refresh_token, idToken: id_token, expiresIn: Number(expires_in), scope: String(scope) };
}

export async function signIn(baseUrl: string, accountSub: string, options: SignInOptions = {}): Promise<Tokens> {
  const browser = options.browser ?? new Browser(baseUrl);
  const request = authorizationRequest(baseUrl, options);
  const callback = await authorize(browser, request, accountSub);
  const error = callback.searchParams.get('error');
  if (error) throw new Error(`sign-in refused: ${error} ${callback.searchParams.get('error_description') ?? ''}`);
  if (callback.searchParams.get('state') !== request.state) throw new Error('state does not match');
  if (callback.searchParams.get('iss') !== new URL('/oidc', baseUrl).href) {
    throw new Error(`unexpected iss ${callback.searchParams.get('iss')}`);
  }
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in ${callback.href}`);

  const response = await tokenRequest(baseUrl, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: TEST_REDIRECT_URI,
    code_verifier: request.codeVerifier,
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200) throw new Error(`token endpoint said ${response.status}: ${JSON.stringify(body)}`);
  const tokens = toTokens(body);
  const claims = decodeJwtPayload(tokens.idToken);
  if (claims.nonce !== request.nonce) throw new Error('nonce in the ID token does not match');
  if (claims.sub !== accountSub) throw new Error(`ID token is for ${String(claims.sub)}, not ${accountSub}`);
  return tokens;
}

export { decodeJwtPayload };
