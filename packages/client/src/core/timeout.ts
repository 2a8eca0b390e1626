import { PortalError, isPortalError } from '../errors.js';
import type { FetchMiddleware } from './middleware.js';
import { anySignal } from './signals.js';

/**
 * Gives each attempt `ms` milliseconds, body included, on top of the caller's
 * own signal. Per attempt rather than per call, so that a retry can still
 * succeed after one hung connection. A fired timer becomes `timeout`; the
 * caller's signal stays `aborted`.
 *
 * @param ms - milliseconds per attempt; 0 or less disables the timer
 */
export function timeoutMiddleware(ms: number): FetchMiddleware {
  return async (request, next) => {
    if (!(ms > 0)) return next(request);
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(new DOMException('Timed out', 'TimeoutError')), ms);
    const attempt = new Request(request, { signal: anySignal([request.signal, timer.signal]) });
    try {
      return await next(attempt);
    } catch (error) {
      if (timer.signal.aborted && !request.signal.aborted && isPortalError(error, 'aborted')) {
        throw new PortalError({
          status: 0, code: 'timeout', title: 'Request timed out',
          detail: `${request.method} ${request.url} got no complete answer within ${ms} ms`,
          method: request.method, path: new URL(request.url).pathname, cause: error,
        });
      }
      throw error;
    } finally {
      clearTimeout(handle);
    }
  };
}
