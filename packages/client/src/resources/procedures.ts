import {
  AgencyListSchema,
  FieldListSchema,
  ProcedureSchema,
  ProcedureSearchResultSchema,
  type AgencyList,
  type FieldList,
  type Level,
  type operations,
  type Procedure,
  type ProcedureSearchResult,
} from '@dvc-kit/spec';
import { settle, type CallOptions, type ResourceContext } from '../core/call.js';
import { iteratePages } from '../pagination.js';

/** Search terms and filters of `GET /procedures`. */
export type ProcedureQuery = NonNullable<operations['searchProcedures']['parameters']['query']>;

/** Catalogue search and lookup. */
export interface ProceduresResource {
  /**
   * One page of search results with facet counts. Diacritics are optional in `q`.
   * @param query - `q`, `page` (from 1), `pageSize` (1..100), `field`, `level`, `onlineLevel`, `agency`
   */
  search(query?: ProcedureQuery, options?: CallOptions): Promise<ProcedureSearchResult>;
  /**
   * Walks the result pages lazily: the next page is fetched only when the loop asks for it.
   * @example for await (const page of client.procedures.iterate({ q: 'khai sinh' })) show(page.items);
   */
  iterate(query?: Omit<ProcedureQuery, 'page'>, options?: CallOptions): AsyncGenerator<ProcedureSearchResult, void, undefined>;
  /**
   * One procedure with channels, components and results; `procedure_not_found` when absent.
   * @param code - national code such as `1.001193`, or a local variant
   */
  get(code: string, options?: CallOptions): Promise<Procedure>;
}

/** Agencies (cơ quan). */
export interface AgenciesResource {
  /** All agencies, optionally of one level. */
  list(query?: { level?: Level }, options?: CallOptions): Promise<AgencyList>;
}

/** Fields (lĩnh vực). */
export interface FieldsResource {
  /** All fields, sorted by Vietnamese name. */
  list(options?: CallOptions): Promise<FieldList>;
}

/** @internal */
export function proceduresResource({ raw }: ResourceContext): ProceduresResource {
  const search = (query: ProcedureQuery = {}, options: CallOptions = {}) =>
    settle('GET /procedures', raw.GET('/procedures', { params: { query }, signal: options.signal }), ProcedureSearchResultSchema);
  return {
    search,
    iterate: (query = {}, options = {}) => iteratePages((page) => search({ ...query, page }, options)),
    get: (code, options = {}) =>
      settle(
        'GET /procedures/{code}',
        raw.GET('/procedures/{code}', { params: { path: { code } }, signal: options.signal }),
        ProcedureSchema,
      ),
  };
}

/** @internal */
export function agenciesResource({ raw }: ResourceContext): AgenciesResource {
  return {
    list: (query = {}, options = {}) =>
      settle('GET /agencies', raw.GET('/agencies', { params: { query }, signal: options.signal }), AgencyListSchema),
  };
}

/** @internal */
export function fieldsResource({ raw }: ResourceContext): FieldsResource {
  return {
    list: (options = {}) => settle('GET /fields', raw.GET('/fields', { signal: options.signal }), FieldListSchema),
  };
}
