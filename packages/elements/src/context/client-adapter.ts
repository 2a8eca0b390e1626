import { createPortalClient, type PortalClient } from '@dvc-kit/client';

/** Builds a client for an `api-base`; elements that call the API carry one (see DvcElement.clientFactory). */
export type ClientFactory = (options: ClientForOptions) => PortalClient;

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

