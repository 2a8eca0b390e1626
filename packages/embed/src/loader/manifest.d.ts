/**
 * The manifest the build injects into the loader (see rollup.embed.mjs): `files` are
 * [path relative to the loader without its '.js', base64 SHA-256 digest: the loader checks
 * the file as SRI `sha256-<digest>`], each file once even when several tags load it; `tags` (elements, loaded when they appear) and
 * `parts` (code the runtime asks for, e.g. 'sign-in') map a name to indices into `files`:
 * its entry first, then the shared chunks it imports, deepest first, except the base chunk:
 * every entry imports it, so it is file 0 and the loader always fetches it first.
 */
declare module 'virtual:dvc-embed-manifest' {
  export const version: string;
  export const files: readonly (readonly [string, string])[];
  export const tags: Readonly<Record<string, readonly number[]>>;
  export const parts: Readonly<Record<string, readonly number[]>>;
}
