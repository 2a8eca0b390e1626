import type { Agency, Catalog, Field, Procedure, ProcedureSummary } from '../catalog/index.js';
import type { OpenedDatabase } from '../db/open.js';
import type { Queryable } from '../db/database.js';
import { searchColumns } from '../search/text.js';

/** Rows per INSERT: large enough to be quick, small enough to stay well under parameter limits. */
const BATCH = 500;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Agencies and fields from the catalog plus any a procedure names but the lists lack. */
function collect<T extends { id: string }>(listed: readonly T[], used: Iterable<T>): T[] {
  const byId = new Map<string, T>();
  for (const item of listed) byId.set(item.id, item);
  for (const item of used) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

async function insertAgencies(tx: Queryable, agencies: readonly Agency[]): Promise<void> {
  for (const batch of chunks(agencies, BATCH)) {
    await tx.query(
      `INSERT INTO agencies (id, name, level, parent_id)
       SELECT id, name, level, parent_id FROM jsonb_to_recordset($1::jsonb)
         AS a(id text, name text, level text, parent_id text)`,
      [JSON.stringify(batch.map((a) => ({ id: a.id, name: a.name, level: a.level, parent_id: a.parentId })))],
    );
  }
}

async function insertFields(tx: Queryable, fields: readonly Field[]): Promise<void> {
  for (const batch of chunks(fields, BATCH)) {
    await tx.query(
      `INSERT INTO fields (id, name) SELECT id, name FROM jsonb_to_recordset($1::jsonb) AS f(id text, name text)`,
      [JSON.stringify(batch)],
    );
  }
}

function summaryOf(p: Procedure): ProcedureSummary {
  return {
    code: p.code, name: p.name, field: p.field, levels: p.levels, onlineLevel: p.onlineLevel,
    agency: p.agency, decisionNo: p.decisionNo,
  };
}

async function insertProcedures(tx: Queryable, procedures: readonly Procedure[]): Promise<void> {
  for (const batch of chunks(procedures, BATCH)) {
    await tx.query(
      `INSERT INTO procedures (code, name, field_id, agency_id, levels, online_level, decision_no, document)
       SELECT code, name, field_id, agency_id, levels, online_level, decision_no, document
       FROM jsonb_to_recordset($1::jsonb) AS p(code text, name text, field_id text, agency_id text,
         levels text[], online_level text, decision_no text, document jsonb)`,
      [JSON.stringify(batch.map((p) => ({
        code: p.code, name: p.name, field_id: p.field.id, agency_id: p.agency.id, levels: p.levels,
        online_level: p.onlineLevel, decision_no: p.decisionNo, document: p,
      })))],
    );
  }
}

/** The search rows of procedures already in `procedures` (also used by the bench's bulk loader). */
export async function insertSearchRows(tx: Queryable, procedures: readonly Procedure[]): Promise<void> {
  for (const batch of chunks(procedures, BATCH)) {
    await tx.query(
      `INSERT INTO procedure_search (code, field_id, agency_id, levels, online_level, summary, name_length,
                                     code_lower, name_lower, name_folded, name_terms, name_words, terms)
       SELECT code, field_id, agency_id, levels, online_level, summary, name_length,
              code_lower, name_lower, name_folded, name_terms, name_words, terms
       FROM jsonb_to_recordset($1::jsonb) AS p(code text, field_id text, agency_id text, levels text[],
         online_level text, summary jsonb, name_length integer, code_lower text, name_lower text,
         name_folded text, name_terms text[], name_words text[], terms text[])`,
      [JSON.stringify(batch.map((p) => ({
        code: p.code, field_id: p.field.id, agency_id: p.agency.id, levels: p.levels, online_level: p.onlineLevel,
        summary: summaryOf(p), name_length: [...p.name].length, ...searchColumns(p),
      })))],
    );
  }
}

/** The search vocabulary (term -> how many procedures use it), rebuilt from the search rows. */
export async function rebuildSearchTerms(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM search_terms');
  await tx.query(
    `INSERT INTO search_terms (term, doc_count)
     SELECT term, count(*)::int FROM procedure_search, unnest(terms) AS term GROUP BY term`,
  );
}

/**
 * Replaces the whole catalog in one transaction (readers see the old one or the new one, never
 * half), rebuilds the search vocabulary and records where the catalog came from.
 */
export async function replaceCatalog(db: OpenedDatabase, catalog: Catalog, source: string): Promise<void> {
  const agencies = collect(catalog.agencies, catalog.procedures.map((p) => p.agency));
  const fields = collect(catalog.fields, catalog.procedures.map((p) => p.field));
  await db.transaction(async (tx) => {
    await tx.exec(
      'DELETE FROM search_terms; DELETE FROM procedure_search; DELETE FROM procedures; DELETE FROM agencies; DELETE FROM fields;',
    );
    await insertAgencies(tx, agencies);
    await insertFields(tx, fields);
    await insertProcedures(tx, catalog.procedures);
    await insertSearchRows(tx, catalog.procedures);
    await rebuildSearchTerms(tx);
    await tx.query(
      `INSERT INTO catalog_meta (key, value) VALUES ('source', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [source],
    );
  });
  // Fresh statistics so the planner uses the GIN index well from the first search.
  await db.exec('ANALYZE procedures; ANALYZE procedure_search; ANALYZE search_terms;');
}
