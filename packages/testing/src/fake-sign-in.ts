/**
 * A stand-in for `@dvc-kit/client/auth`'s PortalSignIn, for stories: no
 * provider, no network; sign-in succeeds or fails as the story asks. It goes
 * through the real `authFromSignIn()` adapter and the real client (GET /me
 * answered by the fake portal), so `<dvc-login>` runs its production path.
 */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import type { Me } from '@dvc-kit/spec';
import { authFromSignIn, type AuthApi, type SignInLike } from '@dvc-kit/elements';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal } from './fake-portal.js';

type Outcome = 'ok' | 'cancelled' | 'unreachable' | 'expired-attempt' | 'blocked';
type Change = { session: { sub: string; expiresAt: number } | null; reason: string };

export class FakeSignIn implements SignInLike {
  session: { sub: string; expiresAt: number } | null = null;
  private readonly listeners = new Set<(c: Change) => void>();

  constructor(
    private readonly me: Me,
    public outcome: Outcome = 'ok',
    public latencyMs = 600,
    signedIn = false,
    /** How long a session lasts (ms). */
    private readonly lifetimeMs = 60 * 60_000,
  ) {
    if (signedIn) this.session = { sub: me.sub, expiresAt: Date.now() + lifetimeMs };
  }

  async signInWithRedirect(): Promise<void> {
    // A story cannot leave the page: stay in the "redirecting" state.
    return new Promise(() => {});
  }

  async signInWithPopup() {
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.outcome === 'cancelled') throw new Error('the sign-in popup was closed');
    if (this.outcome === 'blocked') throw new Error('the browser blocked the sign-in popup');
    if (this.outcome === 'unreachable') throw new TypeError('Failed to fetch');
    if (this.outcome === 'expired-attempt') throw new Error('the sign-in attempt is too old');
    this.session = { sub: this.me.sub, expiresAt: Date.now() + this.lifetimeMs };
    this.emit({ session: this.session, reason: 'signed-in' });
    return this.session;
  }

  async signOut() {
    this.session = null;
    this.emit({ session: null, reason: 'signed-out' });
    return null;
  }

  onSessionChange(listener: (c: Change) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ends the session as a refused refresh would. */
  expire(): void {
    this.session = null;
    this.emit({ session: null, reason: 'expired' });
  }

  private emit(change: Change): void {
    this.listeners.forEach((l) => l(change));
  }
}

export interface StoryPortal {
  portal: FakePortal;
  client: PortalClient;
  signIn: FakeSignIn;
  auth: AuthApi;
}

/** A fake portal, the real client over it, and sign-in as `me`. */
export function storyPortal(options: { me: Me; signedIn?: boolean; outcome?: Outcome; lifetimeMs?: number; latencyMs?: number }): StoryPortal {
  const portal = createFakePortal({ me: options.me, latencyMs: options.latencyMs ?? 150 });
  const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
  const signIn = new FakeSignIn(options.me, options.outcome ?? 'ok', 600, options.signedIn ?? false, options.lifetimeMs);
  const auth = authFromSignIn(signIn, client, { providerLogout: false });
  return { portal, client, signIn, auth };
}
