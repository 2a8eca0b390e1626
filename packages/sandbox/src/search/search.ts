import { LEVEL_LABELS, ONLINE_LEVEL_LABELS } from '@dvc-kit/spec';
import type { FacetCount, Level, OnlineLevel, ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';
import type { Queryable } from '../db/database.js';
import type { Locale } from '../http/locale.js';
import { expandWords, type WordMatches } from './expand.js';
import { planSearch, type SearchPlan } from './plan.js';

export interface SearchRequest {
  q?: string | undefined;
  page: number;
  pageSize: number;
  field?: string | undefined;
  level?: Level | undefined;
  onlineLevel?: OnlineLevel | undefined;
  agency?: string | undefined;
  locale: Locale;
}

/** Facet lists longer than this keep their most frequent values. */
export const FACET_LIMIT = 100;

/** Builds SQL with numbered parameters; only values become parameters, never SQL text. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** WHERE conditions selecting the procedures the query matches (alias p). */
function matchConditions(plan: SearchPlan, words: readonly WordMatches[], params: Params): string[] {
  if (plan.kind === 'all') return [];
  if (plan.kind === 'code') {
    return [`p.code_lower LIKE ${params.add(`${plan.codeLower.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)}`];
  }
  return words.map((word) => `p.terms && ${params.add(word.any)}::text[]`);
}

/** ORDER BY terms, most important first (alias p). */
function rankOrder(plan: SearchPlan, words: readonly WordMatches[], params: Params): string[] {
  if (plan.kind === 'all') return ['p.code'];
  if (plan.kind === 'code') return [`(p.code_lower = ${params.add(plan.codeLower)}) DESC`, 'p.code'];
  const typoMisses: string[] = [];
  const nameExact: string[] = [];
  const nameAny: string[] = [];
  for (const word of words) {
    const any = params.add(word.any);
    const exact = params.add(word.exact);
    typoMisses.push(`(NOT p.terms && ${exact}::text[])::int`);
    nameExact.push(`(p.name_terms && ${exact}::text[])::int`);
    nameAny.push(`(p.name_terms && ${any}::text[])::int`);
  }
  const order: string[] = [];
  // 1. the phrase as typed, diacritics included; 2. the phrase folded.
  if (plan.tonePhrase !== null) {
    order.push(`(strpos(' ' || p.name_lower || ' ', ${params.add(plan.tonePhrase)}) > 0) DESC`);
  }
  order.push(`(strpos(' ' || p.name_folded || ' ', ${params.add(plan.foldedPhrase)}) > 0) DESC`);
  // 3. fewer words matched only through a typo; 4. more words found, exactly, in the name.
  order.push(`(${typoMisses.join(' + ')}) ASC`);
  order.push(`(${nameExact.join(' + ')}) DESC`);
  // 5. more of the user's diacritic-bearing words found as typed.
  if (plan.markedWords.length > 0) {
    order.push(
      `(SELECT count(*) FROM unnest(${params.add(plan.markedWords)}::text[]) AS w WHERE w = ANY(p.name_words)) DESC`,
    );
  }
  // 6. more words in the name at all (typos included), then the shortest, most specific name.
  order.push(`(${nameAny.join(' + ')}) DESC`, 'p.name_length ASC', 'p.code');
  return order;
}

interface Filters {
  field: string;
  level: string;
  onlineLevel: string;
  agency: string;
}

function filterConditions(request: SearchRequest, params: Params, alias: string): Filters {
  const field = params.add(request.field ?? null);
  const level = params.add(request.level ?? null);
  const onlineLevel = params.add(request.onlineLevel ?? null);
  const agency = params.add(request.agency ?? null);
  return {
    field: `(${field}::text IS NULL OR ${alias}.field_id = ${field})`,
    level: `(${level}::text IS NULL OR ${level} = ANY(${alias}.levels))`,
    onlineLevel: `(${onlineLevel}::text IS NULL OR ${alias}.online_level = ${onlineLevel})`,
    agency: `(${agency}::text IS NULL OR ${alias}.agency_id = ${agency})`,
  };
}

interface SummaryRow extends Record<string, unknown> {
  summary: ProcedureSummary;
  total: number;
}

interface FacetRow extends Record<string, unknown> {
  facet: 'field' | 'level' | 'onlineLevel' | 'agency';
  value: string;
  label: string | null;
  n: number;
}

const EMPTY_FACETS = (): ProcedureSearchResult['facets'] => ({ field: [], level: [], onlineLevel: [], agency: [] });

/**
 * Ranked, faceted, paged procedure search in plain SQL (the same on PGlite and PostgreSQL).
 * Facets are disjunctive: each facet's counts apply every filter except its own, so a client
 * can show how many results picking another value would give.
 */
export async function searchProcedures(db: Queryable, request: SearchRequest): Promise<ProcedureSearchResult> {
  const plan = planSearch(request.q);
  const words = plan.kind === 'words' ? await expandWords(db, plan.words, plan.prefixWord) : [];
  const page = { page: request.page, pageSize: request.pageSize };
  if (words.some((word) => word.any.length === 0)) {
    return { items: [], total: 0, ...page, facets: EMPTY_FACETS() };
  }

  const itemParams = new Params();
  const where = [...matchConditions(plan, words, itemParams), ...Object.values(filterConditions(request, itemParams, 'p'))];
  const order = rankOrder(plan, words, itemParams);
  const limit = itemParams.add(request.pageSize);
  const offset = itemParams.add((request.page - 1) * request.pageSize);
  const itemsSql = `
    SELECT p.summary, count(*) OVER () AS total
    FROM procedure_search p
    WHERE ${where.length ? where.join(' AND ') : 'true'}
    ORDER BY ${order.join(', ')}
    LIMIT ${limit} OFFSET ${offset}`;

  const facetParams = new Params();
  const facetWhere = matchConditions(plan, words, facetParams);
  const f = filterConditions(request, facetParams, 'm');
  const facetsSql = `
    WITH m AS MATERIALIZED (
      SELECT p.field_id, p.agency_id, p.levels, p.online_level FROM procedure_search p
      WHERE ${facetWhere.length ? facetWhere.join(' AND ') : 'true'}
    )
    SELECT 'field' AS facet, m.field_id AS value, fl.name AS label, count(*)::int AS n
      FROM m JOIN fields fl ON fl.id = m.field_id
      WHERE ${f.level} AND ${f.onlineLevel} AND ${f.agency} GROUP BY m.field_id, fl.name
    UNION ALL
    SELECT 'level', lv, NULL, count(*)::int FROM m CROSS JOIN LATERAL unnest(m.levels) AS lv
      WHERE ${f.field} AND ${f.onlineLevel} AND ${f.agency} GROUP BY lv
    UNION ALL
    SELECT 'onlineLevel', m.online_level, NULL, count(*)::int FROM m
      WHERE ${f.field} AND ${f.level} AND ${f.agency} GROUP BY m.online_level
    UNION ALL
    SELECT 'agency', m.agency_id, a.name, count(*)::int FROM m JOIN agencies a ON a.id = m.agency_id
      WHERE ${f.field} AND ${f.level} AND ${f.onlineLevel} GROUP BY m.agency_id, a.name`;

  const rows = await db.query<SummaryRow>(itemsSql, itemParams.values);
  const facetRows = await db.query<FacetRow>(facetsSql, facetParams.values);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && request.page > 1) {
    // Past the last page: the window count is not there, count separately.
    const countParams = new Params();
    const countWhere = [
      ...matchConditions(plan, words, countParams),
      ...Object.values(filterConditions(request, countParams, 'p')),
    ];
    const counted = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM procedure_search p WHERE ${countWhere.length ? countWhere.join(' AND ') : 'true'}`,
      countParams.values,
    );
    total = counted[0]?.n ?? 0;
  }

  return {
    items: rows.map((row) => row.summary),
    total,
    ...page,
    facets: facetsFrom(facetRows, request.locale),
  };
}

function facetsFrom(rows: readonly FacetRow[], locale: Locale): ProcedureSearchResult['facets'] {
  const facets = EMPTY_FACETS();
  for (const row of rows) {
    const label =
      row.facet === 'level'
        ? (LEVEL_LABELS[row.value as Level]?.[locale] ?? row.value)
        : row.facet === 'onlineLevel'
          ? (ONLINE_LEVEL_LABELS[row.value as OnlineLevel]?.[locale] ?? row.value)
          : (row.label ?? row.value);
    facets[row.facet].push({ value: row.value, label, count: row.n });
  }
  const collator = new Intl.Collator('vi');
  const byCount = (a: FacetCount, b: FacetCount): number => b.count - a.count || collator.compare(a.label, b.label);
  for (const key of Object.keys(facets) as (keyof typeof facets)[]) {
    facets[key] = facets[key].sort(byCount).slice(0, FACET_LIMIT);
  }
  return facets;
}
