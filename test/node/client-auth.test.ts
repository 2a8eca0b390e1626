// Sign-in against the sandbox's OpenID provider: the browser sign-in
// (@dvc-kit/client/auth, driven here without a browser) and the BFF mode.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPortalClient, isPortalError } from '@dvc-kit/client';
import { createSignIn, MemoryStorage, type SessionChange } from '@dvc-kit/client/auth';
import { createBffHandler, toNodeListener } from '@dvc-kit/client/bff';
import { authorize, Browser, TEST_CLIENT_ID, TEST_REDIRECT_URI, tokenRequest } from '../../packages/sandbox/test/helpers/sign-in.js';
import { createUploader } from '@dvc-kit/client/uploads';
import { pdfBlob, startTestSandbox, type TestSandbox } from './client-support.js';

let sandbox: TestSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(async () => {
  await sandbox?.close();
});

/** Plays the user at the provider: log in as `sub`, return where the provider sends the browser back. */
async function loginAt(authorizationUrl: string, sub: string, browser = new Browser(sandbox.url)): Promise<URL> {
  return authorize(browser, { url: authorizationUrl, state: '', nonce: '', codeVerifier: '' }, sub);
}

function newSignIn(extra: { acrValues?: string } = {}) {
  return createSignIn({
    issuer: `${sandbox.url}/oidc`,
    clientId: TEST_CLIENT_ID,
    redirectUri: TEST_REDIRECT_URI,
    postLogoutRedirectUri: 'http://127.0.0.1/dvc-test/signed-out',
    scope: 'openid profile email phone',
    uiLocales: 'vi',
    allowInsecureRequests: true, // the sandbox is http on 127.0.0.1
    transactionStorage: new MemoryStorage(),
    ...extra,
  });
}

describe('browser sign-in', () => {
  test('code + PKCE S256 with state and nonce, acr_values and ui_locales; the token works with the client', async () => {
    const signIn = newSignIn({ acrValues: 'LoA2' });
    const changes: SessionChange[] = [];
    signIn.onSessionChange((change) => changes.push(change));

    const url = await signIn.createAuthorizationUrl({ returnTo: '/ho-so' });
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.match(url.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok(url.searchParams.get('state'));
    assert.ok(url.searchParams.get('nonce'));
    assert.equal(url.searchParams.get('acr_values'), 'LoA2');
    assert.equal(url.searchParams.get('ui_locales'), 'vi');

    const callback = await loginAt(url.href, 'citizen-an');
    const { session, returnTo } = await signIn.handleCallback(callback);
    assert.equal(returnTo, '/ho-so');
    assert.equal(session.sub, 'citizen-an');
    assert.equal(session.acr, 'LoA2');
    assert.deepEqual(changes.map((c) => c.reason), ['signed-in']);

    // The state is single-use: replaying the callback fails.
    await assert.rejects(signIn.handleCallback(callback), /state/);

    const client = createPortalClient({ baseUrl: sandbox.url, auth: signIn });
    assert.equal((await client.me.get()).sub, 'citizen-an');
  });

  test('a callback with a forged state or a wrong code is refused', async () => {
    const signIn = newSignIn();
    const url = await signIn.createAuthorizationUrl();
    const callback = await loginAt(url.href, 'citizen-binh');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    await assert.rejects(signIn.handleCallback(forged));
    // The pending attempt for the real state is still there and still works once.
    const { session } = await signIn.handleCallback(callback);
    assert.equal(session.sub, 'citizen-binh');

    const other = newSignIn();
    const url2 = await other.createAuthorizationUrl();
    const callback2 = await loginAt(url2.href, 'citizen-binh');
    const badCode = new URL(callback2);
    badCode.searchParams.set('code', 'not-a-code');
    await assert.rejects(other.handleCallback(badCode));
    assert.equal(other.session, null);
  });

  test('refresh rotates the refresh token; a 401 makes the client refresh once', async () => {
    const signIn = newSignIn();
    const callback = await loginAt((await signIn.createAuthorizationUrl()).href, 'citizen-chau');
    await signIn.handleCallback(callback);
    const firstAccess = await signIn.getAccessToken();
    const reasons: string[] = [];
    signIn.onSessionChange((c) => reasons.push(c.reason));

    const refreshed = await signIn.refreshAccessToken();
    assert.ok(refreshed && refreshed !== firstAccess);
    assert.deepEqual(reasons, ['refreshed']);

    // The client sends a revoked-looking token first, gets 401, refreshes, succeeds.
    let calls = 0;
    const client = createPortalClient({
      baseUrl: sandbox.url,
      auth: {
        getAccessToken: () => (calls++ === 0 ? 'garbage' : signIn.getAccessToken()),
        refreshAccessToken: () => signIn.refreshAccessToken(),
      },
    });
    assert.equal((await client.me.get()).sub, 'citizen-chau');
    assert.deepEqual(reasons, ['refreshed', 'refreshed']);
  });

  test('sign-out gives the end-session URL with id_token_hint and ends the session', async () => {
    const signIn = newSignIn();
    await signIn.handleCallback(await loginAt((await signIn.createAuthorizationUrl()).href, 'citizen-an'));
    const idToken = signIn.idToken;
    assert.ok(idToken);

    const end = await signIn.signOut({ redirect: false });
    assert.ok(end);
    assert.equal(end.searchParams.get('id_token_hint'), idToken);
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), 'http://127.0.0.1/dvc-test/signed-out');
    assert.equal(signIn.session, null);
    assert.equal(await signIn.getAccessToken(), null);
    const end2 = await fetch(end, { redirect: 'manual' });
    assert.ok(end2.status < 500, `end_session answered ${end2.status}`);
  });
});

describe('token persistence', () => {
  test('memory by default; persist: session survives a reload of the tab; localStorage is never touched', async () => {
    const session = new Map<string, string>();
    const fakeSession = {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => void session.set(k, v),
      removeItem: (k: string) => void session.delete(k),
    };
    const globals = globalThis as Record<string, unknown>;
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('localStorage must not be used');
      },
    });
    globals.sessionStorage = fakeSession;
    try {
      const inMemory = newSignIn();
      await inMemory.handleCallback(await loginAt((await inMemory.createAuthorizationUrl()).href, 'citizen-an'));
      assert.equal(session.size, 0, 'memory mode writes no tokens');

      const persisted = createSignIn({
        issuer: `${sandbox.url}/oidc`, clientId: TEST_CLIENT_ID, redirectUri: TEST_REDIRECT_URI,
        allowInsecureRequests: true, persist: 'session',
      });
      await persisted.handleCallback(await loginAt((await persisted.createAuthorizationUrl()).href, 'citizen-binh'));
      assert.equal(session.size, 1);
      const reloaded = createSignIn({
        issuer: `${sandbox.url}/oidc`, clientId: TEST_CLIENT_ID, redirectUri: TEST_REDIRECT_URI,
        allowInsecureRequests: true, persist: 'session',
      });
      assert.equal(reloaded.session?.sub, 'citizen-binh');
      const client = createPortalClient({ baseUrl: sandbox.url, auth: reloaded });
      assert.equal((await client.me.get()).sub, 'citizen-binh');
      await reloaded.signOut({ redirect: false });
      assert.equal(session.size, 0);
    } finally {
      delete globals.sessionStorage;
      delete globals.localStorage;
    }
  });
});

describe('BFF', () => {
  test('login, callback, session cookie, proxied API calls, CSRF refusal, logout', async () => {
    const bff = createBffHandler({
      oidc: {
        issuer: `${sandbox.url}/oidc`,
        clientId: TEST_CLIENT_ID,
        redirectUri: TEST_REDIRECT_URI,
        postLogoutRedirectUri: 'http://127.0.0.1/dvc-test/signed-out',
        scope: 'openid profile',
        allowInsecureRequests: true,
      },
      portalBaseUrl: sandbox.url,
      acrValues: 'LoA1',
    });
    const agency = 'http://127.0.0.1';

    const login = await bff(new Request(`${agency}/bff/login?returnTo=/trang-ca-nhan&lang=en`));
    assert.equal(login.status, 302);
    const loginCookie = login.headers.getSetCookie()[0]!;
    assert.match(loginCookie, /HttpOnly/);
    assert.match(loginCookie, /SameSite=Lax/);
    const authorizeUrl = new URL(login.headers.get('location')!);
    assert.equal(authorizeUrl.searchParams.get('ui_locales'), 'en');
    assert.equal(authorizeUrl.searchParams.get('acr_values'), 'LoA1');

    const callbackUrl = await loginAt(authorizeUrl.href, 'citizen-an');
    const back = await bff(new Request(callbackUrl, { headers: { cookie: loginCookie.split(';')[0]! } }));
    assert.equal(back.status, 302, await back.clone().text());
    assert.equal(back.headers.get('location'), '/trang-ca-nhan');
    const sessionCookie = back.headers.getSetCookie().find((c) => c.startsWith('dvc_session='))!;
    assert.match(sessionCookie, /HttpOnly/);
    const cookie = sessionCookie.split(';')[0]!;
    assert.doesNotMatch(cookie, /eyJ/, 'no token in the cookie');

    // Serve it over real HTTP, as an agency backend would.
    const server = createServer(toNodeListener(bff));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const info = await (await fetch(`${origin}/bff/session`, { headers: { cookie } })).json();
      assert.equal(info.signedIn, true);
      assert.equal(info.sub, 'citizen-an');
      assert.equal(JSON.stringify(info).includes('eyJ'), false);

      // The browser-side client talks to the BFF only, with the cookie.
      const withCookie: typeof fetch = (input, init) => {
        const request = new Request(input, init);
        request.headers.set('cookie', cookie);
        return fetch(request);
      };
      const client = createPortalClient({ baseUrl: `${origin}/bff`, fetch: withCookie });
      assert.equal((await client.me.get()).sub, 'citizen-an');
      const draft = await client.dossiers.create({ procedureCode: '1.001193' });
      assert.equal(draft.status, 'draft');

      // tus through the BFF: Location is rewritten to stay on the BFF.
      const uploader = createUploader({ baseUrl: `${origin}/bff`, fetch: withCookie, chunkSize: 32 * 1024, storage: 'memory' });
      const uploaded = await uploader.upload(pdfBlob(2 * 32 * 1024 + 7, 4), { dossierId: draft.id, componentId: 'c1', filename: 'qua-bff.pdf' }).done;
      assert.ok(uploaded.url.startsWith(`${origin}/bff/api/v1/uploads/`), uploaded.url);
      const attached = await client.dossiers.attach(draft.id, { componentId: 'c1', uploadId: uploaded.uploadId });
      assert.equal(attached.components.find((c) => c.componentId === 'c1')?.files[0]?.sha256, uploaded.sha256);

      const anonymous = createPortalClient({ baseUrl: `${origin}/bff` });
      await assert.rejects(anonymous.me.get(), (e: unknown) => isPortalError(e, 'unauthenticated'));

      const csrf = await fetch(`${origin}/bff/api/v1/dossiers`, {
        method: 'POST',
        headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json', 'idempotency-key': 'x' },
        body: JSON.stringify({ procedureCode: '1.001193' }),
      });
      assert.equal(csrf.status, 403);

      const out = await fetch(`${origin}/bff/logout`, { method: 'POST', headers: { cookie, origin } });
      const { endSessionUrl } = await out.json();
      assert.ok(new URL(endSessionUrl).searchParams.get('id_token_hint'));
      assert.match(out.headers.getSetCookie()[0] ?? '', /Max-Age=0/);
      const after = await (await fetch(`${origin}/bff/session`, { headers: { cookie } })).json();
      assert.equal(after.signedIn, false);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  test('an expired access token is refreshed server side; an unknown callback is refused', async () => {
    const bff = createBffHandler({
      oidc: { issuer: `${sandbox.url}/oidc`, clientId: TEST_CLIENT_ID, redirectUri: TEST_REDIRECT_URI, allowInsecureRequests: true },
      portalBaseUrl: sandbox.url,
    });
    const login = await bff(new Request('http://127.0.0.1/bff/login'));
    const callbackUrl = await loginAt(login.headers.get('location')!, 'citizen-binh');
    const back = await bff(new Request(callbackUrl, { headers: { cookie: login.headers.getSetCookie()[0]!.split(';')[0]! } }));
    const cookie = back.headers.getSetCookie().find((c) => c.startsWith('dvc_session='))!.split(';')[0]!;
    const sessionId = decodeURIComponent(cookie.split('=')[1]!);

    const stored = (await bff.store.get(sessionId))!;
    const oldRefresh = stored.tokens.refreshToken;
    await bff.store.set(sessionId, { ...stored, tokens: { ...stored.tokens, expiresAt: Date.now() - 1 } }, 60);
    const me = await bff(new Request('http://127.0.0.1/bff/api/v1/me', { headers: { cookie } }));
    assert.equal(me.status, 200);
    assert.equal((await me.json()).sub, 'citizen-binh');
    const rotated = (await bff.store.get(sessionId))!.tokens;
    assert.notEqual(rotated.refreshToken, oldRefresh);
    assert.ok(rotated.expiresAt > Date.now());
    // Rotation: the provider refuses the old refresh token now.
    const reuse = await tokenRequest(sandbox.url, { grant_type: 'refresh_token', refresh_token: oldRefresh! });
    assert.equal(reuse.status, 400);

    const stray = await bff(new Request(callbackUrl));
    assert.equal(stray.status, 400);
  });
});
