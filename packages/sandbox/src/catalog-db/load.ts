import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importCatalog, loadSeed, type Catalog } from '../catalog/index.js';
import type { OpenedDatabase } from '../db/open.js';
import { replaceCatalog } from './write.js';

export interface CatalogLoadResult {
  /** Where the catalog now in the database came from. */
  source: 'seed' | 'file';
  /** False when the database already held this catalog (a restart): nothing was written. */
  imported: boolean;
  procedures: number;
  /** Lines of the file that could not be imported (0 for the seed). */
  rejected: number;
}

export interface LoadCatalogOptions {
  /** A JSONL catalog to import; without it the seed is loaded on first run. */
  file?: string | undefined;
  log?: (line: string) => void;
}

async function readMeta(db: OpenedDatabase, key: string): Promise<string | null> {
  const rows = await db.query<{ value: string }>('SELECT value FROM catalog_meta WHERE key = $1', [key]);
  return rows[0]?.value ?? null;
}

async function countProcedures(db: OpenedDatabase): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM procedures');
  return rows[0]?.n ?? 0;
}

/**
 * Makes sure the database holds a catalog, doing as little as possible so restarts are fast:
 *  - with `file`: imports it unless the same file (path, size, mtime) was imported before;
 *  - without: keeps whatever catalog is there (an imported one stays, so dossiers keep their
 *    procedures), and loads the seed on first run or when the shipped seed changed.
 */
export async function loadCatalog(db: OpenedDatabase, options: LoadCatalogOptions = {}): Promise<CatalogLoadResult> {
  const log = options.log ?? (() => undefined);
  const current = await readMeta(db, 'source');

  if (options.file) {
    const path = resolve(options.file);
    const info = await stat(path).catch(() => {
      throw new Error(`catalog file not found: ${path}`);
    });
    const fingerprint = `file:${path}:${info.size}:${Math.round(info.mtimeMs)}`;
    if (current === fingerprint) {
      return { source: 'file', imported: false, procedures: await countProcedures(db), rejected: 0 };
    }
    log(`importing catalog ${path} ...`);
    const started = Date.now();
    const result = await importCatalog(path, {
      onProgress: ({ lines }) => {
        if (lines % 1000 === 0 && lines > 0) log(`  read ${lines} lines`);
      },
    });
    await replaceCatalog(db, result, fingerprint);
    log(
      `imported ${result.procedures.length} procedures (${result.rejected.length} lines rejected) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const rejection of result.rejected.slice(0, 5)) {
      log(`  rejected line ${rejection.line}${rejection.code ? ` (${rejection.code})` : ''}: ${rejection.reason}`);
    }
    return { source: 'file', imported: true, procedures: result.procedures.length, rejected: result.rejected.length };
  }

  if (current !== null && !current.startsWith('seed:') && (await countProcedures(db)) > 0) {
    return { source: 'file', imported: false, procedures: await countProcedures(db), rejected: 0 };
  }
  const seed: Catalog = await loadSeed();
  const fingerprint = `seed:${createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 16)}`;
  if (current === fingerprint) {
    return { source: 'seed', imported: false, procedures: await countProcedures(db), rejected: 0 };
  }
  await replaceCatalog(db, seed, fingerprint);
  log(`loaded the seed catalog (${seed.procedures.length} procedures)`);
  return { source: 'seed', imported: true, procedures: seed.procedures.length, rejected: 0 };
}
