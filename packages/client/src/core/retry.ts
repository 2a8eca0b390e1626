import { PortalError, isPortalError } from '../errors.js';
import { cloneRequest, type FetchMiddleware } from './middleware.js';
import { sleep } from './signals.js';

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 disables retrying). */
  retries?: number;
  /** First backoff ceiling in ms, doubled per retry (default 300). */
  baseDelayMs?: number;
  /** Largest backoff in ms (default 10 000). */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the client will wait, in ms (default 30 000); a
   * longer one ends the retries and the caller gets the error.
   */
  maxRetryAfterMs?: number;
  /** Statuses worth another attempt (default 408, 425, 429, 500, 502, 503, 504). */
  statuses?: readonly number[];
  /** Random source in [0, 1) for the jitter; replaceable in tests. */
  random?: () => number;
  /** Waits between attempts; replaceable in tests. Must reject when `signal` fires. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const DEFAULT_STATUSES = [408, 425, 429, 500, 502, 503, 504];

/**
 * A request may be sent again when its method is idempotent, or when it is a
 * POST/PATCH carrying an `Idempotency-Key` (the server then replays the first
 * result instead of acting twice).
 *
 * @param request - the request about to be sent
 */
export function isRetryable(request: Request): boolean {
  return IDEMPOTENT_METHODS.has(request.method) || request.headers.has('Idempotency-Key');
}

/**
 * Reads `Retry-After` (seconds or an HTTP date) in milliseconds.
 *
 * @param value - the header value
 * @param now - current time in ms since the epoch
 * @returns the wait, or undefined when absent or unreadable
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * "Full jitter" exponential backoff: a random wait in [0, min(max, base·2^n)),
 * which spreads clients out after a shared outage.
 *
 * @param retry - 0 for the first retry
 * @param options - delays and random source
 */
export function backoffDelay(retry: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'> = {}): number {
  const base = options.baseDelayMs ?? 300;
  const max = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  return Math.floor(random() * Math.min(max, base * 2 ** retry));
}

function isRetryableError(error: unknown): boolean {
  return isPortalError(error, 'network') || isPortalError(error, 'timeout');
}

function abortedWhileWaiting(request: Request, cause: unknown): PortalError {
  return new PortalError({
    status: 0, code: 'aborted', title: 'Request aborted', detail: 'The caller cancelled the request while it waited to retry.',
    method: request.method, path: new URL(request.url).pathname, cause,
  });
}

/**
 * Retries network failures, timeouts and retryable statuses with exponential
 * backoff and jitter, honouring `Retry-After`. Only requests that are safe to
 * repeat are retried (see {@link isRetryable}); every attempt sends the same
 * headers, so an `Idempotency-Key` is reused across the retries of one call.
 *
 * @param options - see {@link RetryOptions}
 */
export function retryMiddleware(options: RetryOptions = {}): FetchMiddleware {
  const retries = Math.max(0, options.retries ?? 3);
  const statuses = new Set(options.statuses ?? DEFAULT_STATUSES);
  const maxRetryAfter = options.maxRetryAfterMs ?? 30_000;
  const wait = options.sleep ?? sleep;

  return async (request, next) => {
    if (retries === 0 || !isRetryable(request)) return next(request);
    for (let retry = 0; ; retry++) {
      const last = retry >= retries;
      let delay: number;
      try {
        const response = await next(last ? request : cloneRequest(request));
        if (last || !statuses.has(response.status)) return response;
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        if (retryAfter !== undefined && retryAfter > maxRetryAfter) return response;
        delay = retryAfter ?? backoffDelay(retry, options);
      } catch (error) {
        if (last || !isRetryableError(error) || request.signal.aborted) throw error;
        delay = backoffDelay(retry, options);
      }
      try {
        await wait(delay, request.signal);
      } catch (cause) {
        throw abortedWhileWaiting(request, cause);
      }
    }
  };
}
