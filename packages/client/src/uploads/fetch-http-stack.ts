import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client';

class FetchHttpResponse implements HttpResponse {
  constructor(
    private readonly response: Response,
    private readonly body: string,
  ) {}

  getStatus(): number {
    return this.response.status;
  }

  getHeader(header: string): string | undefined {
    return this.response.headers.get(header) ?? undefined;
  }

  getBody(): string {
    return this.body;
  }

  getUnderlyingObject(): Response {
    return this.response;
  }
}

class FetchHttpRequest implements HttpRequest {
  private readonly headers = new Headers();
  private readonly controller = new AbortController();
  private onProgress: (bytesSent: number) => void = () => {};

  constructor(
    private readonly method: string,
    private readonly url: string,
    private readonly fetchFn: typeof fetch,
  ) {}

  getMethod(): string {
    return this.method;
  }

  getURL(): string {
    return this.url;
  }

  setHeader(header: string, value: string): void {
    this.headers.set(header, value);
  }

  getHeader(header: string): string | undefined {
    return this.headers.get(header) ?? undefined;
  }

  setProgressHandler(handler: (bytesSent: number) => void): void {
    this.onProgress = handler;
  }

  async send(body?: Blob | null): Promise<HttpResponse> {
    const response = await this.fetchFn(this.url, {
      method: this.method,
      headers: this.headers,
      body: body ?? null,
      signal: this.controller.signal,
    });
    const text = this.method === 'HEAD' ? '' : await response.text();
    // fetch cannot report upload progress, so progress moves once per chunk.
    if (body && response.ok) this.onProgress(body.size);
    return new FetchHttpResponse(response, text);
  }

  async abort(): Promise<void> {
    this.controller.abort();
  }

  getUnderlyingObject(): AbortController {
    return this.controller;
  }
}

/**
 * A tus HTTP stack on `fetch`, so uploads run the same way in browsers, workers
 * and Node (tus-js-client's own stacks are XHR or `node:http`). Progress is
 * reported per chunk: fetch has no upload progress events.
 */
export class FetchHttpStack implements HttpStack {
  /** @param fetchFn - fetch to use (e.g. with the auth middleware in front) */
  constructor(private readonly fetchFn: typeof fetch) {}

  /** Creates one tus request. */
  createRequest(method: string, url: string): HttpRequest {
    return new FetchHttpRequest(method, url, this.fetchFn);
  }

  /** Name of this stack, for tus's logs. */
  getName(): string {
    return 'dvc-kit-fetch';
  }
}
