/**
 * The sandbox's OpenID provider, configured to behave like the national e-ID that agency sites
 * integrate with: authorization code flow only, PKCE S256 required of every client, `state` and
 * `nonce` required, assurance levels LoA1/LoA2 by `acr_values`, refresh tokens rotated on each use,
 * RP-initiated logout, revocation and introspection.
 *
 * Claims (in ID tokens and at /oidc/me):
 *   openid  → sub
 *   profile → name, birthdate, and three claims of our own:
 *             account_type  'citizen' | 'business'
 *             vn_id_number  12-digit personal ID number (citizens)
 *             tax_code      10- or 13-digit tax code (businesses)
 *   email   → email, email_verified
 *   phone   → phone_number, phone_number_verified
 *   plus acr ('LoA1' | 'LoA2'), amr and auth_time in ID tokens.
 */
import Provider, { errors, interactionPolicy, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Queryable } from '../db/database.js';
import { claimsOf, findTestAccount } from './accounts.js';
import { databaseAdapterFactory } from './adapter.js';
import { ACR_VALUES, acrSatisfies, minimumAcr } from './assurance.js';
import { errorPage, loggedOutPage, logoutPage, pageLocale, PAGE_HEADERS } from './pages.js';
import type { OidcSecrets } from './secrets.js';

/** Where the provider lives under the sandbox origin. */
export const OIDC_BASE_PATH = '/oidc';

/** Public clients registered in advance: the demo agency page and the test suites. */
export const CLIENT_IDS = ['dvc-demo', 'dvc-test'] as const;

export interface ProviderOptions {
  db: Queryable;
  /** Origin the sandbox is reached at; the issuer is `${publicUrl}/oidc`. */
  publicUrl: string;
  secrets: OidcSecrets;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Redirect URIs every client may use besides its registered ones: any path on any port of a
 * loopback host (agency developers run their pages on whatever port their tooling picks), and any
 * path on the sandbox itself. Never a URI with a fragment or credentials.
 */
export function isSandboxRedirectUri(value: string, publicUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash || url.username || url.password || value.includes('#')) return false;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)) return true;
  return url.origin === new URL(publicUrl).origin;
}

function clients(publicUrl: string): ClientMetadata[] {
  const common = {
    application_type: 'web' as const,
    token_endpoint_auth_method: 'none' as const,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code' as const],
    id_token_signed_response_alg: 'RS256' as const,
    // A request without acr_values is treated as asking for LoA2, and the ID token says so.
    default_acr_values: ['LoA2'],
  };
  return [
    {
      ...common,
      client_id: 'dvc-demo',
      client_name: 'dvc-kit demo',
      redirect_uris: [`${publicUrl}/demo/callback`],
      post_logout_redirect_uris: [`${publicUrl}/demo/`],
    },
    {
      ...common,
      client_id: 'dvc-test',
      client_name: 'dvc-kit tests',
      redirect_uris: ['http://127.0.0.1/dvc-test/callback'],
      post_logout_redirect_uris: ['http://127.0.0.1/dvc-test/signed-out'],
    },
  ];
}

/** A request that omits `state` or `nonce` is refused, as the national e-ID does. */
function required(name: string) {
  return (_ctx: KoaContextWithOIDC, value: string | undefined) => {
    if (!value) throw new errors.InvalidRequest(`'${name}' parameter is required`);
  };
}

/**
 * The default login/consent policy plus one check: a session signed in at LoA1 is asked to sign in
 * again when a client requires LoA2 (acr_values=LoA2), instead of silently reusing the weaker login.
 */
function policy(): interactionPolicy.Prompt[] {
  const prompts = interactionPolicy.base();
  prompts.get('login')?.checks.add(
    new interactionPolicy.Check('acr_insufficient', 'the requested assurance level is above the session', (ctx) => {
      if (ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const minimum = minimumAcr(ctx.oidc.params?.acr_values);
      return acrSatisfies(ctx.oidc.session?.acr, minimum)
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return prompts;
}

function localeOfContext(ctx: KoaContextWithOIDC) {
  return pageLocale(ctx.query?.lang, ctx.oidc?.params?.ui_locales, ctx.get('accept-language'));
}

function sendPage(ctx: KoaContextWithOIDC, html: string): void {
  ctx.set(PAGE_HEADERS);
  ctx.body = html;
  ctx.type = 'html';
}

/** The acr of the sign-in an access token comes from, kept with the token for authenticate(). */
function acrOfIssuance(ctx: KoaContextWithOIDC): string | undefined {
  const { AuthorizationCode, RefreshToken } = ctx.oidc.entities;
  return AuthorizationCode?.acr ?? RefreshToken?.acr ?? ctx.oidc.session?.acr;
}

const TTL_SECONDS = {
  AccessToken: 15 * 60,
  AuthorizationCode: 60,
  IdToken: 15 * 60,
  Interaction: 30 * 60,
  Session: 24 * 60 * 60,
  Grant: 24 * 60 * 60,
  RefreshToken: 24 * 60 * 60,
};

export function createProvider(options: ProviderOptions): Provider {
  const { publicUrl, secrets } = options;
  const configuration: Configuration = {
    adapter: databaseAdapterFactory(options.db),
    clients: clients(publicUrl),
    jwks: { keys: secrets.signingKeys },
    cookies: {
      keys: secrets.cookieKeys,
      // lax, not none: the sandbox is served over plain http, where browsers drop SameSite=None
      // cookies; top-level navigations to /oidc/auth still carry lax cookies.
      long: { signed: true, httpOnly: true, sameSite: 'lax' },
      short: { signed: true, httpOnly: true, sameSite: 'lax' },
      names: { session: 'dvc_oidc_session', interaction: 'dvc_oidc_interaction', resume: 'dvc_oidc_resume' },
    },
    acrValues: [...ACR_VALUES],
    claims: {
      openid: ['sub'],
      profile: ['name', 'birthdate', 'account_type', 'vn_id_number', 'tax_code'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
    },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'phone'],
    // Scope claims in the ID token too, so a page can greet the user without another request.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    // Every sandbox client is public (a browser page holds no secret).
    clientAuthMethods: ['none'],
    pkce: { methods: ['S256'], required: () => true },
    extraParams: { state: required('state'), nonce: required('nonce') },
    allowOmittingSingleRegisteredRedirectUri: false,
    // Agency pages on any origin call the token, userinfo and revocation endpoints directly.
    clientBasedCORS: () => true,
    discovery: {
      ui_locales_supported: ['vi', 'en'],
      claims_locales_supported: undefined,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      resourceIndicators: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => sendPage(ctx, logoutPage(localeOfContext(ctx), form)),
        postLogoutSuccessSource: (ctx) => sendPage(ctx, loggedOutPage(localeOfContext(ctx))),
      },
    },
    interactions: {
      policy: policy(),
      url: (_ctx, interaction) => `${OIDC_BASE_PATH}/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx, sub) => {
      const account = findTestAccount(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => claimsOf(account) };
    },
    extraTokenClaims: (ctx) => {
      const acr = acrOfIssuance(ctx);
      return acr ? { acr } : undefined;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Every use of a refresh token returns a new one; the used one is refused from then on.
    rotateRefreshToken: true,
    ttl: {
      AccessToken: TTL_SECONDS.AccessToken,
      AuthorizationCode: TTL_SECONDS.AuthorizationCode,
      IdToken: TTL_SECONDS.IdToken,
      Interaction: TTL_SECONDS.Interaction,
      Session: TTL_SECONDS.Session,
      Grant: TTL_SECONDS.Grant,
      // Rotation hands on the remaining lifetime: a refresh token chain ends a day after sign-in.
      RefreshToken: (ctx) => {
        const rotated = ctx?.oidc.entities.RotatedRefreshToken;
        return rotated ? Math.max(rotated.remainingTTL, 1) : TTL_SECONDS.RefreshToken;
      },
    },
    renderError: (ctx, out) => sendPage(ctx, errorPage(localeOfContext(ctx), out.error, out.error_description)),
  };

  const provider = new Provider(`${publicUrl}${OIDC_BASE_PATH}`, configuration);
  // Behind a TLS-terminating proxy, trust its X-Forwarded-* headers so cookies are marked Secure.
  if (new URL(publicUrl).protocol === 'https:') provider.proxy = true;

  // oidc-provider 8 compares redirect URIs exactly; widen that to the sandbox's rule.
  const exactRedirect = provider.Client.prototype.redirectUriAllowed;
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string) {
    return exactRedirect.call(this, value) || isSandboxRedirectUri(value, publicUrl);
  };
  const exactLogoutRedirect = provider.Client.prototype.postLogoutRedirectUriAllowed;
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(value: string) {
    return exactLogoutRedirect.call(this, value) || isSandboxRedirectUri(value, publicUrl);
  };
  return provider;
}
