import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';

/** Where upload bytes live: <dataDir>/uploads/<id>, with tus's <id>.json beside each. */
export function uploadsDirectory(dataDir: string): string {
  return join(dataDir, 'uploads');
}

/**
 * tus's file store over the uploads folder. Its own expiration stays off: @tus/server would judge
 * it by the wall clock rather than the sandbox's injectable one, and would also refuse HEAD and
 * PATCH on finished uploads; the sandbox decides expiry itself (expiry.ts, sweep.ts).
 */
export function openUploadStore(dataDir: string): FileStore {
  return new FileStore({ directory: uploadsDirectory(dataDir) });
}

/**
 * Deletes an upload's bytes and tus's record of them, whichever are there (the store's own
 * remove gives up before the record when the bytes are already gone).
 */
export async function removeUploadFiles(directory: string, id: string): Promise<void> {
  await rm(join(directory, id), { force: true });
  await rm(join(directory, `${id}.json`), { force: true });
}
