import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isPersonalIdNumber, isTaxCode, TEST_ACCOUNTS } from '../src/auth/accounts.js';
import { escapeHtml } from '../src/auth/pages.js';
import { isSandboxRedirectUri } from '../src/auth/provider.js';
import { startSandbox, type RunningSandbox } from '../src/server.js';
import { checkedJson } from './helpers/contract.js';
import {
  accountFormAction,
  authorizationRequest,
  authorize,
  Browser,
  decodeJwtPayload,
  follow,
  signIn,
  TEST_REDIRECT_URI,
  tokenRequest,
  type Tokens,
} from './helpers/sign-in.js';

async function me(baseUrl: string, accessToken?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/me`, {
    headers: accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` },
  });
}

async function assertUnauthenticated(response: Response, invalidToken: boolean): Promise<void> {
  assert.equal(response.status, 401);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const challenge = response.headers.get('www-authenticate') ?? '';
  assert.match(challenge, /^Bearer /);
  assert.equal(challenge.includes('error="invalid_token"'), invalidToken, challenge);
  const body = await checkedJson<{ code: string }>(response);
  assert.equal(body.code, 'unauthenticated');
}

/** The authorization request's outcome when it is refused before any page: error redirect params. */
async function refusedAuthorization(baseUrl: string, overrides: Record<string, string | undefined>): Promise<URLSearchParams> {
  const browser = new Browser(baseUrl);
  const request = authorizationRequest(baseUrl, {}, overrides);
  const { response, url } = await follow(browser, await browser.request(request.url), request.url);
  assert.ok(url.startsWith(TEST_REDIRECT_URI), `expected an error redirect to the client, got ${response.status} at ${url}`);
  return new URL(url).searchParams;
}

describe('test accounts', () => {
  it('has at least three citizens with valid personal ID numbers and two businesses with tax codes', () => {
    const citizens = TEST_ACCOUNTS.filter((a) => a.accountType === 'citizen');
    const businesses = TEST_ACCOUNTS.filter((a) => a.accountType === 'business');
    assert.ok(citizens.length >= 3);
    assert.ok(businesses.length >= 2);
    for (const citizen of citizens) {
      assert.ok(citizen.idNumber && isPersonalIdNumber(citizen.idNumber), citizen.sub);
      // The 4th digit (sex + century) and the 5th–6th (year) agree with the birth date.
      const year = Number(citizen.birthDate?.slice(0, 4));
      const century = Number(citizen.idNumber[3]) < 2 ? 1900 : 2000;
      assert.equal(century + Number(citizen.idNumber.slice(4, 6)), year, citizen.sub);
    }
    for (const business of businesses) assert.ok(business.taxCode && isTaxCode(business.taxCode), business.sub);
    assert.ok(businesses.some((b) => b.taxCode?.length === 10) && businesses.some((b) => b.taxCode?.length === 13));
    assert.equal(new Set(TEST_ACCOUNTS.map((a) => a.sub)).size, TEST_ACCOUNTS.length);
  });

  it('rejects malformed identifiers', () => {
    assert.equal(isPersonalIdNumber('00108500421'), false);
    assert.equal(isPersonalIdNumber('000085004217'), false);
    assert.equal(isPersonalIdNumber('00108500421x'), false);
    assert.equal(isTaxCode('01012345678'), false);
    assert.equal(isTaxCode('0101234567-001'), false);
  });

  it('escapes HTML', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('allows loopback redirect URIs on any port and the sandbox origin, nothing else', () => {
    const sandbox = 'http://127.0.0.1:4800';
    assert.ok(isSandboxRedirectUri('http://127.0.0.1:5173/callback', sandbox));
    assert.ok(isSandboxRedirectUri('http://localhost:8080/a/b?x=1', sandbox));
    assert.ok(isSandboxRedirectUri('http://[::1]:3000/cb', sandbox));
    assert.ok(isSandboxRedirectUri('http://127.0.0.1:4800/demo/callback', sandbox));
    assert.equal(isSandboxRedirectUri('https://evil.example/cb', sandbox), false);
    assert.equal(isSandboxRedirectUri('http://127.0.0.1.evil.example/cb', sandbox), false);
    assert.equal(isSandboxRedirectUri('http://localhost:8080/cb#frag', sandbox), false);
    assert.equal(isSandboxRedirectUri('http://user:pw@localhost:8080/cb', sandbox), false);
    assert.equal(isSandboxRedirectUri('javascript:alert(1)', sandbox), false);
  });
});

describe('sandbox OpenID provider', () => {
  let dataDir: string;
  let sandbox: RunningSandbox;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvc-auth-'));
    sandbox = await startSandbox({ port: 0, dataDir, officerSpeed: 0 });
  });

  after(async () => {
    await sandbox?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes a discovery document: code flow, S256 only, LoA1/LoA2, end-session, vi/en', async () => {
    const response = await fetch(`${sandbox.url}/oidc/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as Record<string, unknown>;
    assert.equal(doc.issuer, `${sandbox.url}/oidc`);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(doc.acr_values_supported, ['LoA1', 'LoA2']);
    assert.deepEqual(doc.response_types_supported, ['code']);
    assert.deepEqual(doc.grant_types_supported, ['authorization_code', 'refresh_token']);
    assert.deepEqual(doc.ui_locales_supported, ['vi', 'en']);
    assert.deepEqual(doc.token_endpoint_auth_methods_supported, ['none']);
    assert.equal(doc.end_session_endpoint, `${sandbox.url}/oidc/session/end`);
    assert.equal(doc.token_endpoint, `${sandbox.url}/oidc/token`);
    assert.ok(doc.revocation_endpoint && doc.introspection_endpoint);
    for (const claim of ['vn_id_number', 'account_type', 'tax_code', 'name', 'birthdate']) {
      assert.ok((doc.claims_supported as string[]).includes(claim), claim);
    }
    const jwks = (await (await fetch(String(doc.jwks_uri))).json()) as { keys: Record<string, unknown>[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]?.d, undefined, 'the private part must never be published');
  });

  it('shows a login page in Vietnamese by default and in English with ui_locales=en, one button per account', async () => {
    for (const [uiLocales, lang, heading] of [
      [undefined, 'vi', 'Đăng nhập thử nghiệm'],
      ['en-GB vi', 'en', 'Sandbox sign-in'],
    ] as const) {
      const browser = new Browser(sandbox.url);
      const request = authorizationRequest(sandbox.url, uiLocales ? { uiLocales } : {});
      const { response, url } = await follow(browser, await browser.request(request.url), request.url);
      assert.equal(response.status, 200, url);
      assert.match(url, /\/oidc\/interaction\/[\w-]+$/);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      const html = await response.text();
      assert.ok(html.includes(`<html lang="${lang}">`), lang);
      assert.ok(html.includes(heading));
      for (const account of TEST_ACCOUNTS) {
        assert.ok(accountFormAction(html, account.sub), `no button for ${account.sub}`);
        assert.ok(html.includes(escapeHtml(account.name)), account.name);
      }
    }
  });

  it('signs a citizen in (LoA2 by default) and /me returns the account claims', async () => {
    const tokens = await signIn(sandbox.url, 'citizen-binh');
    assert.ok(tokens.expiresIn > 0 && tokens.expiresIn <= 3600);
    const idToken = decodeJwtPayload(tokens.idToken);
    assert.equal(idToken.acr, 'LoA2');
    assert.equal(idToken.vn_id_number, '079192008634');
    assert.equal(idToken.aud, 'dvc-test');

    const response = await me(sandbox.url, tokens.accessToken);
    assert.equal(response.status, 200);
    assert.deepEqual(await checkedJson(response), {
      sub: 'citizen-binh',
      accountType: 'citizen',
      name: 'Trần Thị Bình',
      idNumber: '079192008634',
      taxCode: null,
      birthDate: '1992-07-25',
      email: 'binh.tran@example.vn',
      phone: '0987654321',
      // The place of residence in the 2025 units, as the e-ID gives it (forms prefill from it).
      address: { provinceCode: '79', provinceName: 'Thành phố Hồ Chí Minh', communeCode: '26740', communeName: 'Phường Sài Gòn', street: 'Số 8 đường Lê Duẩn' },
      acr: 'LoA2',
    });

    const userinfo = await fetch(`${sandbox.url}/oidc/me`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    assert.equal(userinfo.status, 200);
    const claims = (await userinfo.json()) as Record<string, unknown>;
    assert.equal(claims.sub, 'citizen-binh');
    assert.equal(claims.account_type, 'citizen');
    assert.equal(claims.vn_id_number, '079192008634');
  });

  it('signs a business in at LoA1 when the client asks for LoA1', async () => {
    const tokens = await signIn(sandbox.url, 'business-me-kong-dn', { acr: 'LoA1' });
    assert.equal(decodeJwtPayload(tokens.idToken).acr, 'LoA1');
    const response = await me(sandbox.url, tokens.accessToken);
    assert.equal(response.status, 200);
    const body = await checkedJson<Record<string, unknown>>(response);
    assert.equal(body.accountType, 'business');
    assert.equal(body.taxCode, '0301234567001');
    assert.equal(body.idNumber, null);
    assert.equal(body.acr, 'LoA1');
  });

  it('asks an LoA1 session to sign in again when a client requires LoA2', async () => {
    const browser = new Browser(sandbox.url);
    await signIn(sandbox.url, 'citizen-chau', { acr: 'LoA1', browser });
    // Same browser, LoA1 again: single sign-on, no page.
    const again = authorizationRequest(sandbox.url, { acr: 'LoA1' });
    const sso = await follow(browser, await browser.request(again.url), again.url);
    assert.ok(sso.url.startsWith(TEST_REDIRECT_URI), `expected SSO, got ${sso.url}`);
    // LoA2 required: the login page comes back, and the new sign-in is LoA2.
    const tokens = await signIn(sandbox.url, 'citizen-chau', { acr: 'LoA2', browser });
    assert.equal(decodeJwtPayload(tokens.idToken).acr, 'LoA2');
  });

  it('rotates refresh tokens: the new one works, the used one is refused', async () => {
    const first = await signIn(sandbox.url, 'citizen-an');
    const refreshed = await tokenRequest(sandbox.url, { grant_type: 'refresh_token', refresh_token: first.refreshToken });
    assert.equal(refreshed.status, 200);
    const second = (await refreshed.json()) as Record<string, string>;
    assert.ok(second.access_token && second.refresh_token);
    assert.notEqual(second.refresh_token, first.refreshToken);
    const meResponse = await me(sandbox.url, second.access_token);
    assert.equal(meResponse.status, 200);
    assert.equal((await checkedJson<{ acr: string }>(meResponse)).acr, 'LoA2', 'acr survives a refresh');

    const reused = await tokenRequest(sandbox.url, { grant_type: 'refresh_token', refresh_token: first.refreshToken });
    assert.equal(reused.status, 400);
    assert.equal(((await reused.json()) as { error: string }).error, 'invalid_grant');
  });

  it('ends the session: logout confirmed, back to the client with state, tokens dead', async () => {
    const browser = new Browser(sandbox.url);
    const tokens: Tokens = await signIn(sandbox.url, 'citizen-an', { browser });
    const endUrl = new URL(`${sandbox.url}/oidc/session/end`);
    endUrl.searchParams.set('id_token_hint', tokens.idToken);
    endUrl.searchParams.set('post_logout_redirect_uri', 'http://localhost:5173/signed-out');
    endUrl.searchParams.set('state', 'bye-123');
    endUrl.searchParams.set('ui_locales', 'en');
    const page = await browser.request(endUrl.href);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes('Sign out'), 'logout page in English');
    const form = /<form id="op.logoutForm" method="post" action="([^"]+)"><input type="hidden" name="xsrf" value="([^"]+)"/.exec(html);
    assert.ok(form?.[1] && form[2], 'logout form with xsrf');
    const confirmed = await browser.request(form[1], { form: { xsrf: form[2], logout: 'yes' } });
    assert.equal(confirmed.status, 303);
    const back = new URL(confirmed.headers.get('location') ?? '');
    assert.equal(`${back.origin}${back.pathname}`, 'http://localhost:5173/signed-out');
    assert.equal(back.searchParams.get('state'), 'bye-123');

    await assertUnauthenticated(await me(sandbox.url, tokens.accessToken), true);
    const refresh = await tokenRequest(sandbox.url, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
    assert.equal(refresh.status, 400);
    // The browser is signed out: the next authorization request shows the login page again.
    const next = authorizationRequest(sandbox.url);
    const landed = await follow(browser, await browser.request(next.url), next.url);
    assert.equal(landed.response.status, 200);
    assert.match(landed.url, /\/oidc\/interaction\//);
  });

  it('re-shows the login page with an error for an account that does not exist', async () => {
    const browser = new Browser(sandbox.url);
    const request = authorizationRequest(sandbox.url, { uiLocales: 'en' });
    const page = await follow(browser, await browser.request(request.url), request.url);
    const action = accountFormAction(await page.response.text(), 'citizen-an');
    assert.ok(action);
    const refused = await browser.request(new URL(action, page.url).href, { form: { account: '<script>x</script>' } });
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.ok(html.includes('No such account'));
    assert.ok(!html.includes('<script>x'), 'nothing from the request is echoed unescaped');
    // The interaction is still usable afterwards.
    const callback = await follow(browser, await browser.request(new URL(action, page.url).href, { form: { account: 'citizen-an' } }), page.url);
    assert.ok(callback.url.startsWith(TEST_REDIRECT_URI));
    assert.equal(new URL(callback.url).searchParams.get('state'), request.state);
  });

  it('revokes an access token at the revocation endpoint', async () => {
    const tokens = await signIn(sandbox.url, 'citizen-chau');
    const revoked = await fetch(`${sandbox.url}/oidc/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:5173' },
      body: new URLSearchParams({ client_id: 'dvc-test', token: tokens.accessToken }).toString(),
    });
    assert.equal(revoked.status, 200);
    assert.equal(revoked.headers.get('access-control-allow-origin'), 'http://localhost:5173', 'CORS for agency pages');
    await assertUnauthenticated(await me(sandbox.url, tokens.accessToken), true);
  });

  it('sends access_denied back to the client when the user cancels', async () => {
    const browser = new Browser(sandbox.url);
    const request = authorizationRequest(sandbox.url);
    const page = await follow(browser, await browser.request(request.url), request.url);
    const html = await page.response.text();
    const abort = /<form method="post" action="([^"]+\/abort)"/.exec(html)?.[1];
    assert.ok(abort, 'cancel button');
    const back = await follow(browser, await browser.request(new URL(abort, page.url).href, { form: {} }), page.url);
    const params = new URL(back.url).searchParams;
    assert.ok(back.url.startsWith(TEST_REDIRECT_URI));
    assert.equal(params.get('error'), 'access_denied');
    assert.equal(params.get('state'), request.state);
  });

  it('refuses an authorization request without PKCE, with plain PKCE, or without state or nonce', async () => {
    const missing = await refusedAuthorization(sandbox.url, { code_challenge: undefined, code_challenge_method: undefined });
    assert.equal(missing.get('error'), 'invalid_request');
    assert.match(missing.get('error_description') ?? '', /PKCE/);

    const plain = await refusedAuthorization(sandbox.url, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' });
    assert.equal(plain.get('error'), 'invalid_request');

    const noState = await refusedAuthorization(sandbox.url, { state: undefined });
    assert.equal(noState.get('error'), 'invalid_request');
    assert.match(noState.get('error_description') ?? '', /state/);

    const noNonce = await refusedAuthorization(sandbox.url, { nonce: undefined });
    assert.equal(noNonce.get('error'), 'invalid_request');
    assert.match(noNonce.get('error_description') ?? '', /nonce/);
  });

  it('refuses an unknown redirect_uri with an error page, never a redirect', async () => {
    for (const redirectUri of ['https://evil.example/callback', 'http://127.0.0.1.evil.example/cb']) {
      const request = authorizationRequest(sandbox.url, {}, { redirect_uri: redirectUri });
      const response = await fetch(request.url, { redirect: 'manual' });
      assert.equal(response.status, 400, redirectUri);
      assert.equal(response.headers.get('location'), null);
      const html = await response.text();
      assert.match(html, /redirect_uri/);
      assert.ok(!html.includes('<script'), 'error page is plain HTML');
    }
  });

  it('refuses a wrong code_verifier, and a replayed code (revoking what the code gave)', async () => {
    const browser = new Browser(sandbox.url);
    const request = authorizationRequest(sandbox.url);
    const code = (await authorize(browser, request, 'citizen-an')).searchParams.get('code') ?? '';
    const wrong = await tokenRequest(sandbox.url, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: TEST_REDIRECT_URI,
      code_verifier: `${request.codeVerifier.slice(0, -1)}x`,
    });
    assert.equal(wrong.status, 400);
    assert.equal(((await wrong.json()) as { error: string }).error, 'invalid_grant');

    const browser2 = new Browser(sandbox.url);
    const request2 = authorizationRequest(sandbox.url);
    const code2 = (await authorize(browser2, request2, 'citizen-an')).searchParams.get('code') ?? '';
    const exchange = () =>
      tokenRequest(sandbox.url, {
        grant_type: 'authorization_code',
        code: code2,
        redirect_uri: TEST_REDIRECT_URI,
        code_verifier: request2.codeVerifier,
      });
    const first = await exchange();
    assert.equal(first.status, 200);
    const { access_token: accessToken } = (await first.json()) as { access_token: string };
    assert.equal((await me(sandbox.url, accessToken)).status, 200);
    const replay = await exchange();
    assert.equal(replay.status, 400);
    assert.equal(((await replay.json()) as { error: string }).error, 'invalid_grant');
    await assertUnauthenticated(await me(sandbox.url, accessToken), true);
  });

  it('answers /me without a token, with a tampered one or an expired one with 401 problem+json', async () => {
    await assertUnauthenticated(await me(sandbox.url), false);
    await assertUnauthenticated(await me(sandbox.url, 'not-a-token'), true);
    const tokens = await signIn(sandbox.url, 'business-song-hong');
    const last = tokens.accessToken.at(-1) === 'A' ? 'B' : 'A';
    await assertUnauthenticated(await me(sandbox.url, `${tokens.accessToken.slice(0, -1)}${last}`), true);
    const basic = await fetch(`${sandbox.url}/api/v1/me`, { headers: { authorization: `Basic ${tokens.accessToken}` } });
    assert.equal(basic.status, 401);

    assert.equal((await me(sandbox.url, tokens.accessToken)).status, 200);
    const past = new Date(Date.now() - 60_000);
    await sandbox.deps.db.query(
      `UPDATE oidc_models SET expires_at = $2, payload = jsonb_set(payload, '{exp}', to_jsonb($3::bigint))
       WHERE model = 'AccessToken' AND id = $1`,
      [tokens.accessToken, past.toISOString(), Math.floor(past.getTime() / 1000)],
    );
    await assertUnauthenticated(await me(sandbox.url, tokens.accessToken), true);
  });

  it('keeps sign-ins across a restart on the same data folder', async () => {
    const tokens = await signIn(sandbox.url, 'citizen-an');
    const port = new URL(sandbox.url).port;
    const keysBefore = await (await fetch(`${sandbox.url}/oidc/jwks`)).text();
    await sandbox.close();
    sandbox = await startSandbox({ port: Number(port), dataDir, officerSpeed: 0 });

    assert.equal(await (await fetch(`${sandbox.url}/oidc/jwks`)).text(), keysBefore, 'same signing keys');
    const response = await me(sandbox.url, tokens.accessToken);
    assert.equal(response.status, 200);
    assert.equal((await checkedJson<{ sub: string }>(response)).sub, 'citizen-an');
    const refreshed = await tokenRequest(sandbox.url, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
    assert.equal(refreshed.status, 200);
  });
});
