import type { Procedure, ProcedureSearchParams, ProcedureSearchResult } from './api-types.js';
import type { CallOptions, CatalogApi, PortalApi } from './portal-api.js';

/** Options to build the elements' portal API from a base URL. */
export interface CreatePortalApiOptions {
  /** e.g. 'http://127.0.0.1:4010/api/v1' */
  baseUrl: string;
  /** Injected fetch (Storybook's fake portal, tests). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Language for problem details; read at each call so a later lang change applies. */
  locale?: () => string;
}

/** An API failure with the portal's stable problem `code` (or 'network_error' when nothing answered). */
export class PortalCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PortalCallError';
  }
}

/**
 * Builds the catalog part of the portal API over plain fetch.
 * Used when an element or provider only has an `api-base`; pages that
 * already hold a `createPortalClient()` pass it through `client` instead.
 */
export function createPortalApi(options: CreatePortalApiOptions): PortalApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  async function getJson<T>(path: string, call?: CallOptions): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        headers: { accept: 'application/json', 'accept-language': options.locale?.() ?? 'vi' },
        signal: call?.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new PortalCallError(error instanceof Error ? error.message : String(error), 'network_error', 0);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = (body ?? {}) as { code?: unknown; detail?: unknown; title?: unknown };
      throw new PortalCallError(
        String(problem.detail ?? problem.title ?? response.statusText),
        typeof problem.code === 'string' ? problem.code : `http_${response.status}`,
        response.status,
      );
    }
    return body as T;
  }

  const catalog: CatalogApi = {
    searchProcedures(params: ProcedureSearchParams, call?: CallOptions) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
      }
      return getJson<ProcedureSearchResult>(`/procedures?${query}`, call);
    },
    getProcedure(code: string, call?: CallOptions) {
      return getJson<Procedure>(`/procedures/${encodeURIComponent(code)}`, call);
    },
  };
  return { catalog };
}

/** What kind of failure an error is, for choosing which state to show. */
export type FailureKind = 'aborted' | 'offline' | 'not_found' | 'error';

/** Sorts any thrown value into the states the elements render. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof DOMException && error.name === 'AbortError') return 'aborted';
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError') return 'aborted';
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (code === 'network_error' || error instanceof TypeError) return 'offline';
  if (status === 404 || (typeof code === 'string' && code.endsWith('not_found'))) return 'not_found';
  return 'error';
}
