/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { createPortalClient } from '@dvc-kit/client';
import type { PortalSignIn } from '@dvc-kit/client/auth';
import { authFromBff, authFromSignIn, type SignInLike } from './auth-adapter.js';
import type { Session, SessionEndReason } from './portal-api.js';
import { createFakePortal, FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';
import { CITIZEN } from '@dvc-kit/testing/fake-people';

// Compile-time: the client's real sign-in fits the adapter's structural interface.
const fits: (s: PortalSignIn) => SignInLike = (s) => s;
void fits;

type Change = { session: { sub: string; expiresAt: number } | null; reason: string };

class FakeSignIn implements SignInLike {
  session: { sub: string; expiresAt: number } | null = null;
  popupResult: 'ok' | 'closed' | 'blocked' | 'offline' = 'ok';
  private listener: ((c: Change) => void) | null = null;
  async signInWithRedirect(): Promise<void> {}
  async signInWithPopup() {
    if (this.popupResult === 'closed') throw new Error('the sign-in popup was closed');
    if (this.popupResult === 'blocked') throw new Error('the browser blocked the sign-in popup');
    if (this.popupResult === 'offline') throw new TypeError('Failed to fetch');
    this.session = { sub: CITIZEN.sub, expiresAt: Date.now() + 3600_000 };
    this.listener?.({ session: this.session, reason: 'signed-in' });
    return this.session;
  }
  async signOut() {
    this.session = null;
    this.listener?.({ session: null, reason: 'signed-out' });
    return null;
  }
  onSessionChange(listener: (c: Change) => void) {
    this.listener = listener;
    return () => (this.listener = null);
  }
  expire() {
    this.session = null;
    this.listener?.({ session: null, reason: 'expired' });
  }
}

describe('authFromSignIn (public-client mode)', () => {
  it('signs in with a popup, loads /me, reports expiry and sign-out', async () => {
    const portal = createFakePortal({ me: CITIZEN });
    const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
    const signIn = new FakeSignIn();
    const auth = authFromSignIn(signIn, client, { providerLogout: false });
    const seen: Array<[Session | null, SessionEndReason | undefined]> = [];
    auth.subscribe((s, r) => seen.push([s, r]));
    const session = await auth.signIn({ mode: 'popup', locale: 'vi' });
    expect(session?.me.name).to.equal('Lê Thị Hoa');
    await waitUntil(() => seen.length > 0);
    expect(auth.session?.me.idNumber).to.equal('038190001234');
    signIn.expire();
    expect(seen.at(-1)).to.deep.equal([null, 'expired']);
  });

  it('maps failures to the codes the element shows', async () => {
    const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal().fetch });
    const signIn = new FakeSignIn();
    const auth = authFromSignIn(signIn, client);
    for (const [result, code] of [['closed', 'cancelled'], ['blocked', 'popup_blocked'], ['offline', 'provider_unreachable']] as const) {
      signIn.popupResult = result;
      const error = await auth.signIn({ mode: 'popup' }).then(() => null, (e: unknown) => e as { code: string });
      expect(error?.code).to.equal(code);
    }
  });
});

describe('authFromBff (backend-for-frontend mode)', () => {
  it('reads the cookie session from the BFF and the person from /me through it', async () => {
    const portal = createFakePortal({ me: CITIZEN });
    portal.routes.push((req, url) =>
      url.pathname === '/bff/session'
        ? new Response(JSON.stringify({ signedIn: true, sub: CITIZEN.sub, expiresAt: '2030-01-01T00:00:00Z' }), { headers: { 'content-type': 'application/json' } })
        : url.pathname === '/bff/logout' && req.method === 'POST'
          ? new Response(JSON.stringify({ endSessionUrl: null }), { headers: { 'content-type': 'application/json' } })
          : undefined,
    );
    const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch });
    const auth = authFromBff({ bffBase: `${FAKE_PORTAL_BASE}/bff`, client, fetch: portal.fetch });
    await waitUntil(() => auth.session !== null);
    expect(auth.session!.me.name).to.equal('Lê Thị Hoa');
    expect(auth.session!.expiresAt).to.equal('2030-01-01T00:00:00Z');
    const ended: Array<SessionEndReason | undefined> = [];
    auth.subscribe((s, r) => s === null && ended.push(r));
    await auth.signOut();
    expect(auth.session).to.equal(null);
    expect(ended).to.deep.equal(['signed-out']);
  });
});
