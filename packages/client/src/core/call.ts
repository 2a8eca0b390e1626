import type { Client } from 'openapi-fetch';
import type { paths } from '@dvc-kit/spec';
import { errorFromResponse, isPortalError, PortalError } from '../errors.js';
import { parseResponse, type ResponseSchema } from './validate.js';

/** Options every resource method takes. */
export interface CallOptions {
  /** Cancels the call, retries and waits included; it then rejects with code `aborted`. */
  signal?: AbortSignal;
  /**
   * For calls that create something: the key that makes repeating the call
   * safe. Defaults to a fresh `crypto.randomUUID()` per call, reused by every
   * retry of that call. Pass your own to make a call safe to repeat across
   * page reloads.
   */
  idempotencyKey?: string;
}

/** The typed openapi-fetch client over the portal's paths. */
export type RawPortalClient = Client<paths>;

/** What the resource modules share. */
export interface ResourceContext {
  raw: RawPortalClient;
}

/** What openapi-fetch resolves to, loosely typed: the schema gives the real type. */
interface Settled {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Turns an openapi-fetch result into the validated body or a PortalError.
 *
 * @param operation - `METHOD /path/{template}`, named in errors
 * @param pending - the openapi-fetch call
 * @param schema - the response's schema in the contract
 */
export async function settle<T>(operation: string, pending: Promise<Settled>, schema: ResponseSchema<T>): Promise<T> {
  const [method = 'GET', path = '/'] = operation.split(' ');
  let settled: Settled;
  try {
    settled = await pending;
  } catch (cause) {
    if (isPortalError(cause)) throw cause;
    // openapi-fetch throws when a 2xx body is not JSON: that breaks the contract too.
    throw new PortalError({
      status: 0, code: 'invalid_response', title: 'Invalid response',
      detail: `${operation} answered a body that is not valid JSON`, method, path, cause,
    });
  }
  const { data, error, response } = settled;
  if (!response.ok) {
    throw errorFromResponse(response, error, { method, url: new URL(path, 'http://portal').href });
  }
  return parseResponse(schema, data, operation, response.status);
}

/**
 * A key for one logical create call; the retry middleware reuses it on every attempt.
 *
 * @param given - the caller's own key, if any
 */
export function idempotencyKey(given?: string): string {
  return given ?? crypto.randomUUID();
}
