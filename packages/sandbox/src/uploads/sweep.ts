import { readdir } from 'node:fs/promises';
import type { SandboxDeps } from '../deps.js';
import { removeUploadFiles, uploadsDirectory } from './store.js';

/** Rows deleted per statement: a big backlog drains in several short statements. */
const BATCH = 100;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UploadSweepResult {
  /** Unfinished uploads past their Upload-Expires. */
  expired: number;
  /** Finished uploads left unattached for a whole period. */
  orphaned: number;
  /** Uploads whose files were on disk without a row (a crash between deleting the row and the bytes). */
  strayFiles: number;
}

/**
 * Which uploads go, decided and deleted in one statement so that nothing attached in between is
 * ever taken: rows locked by an attach in progress are skipped, and an attach that waited for
 * this statement then finds no upload. Never an attached file (`attached_at` set): those belong
 * to a dossier. Unfinished uploads go a period after creation (their Upload-Expires); finished
 * ones a period after they finished or their dossier last changed, whichever is later, so
 * detaching a file from a draft to attach it elsewhere does not lose it at once.
 */
const DELETE_DUE = `
  WITH due AS (
    SELECT u.id FROM uploads u LEFT JOIN dossiers d ON d.id = u.dossier_id
    WHERE u.attached_at IS NULL AND (
      (u.state = 'uploading' AND u.created_at < $1) OR
      (u.state = 'complete' AND GREATEST(u.completed_at, d.updated_at) < $1))
    ORDER BY u.created_at LIMIT $2
    FOR UPDATE OF u SKIP LOCKED)
  DELETE FROM uploads WHERE id IN (SELECT id FROM due)
  RETURNING id::text AS id, state`;

/**
 * One sweep of the uploads: deletes what expired (rows first, then bytes: a crash in between
 * leaves only files without a row, which the next sweep's stray pass removes). Does nothing when
 * expiry is off (`uploadExpiryMs` 0). An aborted `signal` (the server stopping) ends a long
 * backlog early; the rest waits for the next sweep.
 */
export async function sweepUploads(deps: SandboxDeps, signal?: AbortSignal): Promise<UploadSweepResult> {
  const result: UploadSweepResult = { expired: 0, orphaned: 0, strayFiles: 0 };
  const periodMs = deps.config.uploadExpiryMs;
  if (!(periodMs > 0)) return result;
  const directory = uploadsDirectory(deps.config.dataDir);
  const cutoff = new Date(deps.now().getTime() - periodMs);
  for (;;) {
    const deleted = await deps.db.query<{ id: string; state: 'uploading' | 'complete' }>(DELETE_DUE, [cutoff, BATCH]);
    for (const row of deleted) {
      await removeUploadFiles(directory, row.id);
      if (row.state === 'complete') result.orphaned += 1;
      else result.expired += 1;
    }
    if (deleted.length < BATCH || signal?.aborted) break;
  }
  if (!signal?.aborted) result.strayFiles = await removeStrayFiles(deps, directory);
  return result;
}

/**
 * Files whose upload row is gone. A row is always written before tus creates its files, so a
 * file listed here without a row is a leftover, never an upload being created.
 */
async function removeStrayFiles(deps: SandboxDeps, directory: string): Promise<number> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const ids = [...new Set(names.map((name) => name.replace(/\.json$/, '')))].filter((id) => UPLOAD_ID.test(id));
  if (ids.length === 0) return 0;
  const known = await deps.db.query<{ id: string }>(
    'SELECT id::text AS id FROM uploads WHERE id IN (SELECT (jsonb_array_elements_text($1::jsonb))::uuid)',
    [JSON.stringify(ids)],
  );
  const kept = new Set(known.map((row) => row.id));
  const stray = ids.filter((id) => !kept.has(id));
  for (const id of stray) await removeUploadFiles(directory, id);
  return stray.length;
}
