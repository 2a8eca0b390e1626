/**
 * `@dvc-kit/client/auth`: sign-in with the portal's OpenID provider (e-ID) in
 * the browser: code flow + PKCE S256, redirect or popup, refresh rotation,
 * sign-out with `id_token_hint`. Tokens stay in memory unless you opt in to
 * sessionStorage. For tokens held by your backend instead, see `@dvc-kit/client/bff`.
 *
 * @packageDocumentation
 */
export { createSignIn, PortalSignIn, completePopupSignIn } from './sign-in.js';
export type { SignInOptions, Session, SessionChange, SessionChangeReason, CallbackResult } from './sign-in.js';
export type { OidcClientConfig, AuthorizationOptions, TokenSet, OidcContext, PendingAuthorization } from './oidc.js';
export { MemoryStorage } from './storage.js';
export type { KeyValueStorage } from './storage.js';
