/// <reference types="mocha" />
// The browser sign-in against the sandbox's real OpenID provider, in Chromium: the user signs in
// in a popup by choosing a test account on the provider's page, the session is used with the
// portal API, refreshed, then ended here and at the provider.
import { expect } from '@open-wc/testing';
import { createPortalClient, isPortalError } from '../index.js';
import { createSignIn, MemoryStorage, type KeyValueStorage, type SessionChange, type SignInOptions } from '../auth/index.js';
import { throughPopup } from './popup-user.js';
import { recordTokenAnswers } from './token-wire.js';

declare global {
  interface Window {
    __DVC_SANDBOX_URL__: string;
  }
}

const sandbox = window.__DVC_SANDBOX_URL__;
// On this page's own origin (a loopback port the sandbox accepts for any client), as the popup
// flow requires: the callback page hands its URL to the opener only within one origin.
const REDIRECT_URI = new URL('popup-callback.html', import.meta.url).href;
const SIGNED_OUT_URI = new URL('popup-signed-out.html', import.meta.url).href;
const CITIZEN = { sub: 'citizen-an', name: 'Nguyễn Văn An' };

function newSignIn(extra: Partial<SignInOptions> = {}) {
  return createSignIn({
    issuer: `${sandbox}/oidc`,
    clientId: 'dvc-test',
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: SIGNED_OUT_URI,
    scope: 'openid profile',
    uiLocales: 'vi',
    allowInsecureRequests: true, // the sandbox is plain http on 127.0.0.1
    ...extra,
  });
}

function apiWithToken(token: string) {
  return createPortalClient({ baseUrl: sandbox, auth: () => token });
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal, got a result');
}

/** The keys of Web Storage entries whose value contains `secret`. */
function webStorageKeysHolding(secret: string): string[] {
  const keys: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      if ((storage.getItem(key) ?? '').includes(secret)) keys.push(key);
    }
  }
  return keys;
}

describe('popup sign-in with the sandbox provider', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('signs in in a popup, calls the API, refreshes, and signs out here and at the provider', async () => {
    const wire = recordTokenAnswers();
    const signIn = newSignIn({ fetch: wire.fetch });
    const changes: SessionChange[] = [];
    signIn.onSessionChange((change) => changes.push(change));
    const api = createPortalClient({ baseUrl: sandbox, auth: signIn });

    // Sign in: the provider's login page in the popup, the user picks an account.
    const { clickedAt, visited, result: session } = await throughPopup(() => signIn.signInWithPopup(), { button: CITIZEN.name });
    expect(clickedAt ?? '', 'where the account was chosen').to.match(new RegExp(`^${sandbox}/oidc/interaction/`));
    const callback = new URL(visited.at(-1) ?? '');
    expect(callback.origin + callback.pathname).to.equal(REDIRECT_URI);
    expect(callback.searchParams.get('code')).to.match(/\S/);
    expect(session.sub).to.equal(CITIZEN.sub);
    expect(session.acr).to.equal('LoA2');
    expect(session.claims.name).to.equal(CITIZEN.name);
    expect(changes.map((c) => [c.reason, c.session?.sub])).to.deep.equal([['signed-in', CITIZEN.sub]]);

    const firstAccess = await signIn.getAccessToken();
    if (!firstAccess) throw new Error('no access token after sign-in');
    const me = await api.me.get();
    expect([me.sub, me.name]).to.deep.equal([CITIZEN.sub, CITIZEN.name]);

    // The state is single-use: the provider's callback, replayed, is refused and changes nothing.
    const replay = await refusal(signIn.handleCallback(callback));
    expect(String(replay)).to.match(/state/);
    expect(signIn.session?.sub).to.equal(CITIZEN.sub);
    expect(changes).to.have.length(1);

    // Refresh: a new access token that works, and a rotated refresh token.
    const refreshed = await signIn.refreshAccessToken();
    if (!refreshed) throw new Error(`refresh failed: ${JSON.stringify(changes.at(-1))}`);
    expect(refreshed).not.to.equal(firstAccess);
    expect(await signIn.getAccessToken()).to.equal(refreshed);
    expect(changes.map((c) => c.reason)).to.deep.equal(['signed-in', 'refreshed']);
    expect((await apiWithToken(refreshed).me.get()).sub).to.equal(CITIZEN.sub);
    const [issued, rotated] = wire.answers;
    expect([issued?.grantType, rotated?.grantType]).to.deep.equal(['authorization_code', 'refresh_token']);
    expect(rotated?.accessToken).to.equal(refreshed);
    expect(rotated?.refreshToken).to.match(/\S/);
    expect(rotated?.refreshToken).not.to.equal(issued?.refreshToken);
    const lastRefreshToken = rotated?.refreshToken ?? '';

    // Sign out here: the session is gone from the page at once.
    const idToken = signIn.idToken;
    if (!idToken) throw new Error('no ID token to hint the provider with');
    const end = await signIn.signOut({ redirect: false });
    if (!end) throw new Error('the provider has no end-session endpoint');
    expect(end.href.startsWith(`${sandbox}/oidc/`)).to.equal(true);
    expect(end.searchParams.get('id_token_hint')).to.equal(idToken);
    expect(end.searchParams.get('post_logout_redirect_uri')).to.equal(SIGNED_OUT_URI);
    expect(changes.map((c) => c.reason)).to.deep.equal(['signed-in', 'refreshed', 'signed-out']);
    expect(changes.at(-1)?.session).to.equal(null);
    expect(signIn.session).to.equal(null);
    expect(signIn.idToken).to.equal(null);
    expect(await signIn.getAccessToken()).to.equal(null);
    const anonymous = await refusal(api.me.get());
    expect(isPortalError(anonymous, 'unauthenticated') && anonymous.status).to.equal(401);
    // The page forgot its tokens, but the provider's session (and the tokens it issued) still stand...
    expect((await apiWithToken(refreshed).me.get()).sub).to.equal(CITIZEN.sub);

    // ...until the end-session URL is visited. signOut() would send this page there; a test page
    // cannot leave, so the user visits it in a popup and confirms on the provider's page.
    const signingOut = await throughPopup(
      async () => {
        if (!window.open(end.href, 'dvc-sign-out', 'popup')) throw new Error('the sign-out popup was blocked');
      },
      { button: 'Đăng xuất', until: SIGNED_OUT_URI },
    );
    expect(signingOut.clickedAt ?? '', 'where sign-out was confirmed').to.match(new RegExp(`^${sandbox}/oidc/session/end`));
    expect(signingOut.visited.at(-1)).to.equal(SIGNED_OUT_URI);
    const revoked = await refusal(apiWithToken(refreshed).me.get());
    expect(isPortalError(revoked, 'unauthenticated') && revoked.status).to.equal(401);
    const refreshAfterLogout = await fetch(`${sandbox}/oidc/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: lastRefreshToken, client_id: 'dvc-test' }),
    });
    expect(refreshAfterLogout.status).to.equal(400);
    expect(((await refreshAfterLogout.json()) as { error?: string }).error).to.equal('invalid_grant');

    // Tokens never touched localStorage, nor (memory mode) sessionStorage.
    expect(localStorage.length).to.equal(0);
    const secrets = [idToken, ...wire.answers.flatMap((a) => [a.accessToken ?? '', a.refreshToken ?? ''])].filter(Boolean);
    expect(secrets).to.have.length(5);
    expect(secrets.flatMap(webStorageKeysHolding)).to.deep.equal([]);
  });

  // The provider's answer belongs to another attempt than the one the page remembers: the stored
  // expectation is altered after the authorization URL was built from the real one.
  for (const field of ['state', 'nonce'] as const) {
    it(`refuses a callback whose ${field} is not the one this page sent`, async () => {
      const remembered = new MemoryStorage();
      const altering: KeyValueStorage = {
        getItem: (key) => remembered.getItem(key),
        removeItem: (key) => remembered.removeItem(key),
        setItem: (key, value) => remembered.setItem(key, JSON.stringify({ ...JSON.parse(value), [field]: 'another-attempt' })),
      };
      const wire = recordTokenAnswers();
      // prompt=login: the provider shows its login page even if an earlier test left a session.
      const signIn = newSignIn({ transactionStorage: altering, fetch: wire.fetch, prompt: 'login' });
      const changes: SessionChange[] = [];
      signIn.onSessionChange((change) => changes.push(change));

      const error = await refusal(throughPopup(() => signIn.signInWithPopup(), { button: CITIZEN.name }));
      expect(String(error)).to.match(new RegExp(`"${field}"`));
      expect(signIn.session).to.equal(null);
      expect(await signIn.getAccessToken()).to.equal(null);
      expect(changes).to.deep.equal([]);
      // state is checked before the code is exchanged; nonce once the ID token is in hand.
      expect(wire.answers.map((a) => a.grantType)).to.deep.equal(field === 'state' ? [] : ['authorization_code']);
      expect(localStorage.length).to.equal(0);
    });
  }
  it('ends the sign-in as cancelled when the user closes the popup, with no session', async () => {
    const signIn = newSignIn({ prompt: 'login' });
    const changes: SessionChange[] = [];
    signIn.onSessionChange((change) => changes.push(change));
    const error = await refusal(throughPopup(() => signIn.signInWithPopup(), { userCloses: true }));
    expect(String(error)).to.match(/popup was closed/);
    expect(signIn.session).to.equal(null);
    expect(changes).to.deep.equal([]);
  });

  it('closes the popup it opened when the provider cannot be reached', async () => {
    const signIn = newSignIn({ issuer: `${sandbox}/no-provider-here` });
    // Nothing to click: the command returns once the popup has closed itself, and times out
    // if the client left the empty window open.
    const error = await refusal(throughPopup(() => signIn.signInWithPopup(), {}));
    // The client's own refusal, not the popup command's timeout.
    expect(String(error)).to.not.match(/dvc-sandbox-popup|popup was closed/);
    expect(String(error)).to.match(/404|status/i);
    expect(signIn.session).to.equal(null);
  });
});
