/** Sends a request on to the next step of the chain (ultimately the network). */
export type Next = (request: Request) => Promise<Response>;

/**
 * One step of the client's request pipeline: it may change the request, call
 * `next` zero or more times (retries) and change or replace the response.
 * Steps are plain functions so each one can be tested with a fake `next`.
 */
export type FetchMiddleware = (request: Request, next: Next) => Promise<Response>;

// Middleware derives new Requests from old ones (`new Request(r, { signal })`,
// `r.clone()`), and a derived Request follows its parent's signal through a
// weak reference only. If nothing else holds a derived Request while its fetch
// is pending, garbage collection can take it (and its signal) away, and a
// timeout or the caller's abort would never reach the fetch: it would hang.
// So every Request is held here while the steps after it are working on it.
const inFlight = new Set<Request>();

function holding(next: Next): Next {
  return async (request) => {
    inFlight.add(request);
    try {
      return await next(request);
    } finally {
      inFlight.delete(request);
    }
  };
}

/**
 * Composes middleware around a fetch function; the first middleware sees the
 * request first and the response last.
 *
 * @param middleware - outermost first
 * @param fetchFn - the final step, usually `globalThis.fetch`
 * @returns a fetch-compatible function running the whole pipeline
 */
export function composeMiddleware(middleware: readonly FetchMiddleware[], fetchFn: Next): Next {
  return holding(middleware.reduceRight<Next>((next, step) => (request) => step(request, holding(next)), holding(fetchFn)));
}

/**
 * `request.clone()` whose signal really follows the original's. A plain clone
 * (undici, Node 20) holds its signal's controller only weakly, so after a
 * garbage collection an abort or timeout never reaches a retried request.
 * A Request made by the constructor keeps its controller, so re-wrap the clone.
 *
 * @param request - the request to copy (its body must not be used yet)
 */
export function cloneRequest(request: Request): Request {
  return new Request(request.clone(), { signal: request.signal });
}
