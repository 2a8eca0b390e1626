/** Sends a request on to the next step of the chain (ultimately the network). */
export type Next = (request: Request) => Promise<Response>;

/**
 * One step of the client's request pipeline: it may change the request, call
 * `next` zero or more times (retries) and change or replace the response.
 * Steps are plain functions so each one can be tested with a fake `next`.
 */
export type FetchMiddleware = (request: Request, next: Next) => Promise<Response>;

/**
 * Composes middleware around a fetch function; the first middleware sees the
 * request first and the response last.
 *
 * @param middleware - outermost first
 * @param fetchFn - the final step, usually `globalThis.fetch`
 * @returns a fetch-compatible function running the whole pipeline
 */
export function composeMiddleware(middleware: readonly FetchMiddleware[], fetchFn: Next): Next {
  return middleware.reduceRight<Next>((next, step) => (request) => step(request, next), fetchFn);
}
