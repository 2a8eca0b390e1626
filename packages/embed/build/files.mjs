// Hashes and sizes of built files, as the manifest publishes them and the budgets count them.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Subresource Integrity value of some bytes (sha384, as browsers and CDNs use). */
export function sri(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/** Gzip at level 9: deterministic, and what a CDN typically serves. */
export function gzipSize(code) {
  return gzipSync(Buffer.from(code), { level: 9 }).length;
}

/** The manifest's record of one file. */
export function describe(file, code) {
  return { file, integrity: sri(code), bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
}
