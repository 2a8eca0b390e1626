import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the bench is started from. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_CATALOG = resolve(REPO, '../shared/data/procedures-national.jsonl');

export function requireRealCatalog(): string {
  if (!existsSync(REAL_CATALOG)) {
    throw new Error(`bench: the real catalog is missing at ${REAL_CATALOG} (../shared/data from the repo root)`);
  }
  return REAL_CATALOG;
}
