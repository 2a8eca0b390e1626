// A scripted fetch for middleware tests: each call takes the next handler and
// the requests are recorded (bodies read eagerly) for assertions.

export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

export type Handler = (request: Request) => Response | Promise<Response>;

export interface FakeFetch {
  fetch: typeof fetch;
  calls: Recorded[];
}

/** Handlers are used in order; the last one repeats. */
export function fakeFetch(...handlers: Handler[]): FakeFetch {
  const calls: Recorded[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : '',
      signal: request.signal,
    });
    const handler = handlers[Math.min(calls.length - 1, handlers.length - 1)];
    if (!handler) throw new Error('fakeFetch: no handler');
    return handler(request);
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: `urn:dvc-kit:problem:${code}`, title: code, status, detail: `detail of ${code}`, code, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

export const networkError: Handler = () => {
  throw new TypeError('fetch failed');
};

/** Never answers until the request's signal fires. */
export const hang: Handler = (request) =>
  new Promise((_, reject) => {
    // Like real fetch: a signal that fired before the call rejects at once.
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
  });

/** Records waits instead of sleeping. */
export function instantSleep(): { sleep: (ms: number, signal: AbortSignal) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal.aborted) throw signal.reason;
    },
  };
}
