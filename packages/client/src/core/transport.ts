import { PortalError } from '../errors.js';
import type { Next } from './middleware.js';

/** True for the errors fetch throws when its signal fires. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'AbortError' || error.name === 'TimeoutError')
  );
}

function where(request: Request): { method: string; path: string } {
  return { method: request.method, path: new URL(request.url).pathname };
}

/**
 * The innermost step: calls fetch and reads the whole body before returning,
 * so that a connection dropped mid-body, a timeout and an abort all surface
 * here as a {@link PortalError} (`network` or `aborted`) instead of later
 * inside openapi-fetch's body parsing. API bodies are small JSON documents.
 *
 * @param fetchFn - the platform fetch (or a test double)
 */
export function transport(fetchFn: typeof fetch): Next {
  return async (request) => {
    try {
      // A fetch double (or an odd platform) may not check an already-fired signal.
      request.signal.throwIfAborted();
      const response = await fetchFn(request);
      const body = response.status === 204 || request.method === 'HEAD' ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (error instanceof PortalError) throw error;
      if (isAbortError(error) || request.signal.aborted) {
        throw new PortalError({
          status: 0, code: 'aborted', title: 'Request aborted', detail: 'The caller cancelled the request.',
          cause: error, ...where(request),
        });
      }
      throw new PortalError({
        status: 0, code: 'network', title: 'Network error',
        detail: `${request.method} ${request.url} got no answer: ${error instanceof Error ? error.message : String(error)}`,
        cause: error, ...where(request),
      });
    }
  };
}
