import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { EmbedManifest, ManifestEntry } from '../../src/shared/types.js';

/** Bytes of a built file after gzip -9, measured from the file itself (not the manifest's claim). */
export function gzipBytes(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
}

/** What one element or part adds to a page that already has the base chunk. */
export function ownBytes(dir: string, manifest: EmbedManifest, entry: ManifestEntry): number {
  const files = [entry.entry, ...entry.imports].filter((f) => f.file !== manifest.base.file);
  return files.reduce((sum, f) => sum + gzipBytes(dir, f.file), 0);
}
