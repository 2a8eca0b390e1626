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
  // Words standing for one catalog word go into a single containment test (cheap, GIN-indexed);
  // only words with alternatives (typos, an unfinished word) need an overlap test each.
  const single = words.filter((word) => word.any.length === 1).map((word) => word.any[0]);
  const conditions = single.length ? [`p.terms @> ${params.add(single)}::text[]`] : [];
  for (const word of words) {
    if (word.any.length > 1) conditions.push(`p.terms && ${params.add(word.any)}::text[]`);
  }
  return conditions;
}

/** One ORDER BY key: an expression over alias p and its direction. */
interface RankKey {
  expr: string;
  dir: 'ASC' | 'DESC';
}

/** Rank keys, most important first (alias p). */
function rankKeys(plan: SearchPlan, words: readonly WordMatches[], params: Params): RankKey[] {
  if (plan.kind === 'all') return [];
  if (plan.kind === 'code') return [{ expr: `(p.code_lower = ${params.add(plan.codeLower)})`, dir: 'DESC' }];
  // Array tests cost per row, so only words with typo alternatives get the typo-related ones.
  const typoMisses: string[] = [];
  const nameExact: string[] = [];
  const nameTypo: string[] = [];
  for (const word of words) {
    const exact = params.add(word.exact);
    nameExact.push(`(p.name_terms && ${exact}::text[])::int`);
    if (word.any.length > word.exact.length) {
      typoMisses.push(`(NOT p.terms && ${exact}::text[])::int`);
      nameTypo.push(`(p.name_terms && ${params.add(word.any)}::text[])::int`);
    }
  }
  const keys: RankKey[] = [];
  // 1. the phrase as typed, diacritics included; 2. the phrase folded.
  if (plan.tonePhrase !== null) {
    keys.push({ expr: `(strpos(' ' || p.name_lower || ' ', ${params.add(plan.tonePhrase)}) > 0)`, dir: 'DESC' });
  }
  keys.push({ expr: `(strpos(' ' || p.name_folded || ' ', ${params.add(plan.foldedPhrase)}) > 0)`, dir: 'DESC' });
  // 3. fewer words matched only through a typo; 4. more words found, exactly, in the name.
  if (typoMisses.length) keys.push({ expr: `(${typoMisses.join(' + ')})`, dir: 'ASC' });
  keys.push({ expr: `(${nameExact.join(' + ')})`, dir: 'DESC' });
  // 5. more of the user's diacritic-bearing words found as typed.
  if (plan.markedWords.length > 0) {
    // A sum of plain comparisons: a correlated subquery here would run once per matching row.
    const found = plan.markedWords.map((word) => `(${params.add(word)}::text = ANY(p.name_words))::int`);
    keys.push({ expr: `(${found.join(' + ')})`, dir: 'DESC' });
  }
  // 6. more words in the name through a typo; the caller adds the shortest name last.
  if (nameTypo.length) keys.push({ expr: `(${nameTypo.join(' + ')})`, dir: 'DESC' });
  return keys;
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

interface ResultRow extends Record<string, unknown> {
  facet: 'total' | 'item' | 'field' | 'level' | 'onlineLevel' | 'agency';
  value: string | null;
  label: string | null;
  /** The count, or an item's position on the page. */
  n: number;
  summary: ProcedureSummary | null;
}

interface FacetRow extends ResultRow {
  facet: 'field' | 'level' | 'onlineLevel' | 'agency';
  value: string;
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

  const params = new Params();
  const match = matchConditions(plan, words, params);
  const f = filterConditions(request, params, 'p');
  const keys = rankKeys(plan, words, params);
  const limit = params.add(request.pageSize);
  const offset = params.add((request.page - 1) * request.pageSize);
  const rankColumns = keys.map((key, i) => `, ${key.expr} AS r${i}`).join('');
  // Text matches end with the shortest (most specific) name; a listing or a code goes by code.
  const tail = plan.kind === 'words' ? ['name_length ASC', 'code ASC'] : ['code ASC'];
  const orderBy = [...keys.map((key, i) => `r${i} ${key.dir}`), ...tail].join(', ');
  const all = (...conditions: string[]) => conditions.join(' AND ');
  // One statement, one scan: the matching rows once (with each filter's verdict and the rank
  // keys), then the requested page and the four facets from that set.
  const sql = `
    WITH m AS MATERIALIZED (
      SELECT p.code, p.field_id, p.agency_id, p.levels, p.online_level, p.name_length,
             ${f.field} AS f_field, ${f.level} AS f_level, ${f.onlineLevel} AS f_online, ${f.agency} AS f_agency
             ${rankColumns}
      FROM procedure_search p
      WHERE ${match.length ? match.join(' AND ') : 'true'}
    ),
    kept AS (SELECT * FROM m WHERE ${all('f_field', 'f_level', 'f_online', 'f_agency')}),
    page AS (
      SELECT code, row_number() OVER () AS pos
      FROM (SELECT code FROM kept ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}) AS ranked
    )
    SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS n, NULL::jsonb AS summary FROM kept
    UNION ALL
    SELECT 'item', NULL, NULL, page.pos::int, p.summary FROM page JOIN procedure_search p ON p.code = page.code
    UNION ALL
    SELECT 'field', g.value, fl.name, g.n, NULL FROM (
      SELECT field_id AS value, count(*)::int AS n FROM m WHERE ${all('f_level', 'f_online', 'f_agency')} GROUP BY field_id
    ) AS g JOIN fields fl ON fl.id = g.value
    UNION ALL
    SELECT 'level', lv, NULL, count(*)::int, NULL FROM m CROSS JOIN LATERAL unnest(m.levels) AS lv
      WHERE ${all('f_field', 'f_online', 'f_agency')} GROUP BY lv
    UNION ALL
    SELECT 'onlineLevel', online_level, NULL, count(*)::int, NULL FROM m
      WHERE ${all('f_field', 'f_level', 'f_agency')} GROUP BY online_level
    UNION ALL
    SELECT 'agency', g.value, a.name, g.n, NULL FROM (
      SELECT agency_id AS value, count(*)::int AS n FROM m WHERE ${all('f_field', 'f_level', 'f_online')} GROUP BY agency_id
    ) AS g JOIN agencies a ON a.id = g.value`;

  const rows = await db.query<ResultRow>(sql, params.values);
  const total = rows.find((row) => row.facet === 'total')?.n ?? 0;
  const items = rows
    .filter((row): row is ResultRow & { summary: ProcedureSummary } => row.facet === 'item' && row.summary !== null)
    .sort((a, b) => a.n - b.n)
    .map((row) => row.summary);
  const facetRows = rows.filter((row): row is FacetRow => row.facet !== 'total' && row.facet !== 'item');

  return {
    items,
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
