/**
 * The two catalog sizes the search figures are measured at, built from the real national export
 * at bench time (never committed): the 2,642 national procedures, and those times the 34 provinces
 * as local variants (code + '.000.00.00.H<nn>', ~90,000 procedures).
 *
 * The sandbox's importer only accepts national codes (d.dddddd), so the variants are loaded by a
 * bench-only loader that reuses the sandbox's own normalisation (normalizeProcedure) and write
 * path (replaceCatalog: batched multi-row inserts, the search columns, the vocabulary, ANALYZE),
 * then starts the sandbox on that database without --catalog (it keeps an imported catalog).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normalizeProcedure } from '../../packages/sandbox/src/catalog/normalize.js';
import type { Catalog } from '../../packages/sandbox/src/catalog/import.js';
import type { Agency, Field, Procedure } from '../../packages/sandbox/src/catalog/types.js';
import { openDatabase } from '../../packages/sandbox/src/db/open.js';
import { migrate } from '../../packages/sandbox/src/db/migrate.js';
import { replaceCatalog } from '../../packages/sandbox/src/catalog-db/write.js';
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

/** The national catalog plus one local variant of every procedure per province. */
export function withProvinces(national: Catalog, provinces = PROVINCES): Catalog {
  const procedures: Procedure[] = [...national.procedures];
  for (let n = 1; n <= provinces; n += 1) {
    const suffix = `.000.00.00.H${String(n).padStart(2, '0')}`;
    for (const p of national.procedures) procedures.push({ ...p, code: `${p.code}${suffix}` });
  }
  return { ...national, procedures };
}

/** Loads a catalog into a fresh sandbox database (PGlite in dataDir, or the given PostgreSQL). */
export async function loadInto(catalog: Catalog, target: { dataDir: string; databaseUrl?: string | undefined }): Promise<number> {
  const started = performance.now();
  const db = await openDatabase({ dataDir: target.dataDir, url: target.databaseUrl });
  try {
    await migrate(db);
    await replaceCatalog(db, catalog, `bench:${catalog.procedures.length}`);
  } finally {
    await db.close();
  }
  return performance.now() - started;
}
