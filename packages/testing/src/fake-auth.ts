import type { AuthApi, Session, SignInMode } from '@dvc-kit/elements';

/**
 * The in-memory AuthApi of tests and stories: sign-in resolves (or fails with
 * a chosen code) after an optional delay, without any network. `fakeAuth()` in
 * fake-dossiers.ts makes one signed in as the dossier fixtures' person.
 * (`FakeSignIn` in fake-sign-in.ts is a layer lower: a stand-in for the client's
 * PortalSignIn, run through the real authFromSignIn() adapter.)
 */
export class FakeAuth implements AuthApi {
  session: Session | null;
  /** Next sign-in fails with this code when set. */
  failWith: 'provider_unreachable' | 'cancelled' | 'expired' | null = null;
  /** Milliseconds sign-in takes; 0 = the next task. Infinity = never settles (a redirect in progress). */
  delayMs = 0;
  readonly calls: Array<{ mode: SignInMode; locale?: string }> = [];
  private readonly listeners = new Set<(session: Session | null) => void>();

  constructor(
    private readonly signInAs: Session,
    initial: Session | null = null,
  ) {
    this.session = initial;
  }

  async signIn(options: { mode: SignInMode; locale?: string } = { mode: 'popup' }): Promise<Session | null> {
    this.calls.push(options);
    if (this.delayMs === Infinity) return new Promise<never>(() => {});
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failWith) {
      throw Object.assign(new Error(this.failWith), { code: this.failWith });
    }
    this.set(this.signInAs);
    return this.signInAs;
  }

  async signOut(): Promise<void> {
    this.set(null);
  }

  subscribe(listener: (session: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the session as if the auth layer had (e.g. expiry, another tab). */
  set(session: Session | null): void {
    this.session = session;
    this.listeners.forEach((l) => l(session));
  }
}
