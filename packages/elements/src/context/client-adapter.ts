import { createPortalClient, type PortalClient } from '@dvc-kit/client';

/** Options to build a portal client for an element or provider that only has an `api-base`. */
export interface ClientForOptions {
  /** The `api-base` value: a portal origin, or a URL ending in /api/v1. */
  apiBase: string;
  /** Injected fetch (Storybook's fake portal, tests). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Language for problem details; read at each call so a later lang change applies. */
  locale?: () => string;
}

/** Builds the real `@dvc-kit/client` for an `api-base`. CORS applies: the server must allow the page's origin. */
export function clientFor(options: ClientForOptions): PortalClient {
  return createPortalClient({
    baseUrl: options.apiBase,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    // A person is waiting on the screen: fail fast and let them retry rather than hang.
    timeoutMs: 10_000,
    retry: { retries: 1 },
  });
}

/** What kind of failure an error is, for choosing which state to show. */
export type FailureKind = 'aborted' | 'offline' | 'not_found' | 'error';

/** Sorts any thrown value (a PortalError or anything else) into the states the elements render. */
export function classifyFailure(error: unknown): FailureKind {
  const info = typeof error === 'object' && error !== null ? (error as { name?: unknown; code?: unknown; status?: unknown }) : {};
  if (info.name === 'AbortError' || info.code === 'aborted') return 'aborted';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (info.code === 'network' || error instanceof TypeError) return 'offline';
  if (info.status === 404 || (typeof info.code === 'string' && info.code.endsWith('not_found'))) return 'not_found';
  return 'error';
}
