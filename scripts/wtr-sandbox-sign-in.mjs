// A web-test-runner server command that signs a test account in to the running sandbox through
// its real OIDC provider (authorization code + PKCE S256, state, nonce, the login page's form),
// the way a browser would, and hands the access token to the test page:
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { accessToken } = await executeServerCommand('dvc-sandbox-sign-in', { sub: 'citizen-an' });
//
// It runs on the Node side because the provider's interaction cookies are first-party to the
// sandbox's origin, which a test page on another origin cannot carry. Plain JS: the config loads it
// without tsx. Mirrors packages/sandbox/test/helpers/sign-in.ts.
import { createHash, randomBytes } from 'node:crypto';

const CLIENT_ID = 'dvc-test';
const REDIRECT_URI = 'http://127.0.0.1/dvc-test/callback';

const token = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Requests that never follow redirects, with a cookie jar scoped by path. */
function browser(baseUrl) {
  const cookies = new Map();
  return async function request(url, form) {
    const target = new URL(url, baseUrl);
    const headers = {};
    const jar = [...cookies.values()].filter((c) => target.pathname.startsWith(c.path)).map((c) => `${c.name}=${c.value}`);
    if (jar.length) headers.cookie = jar.join('; ');
    let body;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const response = await fetch(target, { method: form ? 'POST' : 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) || '/';
      if (value === '' || attributes.some((a) => /^max-age=0$/i.test(a))) cookies.delete(`${name}@${path}`);
      else cookies.set(`${name}@${path}`, { name, value, path });
    }
    return response;
  };
}

async function follow(request, response, from, baseUrl) {
  let url = from;
  for (let hops = 0; hops < 10; hops++) {
    if (response.status < 300 || response.status >= 400) return { response, url };
    url = new URL(response.headers.get('location') ?? '', url).href;
    if (!url.startsWith(baseUrl)) return { response, url };
    response = await request(url);
  }
  throw new Error(`too many redirects, last at ${url}`);
}

export async function signInToSandbox(baseUrl, sub, acr = 'LoA2') {
  const request = browser(baseUrl);
  const state = token(16);
  const nonce = token(16);
  const verifier = token(32);
  const auth = new URL('/oidc/auth', baseUrl);
  const params = {
    client_id: CLIENT_ID, response_type: 'code', scope: 'openid profile email phone', redirect_uri: REDIRECT_URI,
    state, nonce, code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
    acr_values: acr,
  };
  for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
  const login = await follow(request, await request(auth.href), auth.href, baseUrl);
  if (login.response.status !== 200) throw new Error(`expected the login page, got ${login.response.status} at ${login.url}`);
  const page = await login.response.text();
  let action;
  for (const form of page.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)) {
    if ((form[2] ?? '').includes(`name="account" value="${sub}"`)) action = (form[1] ?? '').replaceAll('&amp;', '&');
  }
  if (!action) throw new Error(`the sandbox login page offers no account ${sub}`);
  const actionUrl = new URL(action, login.url).href;
  const back = await follow(request, await request(actionUrl, { account: sub }), actionUrl, baseUrl);
  const callback = new URL(back.url);
  if (!back.url.startsWith(REDIRECT_URI) || callback.searchParams.get('state') !== state) {
    throw new Error(`sign-in did not come back to the client: ${back.url}`);
  }
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code: ${back.url}`);
  const response = await fetch(new URL('/oidc/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  const body = await response.json();
  if (response.status !== 200 || typeof body.access_token !== 'string') throw new Error(`token endpoint: ${response.status} ${JSON.stringify(body)}`);
  const claims = JSON.parse(Buffer.from(String(body.id_token).split('.')[1] ?? '', 'base64url').toString('utf8'));
  if (claims.nonce !== nonce) throw new Error('nonce mismatch');
  return { accessToken: body.access_token, expiresIn: Number(body.expires_in) };
}

/** The plugin: command 'dvc-sandbox-sign-in', payload { sub, acr? }. Needs DVC_SANDBOX_URL. */
export const sandboxSignInPlugin = {
  name: 'dvc-sandbox-sign-in',
  async executeCommand({ command, payload }) {
    if (command !== 'dvc-sandbox-sign-in') return undefined;
    const baseUrl = process.env.DVC_SANDBOX_URL;
    if (!baseUrl) throw new Error('DVC_SANDBOX_URL is not set: run through scripts/browser-tests.mjs');
    return signInToSandbox(baseUrl, payload?.sub ?? 'citizen-an', payload?.acr);
  },
};
