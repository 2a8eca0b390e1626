import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenedDatabase } from './open.js';

/** packages/sandbox/migrations: plain SQL files applied in name order (001_..., 002_...). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any fixed number: the advisory lock that keeps two starting sandboxes from migrating at once. */
const MIGRATION_LOCK_KEY = 7_231_001;

/**
 * Applies every migration not yet recorded in `schema_migrations`, all in one transaction
 * behind an advisory lock: a second instance starting at the same time waits, then finds
 * nothing left to do. A failing migration rolls back entirely and the error names the file.
 * Returns the names applied by this call.
 */
export async function migrate(db: OpenedDatabase, folder: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
    );
    const applied: string[] = [];
    for (const name of files) {
      if (done.has(name)) continue;
      const sql = await readFile(`${folder}/${name}`, 'utf8');
      try {
        await tx.exec(sql);
      } catch (error) {
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}
