// Hashes and sizes of built files, as the manifest publishes them and the budgets count them.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Subresource Integrity value of some bytes (sha384, as browsers and CDNs use). */
export function sri(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/**
 * The SHA-256 digest (base64) the loader checks a file against, as SRI `sha256-…`: SRI allows
 * sha256, sha384 and sha512 alike, and the loader's manifest (in every page) carries one digest
 * per file, so the shorter one. The published manifest and snippet keep sha384.
 */
export function loaderDigest(code) {
  return createHash('sha256').update(code).digest('base64');
}

/** Gzip at level 9: deterministic, and what a CDN typically serves. */
export function gzipSize(code) {
  return gzipSync(Buffer.from(code), { level: 9 }).length;
}

/** The manifest's record of one file. */
export function describe(file, code) {
  return { file, integrity: sri(code), bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
}
