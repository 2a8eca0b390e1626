import type { Me, Procedure, ProcedureSearchParams, ProcedureSearchResult } from './api-types.js';

/** Options every call accepts: an AbortSignal so a stale request can be dropped. */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The part of the portal client the catalog elements use. `@dvc-kit/client`'s
 * `createPortalClient()` result is adapted to it in `client-adapter.ts`;
 * tests may pass any object of this shape.
 */
export interface CatalogApi {
  searchProcedures(params: ProcedureSearchParams, options?: CallOptions): Promise<ProcedureSearchResult>;
  getProcedure(code: string, options?: CallOptions): Promise<Procedure>;
}

/** A signed-in session as the elements see it: who, and until when. Tokens stay inside the auth module. */
export interface Session {
  me: Me;
  /** ISO 8601 time the session ends, when known. */
  expiresAt: string | null;
}

/** How `<dvc-login>` sends the person to the e-ID provider. */
export type SignInMode = 'redirect' | 'popup';

/**
 * Sign-in as the elements need it, whatever runs it underneath: the client's
 * public-client OIDC (code + PKCE in the browser) or its BFF mode (a backend
 * holds the tokens; the browser only has a cookie).
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
  /** Calls `listener` on every session change; returns the unsubscribe function. */
  subscribe(listener: (session: Session | null) => void): () => void;
}

/** Everything an element may need from the portal. Each part is optional: an element uses what it needs. */
export interface PortalApi {
  catalog?: CatalogApi;
  auth?: AuthApi;
}
