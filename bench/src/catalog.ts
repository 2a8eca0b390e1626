/**
 * The two catalog sizes the search figures are measured at, built from the real national export
 * at bench time (never committed): the 2,642 national procedures, and those times the 34 provinces
 * as local variants (code + '.000.00.00.H<nn>', ~90,000 procedures).
 *
 * The sandbox's importer only accepts national codes (d.dddddd), so the catalogs are loaded by a
 * bench-only loader, then the sandbox starts on that database without --catalog (it keeps an
 * imported catalog). The national rows go through the sandbox's own normalisation
 * (normalizeProcedure) and write path (replaceCatalog). Sending 34 more copies of every ~7 KB
 * document through that path costs PGlite minutes (≈220 s on a loaded 2-core machine), so the
 * variants' documents are copied inside the database (INSERT … SELECT, code rewritten), while
 * their search rows go through the sandbox's own insertSearchRows(); the search table's
 * secondary indexes are rebuilt once from their own definitions after the rows are in, and the
 * vocabulary (rebuildSearchTerms) and statistics are rebuilt as replaceCatalog does.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normalizeProcedure } from '../../packages/sandbox/src/catalog/normalize.js';
import type { Catalog } from '../../packages/sandbox/src/catalog/import.js';
import type { Agency, Field, Procedure } from '../../packages/sandbox/src/catalog/types.js';
import { openDatabase } from '../../packages/sandbox/src/db/open.js';
import { migrate } from '../../packages/sandbox/src/db/migrate.js';
import { insertSearchRows, rebuildSearchTerms, replaceCatalog } from '../../packages/sandbox/src/catalog-db/write.js';
import { REAL_CATALOG } from './paths.js';

export const PROVINCES = 34;

/** The real catalog, normalised exactly as the sandbox's importer does (first spelling of a field wins). */
export async function readNational(file = REAL_CATALOG): Promise<Catalog> {
  const procedures: Procedure[] = [];
  const agencies = new Map<string, Agency>();
  const fields = new Map<string, Field>();
  const seen = new Set<string>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    if (!text.trim()) continue;
    const result = normalizeProcedure(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (!result.ok || seen.has(result.procedure.code)) continue;
    seen.add(result.procedure.code);
    const field = fields.get(result.procedure.field.id) ?? result.procedure.field;
    fields.set(field.id, field);
    agencies.set(result.procedure.agency.id, result.procedure.agency);
    procedures.push({ ...result.procedure, field });
  }
  return { procedures, agencies: [...agencies.values()], fields: [...fields.values()] };
}

export const provinceSuffix = (n: number): string => `.000.00.00.H${String(n).padStart(2, '0')}`;

/** The national catalog and how many provinces' local variants of it to add (0: none). */
export interface BenchCatalog { national: Catalog; provinces: number }
export const catalogSize = (c: BenchCatalog): number => c.national.procedures.length * (1 + c.provinces);

/** Loads a catalog into a fresh sandbox database (PGlite in dataDir, or the given PostgreSQL). */
export async function loadInto(catalog: BenchCatalog, target: { dataDir: string; databaseUrl?: string | undefined }): Promise<number> {
  const started = performance.now();
  const db = await openDatabase({ dataDir: target.dataDir, url: target.databaseUrl });
  try {
    await migrate(db);
    await replaceCatalog(db, catalog.national, `bench:${catalogSize(catalog)}`);
    if (catalog.provinces > 0) {
      await db.transaction(async (tx) => {
        // Bulk-load practice: build the search table's secondary indexes (the GIN one above all)
        // once after the rows are in, from their own definitions, instead of row by row.
        const indexes = await tx.query<{ name: string; def: string }>(
          `SELECT indexname AS name, indexdef AS def FROM pg_indexes
           WHERE tablename = 'procedure_search' AND schemaname = current_schema() AND indexname NOT LIKE '%pkey'`,
        );
        for (const index of indexes) await tx.exec(`DROP INDEX ${index.name};`);
        for (let n = 1; n <= catalog.provinces; n += 1) {
          const suffix = provinceSuffix(n);
          await tx.query(
            `INSERT INTO procedures (code, name, field_id, agency_id, levels, online_level, decision_no, document)
             SELECT code || $1, name, field_id, agency_id, levels, online_level, decision_no,
                    jsonb_set(document, '{code}', to_jsonb(code || $1))
             FROM procedures WHERE code ~ '^[0-9]+[.][0-9]{6}$'`,
            [suffix],
          );
          const variants: Procedure[] = catalog.national.procedures.map((p) => ({ ...p, code: `${p.code}${suffix}` }));
          await insertSearchRows(tx, variants);
        }
        for (const index of indexes) await tx.exec(`${index.def};`);
        await rebuildSearchTerms(tx);
      });
      await db.exec('ANALYZE procedures; ANALYZE procedure_search; ANALYZE search_terms;');
    }
  } finally {
    await db.close();
  }
  return performance.now() - started;
}
