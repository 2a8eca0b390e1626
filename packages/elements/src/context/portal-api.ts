import type { Me } from '@dvc-kit/spec';

/** A signed-in session as the elements see it: who, and until when. Tokens stay inside the auth module. */
export interface Session {
  me: Me;
  /** ISO 8601 time the session ends, when known. */
  expiresAt: string | null;
}

/** Why a session ended. */
export type SessionEndReason = 'signed-out' | 'expired';

/** How `<dvc-login>` sends the person to the e-ID provider. */
export type SignInMode = 'redirect' | 'popup';

/**
 * Sign-in as the elements need it, whatever runs it underneath: the client's
 * public-client OIDC (code + PKCE in the browser) or its BFF mode (a backend
 * holds the tokens; the browser only has a cookie). `authFromClient()` in
 * `auth-adapter.ts` builds one from `@dvc-kit/client/auth`.
 *
 * Failures reject with an Error whose `code` is one of
 * 'provider_unreachable' | 'cancelled' | 'expired' (see AuthErrorCode).
 */
export interface AuthApi {
  /** The current session, or null when signed out. Cheap: no network. */
  readonly session: Session | null;
  /**
   * Starts sign-in. In 'redirect' mode the page navigates away and the promise
   * never settles; in 'popup' mode it resolves with the new session.
   */
  signIn(options: { mode: SignInMode; locale?: string }): Promise<Session | null>;
  /** Ends the session (and at the provider, when it supports logout). */
  signOut(): Promise<void>;
  /**
   * Calls `listener` on every session change; returns the unsubscribe function.
   * `reason` says why a session ended, when known ('expired' shows the expiry message).
   */
  subscribe(listener: (session: Session | null, reason?: SessionEndReason) => void): () => void;
}

/** Options every client call accepts (AbortSignal, idempotency key). */
export type { CallOptions } from '@dvc-kit/client';
