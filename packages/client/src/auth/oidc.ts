// The OpenID Connect steps both sign-in modes share (browser and BFF), on
// oauth4webapi: discovery, authorization URL with PKCE S256 + state + nonce,
// code exchange with every check, refresh with rotation, end-session URL.
import * as oauth from 'oauth4webapi';

/** Settings of one OpenID Connect client registration. */
export interface OidcClientConfig {
  /** Issuer URL, e.g. `https://sandbox.example/oidc`. */
  issuer: string;
  /** Registered client id. */
  clientId: string;
  /** Registered redirect URI that receives the code. */
  redirectUri: string;
  /** Where the provider sends the browser after sign-out (must be registered). */
  postLogoutRedirectUri?: string;
  /** Scopes (default `openid profile`); `openid` is always included. */
  scope?: string;
  /** Client secret for a confidential client (BFF only; never in a browser). */
  clientSecret?: string;
  /** fetch to use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /**
   * Allow `http:` issuers. Only for a local sandbox; production issuers must be https.
   * @defaultValue false
   */
  allowInsecureRequests?: boolean;
}

/** Per-sign-in choices sent with the authorization request. */
export interface AuthorizationOptions {
  /** Requested assurance level(s), e.g. `LoA2` (space separated if several). */
  acrValues?: string;
  /** Preferred languages of the provider's pages, e.g. `vi en`. */
  uiLocales?: string;
  /** `login` to force a fresh sign-in, `none` for a silent check. */
  prompt?: string;
  /** Pre-fills the account on the provider's page. */
  loginHint?: string;
}

/** What must be kept between the authorization request and the callback. */
export interface PendingAuthorization {
  /** Expected `state` in the callback. */
  state: string;
  /** Expected `nonce` in the ID token. */
  nonce: string;
  /** PKCE verifier for the code exchange. */
  codeVerifier: string;
  /** Where the app wants to return after sign-in (opaque to the library). */
  returnTo?: string;
  /** Epoch ms when the attempt started. */
  createdAt: number;
}

/** Tokens and claims of a signed-in session. */
export interface TokenSet {
  /** Bearer token for the portal API. */
  accessToken: string;
  /** Epoch ms at which the access token expires. */
  expiresAt: number;
  /** Refresh token (rotated on each use). */
  refreshToken?: string;
  /** ID token, kept for `id_token_hint` at sign-out. */
  idToken?: string;
  /** Granted scopes. */
  scope?: string;
  /** Validated ID token claims (sub, acr, name, …). */
  claims: Record<string, unknown>;
}

/** A discovered provider plus the oauth4webapi client pieces. */
export interface OidcContext {
  /** The provider's checked metadata. */
  as: oauth.AuthorizationServer;
  /** This client, as oauth4webapi wants it. */
  client: oauth.Client;
  /** Token endpoint authentication (none for public clients). */
  auth: oauth.ClientAuth;
  /** oauth4webapi request options (insecure http for a sandbox, custom fetch). */
  options: {
    /** Set for an http sandbox only. */
    [oauth.allowInsecureRequests]?: boolean;
    /** The configured fetch. */
    [oauth.customFetch]?: typeof fetch;
  };
  /** The registration it was made from. */
  config: OidcClientConfig;
}

/**
 * Fetches and checks the provider's metadata (`/.well-known/openid-configuration`).
 *
 * @param config - the client registration
 */
export async function discover(config: OidcClientConfig): Promise<OidcContext> {
  const issuer = new URL(config.issuer);
  const options: OidcContext['options'] = {};
  if (config.allowInsecureRequests) options[oauth.allowInsecureRequests] = true;
  if (config.fetch) options[oauth.customFetch] = config.fetch;
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oidc' }));
  return {
    as,
    client: { client_id: config.clientId },
    auth: config.clientSecret ? oauth.ClientSecretPost(config.clientSecret) : oauth.None(),
    options,
    config,
  };
}

/**
 * Builds the authorization URL (code flow, PKCE S256, fresh state and nonce).
 *
 * @param ctx - discovered provider
 * @param options - acr_values, ui_locales, prompt, login_hint
 * @returns the URL to send the browser to, and what to keep for the callback
 */
export async function authorizationUrl(
  ctx: OidcContext,
  options: AuthorizationOptions & { returnTo?: string } = {},
): Promise<{ url: URL; pending: PendingAuthorization }> {
  if (!ctx.as.authorization_endpoint) throw new Error('the provider has no authorization_endpoint');
  const pending: PendingAuthorization = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    createdAt: Date.now(),
    ...(options.returnTo ? { returnTo: options.returnTo } : {}),
  };
  const url = new URL(ctx.as.authorization_endpoint);
  const scope = new Set(['openid', ...(ctx.config.scope ?? 'openid profile').split(/\s+/).filter(Boolean)]);
  const params: Record<string, string | undefined> = {
    client_id: ctx.client.client_id,
    redirect_uri: ctx.config.redirectUri,
    response_type: 'code',
    scope: [...scope].join(' '),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    acr_values: options.acrValues,
    ui_locales: options.uiLocales,
    prompt: options.prompt,
    login_hint: options.loginHint,
  };
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return { url, pending };
}

function toTokenSet(result: oauth.TokenEndpointResponse, claims: Record<string, unknown>, previous?: TokenSet): TokenSet {
  return {
    accessToken: result.access_token,
    expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
    // A provider that does not rotate may omit the refresh token on refresh: keep the old one.
    refreshToken: result.refresh_token ?? previous?.refreshToken,
    idToken: result.id_token ?? previous?.idToken,
    scope: result.scope ?? previous?.scope,
    claims,
  };
}

/**
 * Handles the redirect back: checks `state` and `iss`, exchanges the code
 * with the PKCE verifier, and checks the ID token (`nonce`, audience, issuer,
 * expiry). Throws on any mismatch or on an `error` in the callback.
 *
 * @param ctx - discovered provider
 * @param callbackUrl - the full URL the provider redirected to
 * @param pending - what {@link authorizationUrl} returned for this attempt
 */
export async function exchangeCode(ctx: OidcContext, callbackUrl: URL, pending: PendingAuthorization): Promise<TokenSet> {
  const params = oauth.validateAuthResponse(ctx.as, ctx.client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    ctx.as, ctx.client, ctx.auth, params, ctx.config.redirectUri, pending.codeVerifier, ctx.options,
  );
  const result = await oauth.processAuthorizationCodeResponse(ctx.as, ctx.client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  const claims = oauth.getValidatedIdTokenClaims(result) ?? {};
  return toTokenSet(result, { ...claims });
}

/**
 * Uses the refresh token; the provider rotates it, so the returned set
 * carries the new one and the old one must not be used again.
 *
 * @param ctx - discovered provider
 * @param tokens - the current tokens (with a refresh token)
 */
export async function refreshTokens(ctx: OidcContext, tokens: TokenSet): Promise<TokenSet> {
  if (!tokens.refreshToken) throw new Error('no refresh token');
  const response = await oauth.refreshTokenGrantRequest(ctx.as, ctx.client, ctx.auth, tokens.refreshToken, ctx.options);
  const result = await oauth.processRefreshTokenResponse(ctx.as, ctx.client, response);
  const claims = oauth.getValidatedIdTokenClaims(result);
  return toTokenSet(result, claims ? { ...claims } : tokens.claims, tokens);
}

/**
 * The provider's end-session URL with `id_token_hint`, so the provider ends
 * its own session too (signing out of the app alone would leave the e-ID
 * session open on a shared computer).
 *
 * @param ctx - discovered provider
 * @param tokens - the session being ended
 * @param options - `uiLocales`, `state`
 * @returns the URL, or null when the provider has no end_session_endpoint
 */
export function endSessionUrl(ctx: OidcContext, tokens: TokenSet | null, options: { uiLocales?: string; state?: string } = {}): URL | null {
  if (!ctx.as.end_session_endpoint) return null;
  const url = new URL(ctx.as.end_session_endpoint);
  url.searchParams.set('client_id', ctx.client.client_id);
  if (tokens?.idToken) url.searchParams.set('id_token_hint', tokens.idToken);
  if (ctx.config.postLogoutRedirectUri) url.searchParams.set('post_logout_redirect_uri', ctx.config.postLogoutRedirectUri);
  if (options.uiLocales) url.searchParams.set('ui_locales', options.uiLocales);
  if (options.state) url.searchParams.set('state', options.state);
  return url;
}
