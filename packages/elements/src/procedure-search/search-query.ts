import { LEVELS, ONLINE_LEVELS, type Level, type OnlineLevel } from '@dvc-kit/spec';
import type { ProcedureQuery } from '@dvc-kit/client';
import { fold } from '@dvc-kit/client/text';
import type { SearchFilters } from '../base/events.js';

/** A full search as the person asked for it. */
export interface SearchQuery {
  q: string;
  page: number;
  filters: SearchFilters;
}

export type FacetName = keyof SearchFilters;
export const FACETS: readonly FacetName[] = ['field', 'level', 'onlineLevel', 'agency'];

/** How many suggestions the combobox asks for. */
export const SUGGESTION_COUNT = 8;

type FilterParams = Pick<ProcedureQuery, 'field' | 'level' | 'onlineLevel' | 'agency'>;
export type SearchParams = { q: string; page: number; pageSize: number } & FilterParams;

function clampPageSize(n: number): number {
  return Number.isInteger(n) ? Math.min(100, Math.max(1, n)) : 10;
}

/** The filters as query parameters; enum values the contract does not know (e.g. from a hand-edited URL) are dropped. */
function definedFilters(filters: SearchFilters): FilterParams {
  const out: FilterParams = {};
  if (filters.field) out.field = filters.field;
  if (filters.agency) out.agency = filters.agency;
  if (filters.level && (LEVELS as readonly string[]).includes(filters.level)) out.level = filters.level as Level;
  if (filters.onlineLevel && (ONLINE_LEVELS as readonly string[]).includes(filters.onlineLevel)) out.onlineLevel = filters.onlineLevel as OnlineLevel;
  return out;
}

/** The request parameters of a full search. */
export function searchParams(query: SearchQuery, pageSize: number): SearchParams {
  return { q: query.q, page: query.page, pageSize: clampPageSize(pageSize), ...definedFilters(query.filters) };
}

/** One cache entry per folded query, page and filters: 'Khai sinh' and 'khai sinh' share it. */
export function cacheKey(params: SearchParams): string {
  return JSON.stringify([fold(params.q).replace(/\s+/g, ' ').trim(), params.page, params.pageSize, params.field ?? '', params.level ?? '', params.onlineLevel ?? '', params.agency ?? '']);
}
