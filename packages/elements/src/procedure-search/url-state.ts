import type { SearchFilters } from '../base/events.js';

/** What the search shows, as kept in the page URL when `sync-url` is on. */
export interface UrlState {
  q: string;
  page: number;
  filters: SearchFilters;
  /** The procedure whose detail is open, if any. */
  procedure: string | null;
}

const FILTER_KEYS = ['field', 'level', 'onlineLevel', 'agency'] as const;

/** Reads the search state from a URL's query (`?q=khai+sinh&page=2&field=ho-tich&procedure=1.001193`). */
export function readUrlState(url: URL): UrlState | null {
  const p = url.searchParams;
  if (!p.has('q') && !p.has('procedure')) return null;
  const page = Number(p.get('page') ?? '1');
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = p.get(key);
    if (value) filters[key] = value;
  }
  return {
    q: p.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    filters,
    procedure: p.get('procedure') || null,
  };
}

/** A copy of `url` carrying `state`, keeping the page's other parameters. */
export function writeUrlState(url: URL, state: UrlState): URL {
  const next = new URL(url.href);
  const p = next.searchParams;
  for (const key of ['q', 'page', 'procedure', ...FILTER_KEYS]) p.delete(key);
  p.set('q', state.q);
  if (state.page > 1) p.set('page', String(state.page));
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) p.set(key, value);
  }
  if (state.procedure) p.set('procedure', state.procedure);
  return next;
}
