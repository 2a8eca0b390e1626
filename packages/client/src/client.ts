import createClient from 'openapi-fetch';
import type { paths } from '@dvc-kit/spec';
import { authMiddleware, type AuthOption } from './core/auth-header.js';
import { apiBaseUrl } from './core/base-url.js';
import type { RawPortalClient } from './core/call.js';
import { localeMiddleware } from './core/locale.js';
import { composeMiddleware, type FetchMiddleware } from './core/middleware.js';
import { retryMiddleware, type RetryOptions } from './core/retry.js';
import { timeoutMiddleware } from './core/timeout.js';
import { transport } from './core/transport.js';
import {
  dossiersResource,
  meResource,
  paymentsResource,
  type DossiersResource,
  type MeResource,
  type PaymentsResource,
} from './resources/dossiers.js';
import {
  agenciesResource,
  fieldsResource,
  proceduresResource,
  type AgenciesResource,
  type FieldsResource,
  type ProceduresResource,
} from './resources/procedures.js';

/** Options of {@link createPortalClient}. */
export interface PortalClientOptions {
  /**
   * The portal's (or sandbox's, or your BFF's) origin, e.g. `https://dichvucong.example`.
   * The API lives under `/api/v1` of it; a `baseUrl` that already ends in `/api/v1` is taken as is.
   */
  baseUrl: string;
  /** Bearer token source; leave out for public calls or a BFF session cookie. */
  auth?: AuthOption;
  /** fetch to use (default `globalThis.fetch`, looked up at call time). */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language` (`vi` default on the server, or `en`); a function is read per request. */
  locale?: string | (() => string | undefined);
  /** Retry policy, or `false` for none (default: 3 retries, see {@link RetryOptions}). */
  retry?: RetryOptions | false;
  /** Milliseconds per attempt before failing with `timeout` (default 15 000; 0 for none). */
  timeoutMs?: number;
  /** fetch `credentials`; use `include` with a BFF on another origin (default `same-origin`). */
  credentials?: RequestCredentials;
  /** Extra steps, run inside retry and timeout, outside auth (e.g. logging or tracing). */
  middleware?: readonly FetchMiddleware[];
}

/** The portal client: resource methods plus the raw typed client. */
export interface PortalClient {
  /** Procedure search and lookup. */
  readonly procedures: ProceduresResource;
  /** Agencies. */
  readonly agencies: AgenciesResource;
  /** Fields (lĩnh vực). */
  readonly fields: FieldsResource;
  /** The signed-in applicant's dossiers. */
  readonly dossiers: DossiersResource;
  /** Fee payments. */
  readonly payments: PaymentsResource;
  /** The signed-in account. */
  readonly me: MeResource;
  /**
   * openapi-fetch's typed `GET`/`POST`/… over every path of the contract, with
   * the same middleware (auth, retries, timeouts) but without response
   * validation; it resolves to `{ data, error, response }` instead of throwing
   * on error statuses.
   */
  readonly raw: RawPortalClient;
  /** The API base URL in use, e.g. `https://portal.example/api/v1`. */
  readonly apiUrl: string;
  /** The whole request pipeline as a fetch function (for tus uploads or calls the contract lacks). */
  readonly fetch: typeof fetch;
}

/**
 * Creates a client for the portal API: typed resource methods whose answers are
 * checked against the contract, over a pipeline of retry (with backoff,
 * jitter and `Retry-After`), per-attempt timeout, locale and auth (with one
 * refresh on 401). Every method rejects only with a `PortalError`.
 *
 * @example
 * const client = createPortalClient({ baseUrl: 'http://127.0.0.1:4010', locale: 'vi' });
 * const { items } = await client.procedures.search({ q: 'dang ky khai sinh' });
 */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  const apiUrl = apiBaseUrl(options.baseUrl);
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const steps: FetchMiddleware[] = [];
  if (options.retry !== false) steps.push(retryMiddleware(options.retry ?? {}));
  steps.push(timeoutMiddleware(options.timeoutMs ?? 15_000));
  steps.push(...(options.middleware ?? []));
  if (options.locale) steps.push(localeMiddleware(options.locale));
  if (options.auth) steps.push(authMiddleware(options.auth));
  const pipeline = composeMiddleware(steps, transport(fetchFn));
  const pipelineFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    pipeline(new Request(input, init))) as typeof fetch;

  const raw = createClient<paths>({
    baseUrl: apiUrl,
    fetch: (request: Request) => pipeline(request),
    credentials: options.credentials,
  });
  const context = { raw };
  return {
    procedures: proceduresResource(context),
    agencies: agenciesResource(context),
    fields: fieldsResource(context),
    dossiers: dossiersResource(context),
    payments: paymentsResource(context),
    me: meResource(context),
    raw,
    apiUrl,
    fetch: pipelineFetch,
  };
}
