import { cloneRequest, type FetchMiddleware } from './middleware.js';

/**
 * Where the client gets its bearer token. `@dvc-kit/client/auth` sessions
 * implement it; so can any object of your own.
 */
export interface AccessTokenProvider {
  /** The current access token, or null when signed out. */
  getAccessToken(): string | null | undefined | Promise<string | null | undefined>;
  /**
   * Gets a new access token after the server refused the current one (401).
   * Return null when that is not possible (the request then fails with
   * `unauthenticated`).
   */
  refreshAccessToken?(): Promise<string | null | undefined>;
}

/** What the `auth` option accepts: a provider, or a function returning the token. */
export type AuthOption = AccessTokenProvider | (() => string | null | undefined | Promise<string | null | undefined>);

function toProvider(auth: AuthOption): AccessTokenProvider {
  return typeof auth === 'function' ? { getAccessToken: auth } : auth;
}

function withToken(request: Request, token: string | null | undefined): Request {
  const authorised = new Request(request);
  if (token) authorised.headers.set('Authorization', `Bearer ${token}`);
  return authorised;
}

/**
 * Adds `Authorization: Bearer …` and, when the server answers 401, refreshes
 * the token once and sends the request once more. Concurrent 401s share one
 * refresh. Retrying is safe for any method: a 401 means the server did nothing.
 *
 * @param auth - token source
 */
export function authMiddleware(auth: AuthOption): FetchMiddleware {
  const provider = toProvider(auth);
  let refreshing: Promise<string | null | undefined> | undefined;
  const refreshOnce = () => {
    refreshing ??= Promise.resolve(provider.refreshAccessToken?.()).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  return async (request, next) => {
    const token = await provider.getAccessToken();
    const canRefresh = typeof provider.refreshAccessToken === 'function';
    const spare = canRefresh ? cloneRequest(request) : undefined;
    const response = await next(withToken(request, token));
    if (response.status !== 401 || !spare) return response;
    const fresh = await refreshOnce().catch(() => null);
    if (!fresh || fresh === token) return response;
    return next(withToken(spare, fresh));
  };
}
