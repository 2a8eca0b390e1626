/**
 * A fetch whose requests never get an answer: each stays in flight until its signal aborts it.
 * It records every request with the AbortSignal fetch received, so a test can remove an element
 * mid-load and see whether the element cancelled what it had started.
 */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';

export interface InFlightRequest {
  method: string;
  url: URL;
  signal: AbortSignal;
}

export interface InFlightFetch {
  fetch: typeof fetch;
  /** Every request fetch was called with, in order. */
  readonly requests: readonly InFlightRequest[];
  /** A real client over this fetch (no retries, no timeout, so only the caller's signal ends a request). */
  client(): PortalClient;
}

export const IN_FLIGHT_BASE = 'https://in-flight.fake.example/api/v1';

export function inFlightFetch(): InFlightFetch {
  const requests: InFlightRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    requests.push({ method: request.method, url: new URL(request.url), signal });
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
  };
  return {
    fetch,
    requests,
    client: () => createPortalClient({ baseUrl: IN_FLIGHT_BASE, fetch, retry: false, timeoutMs: 0 }),
  };
}
