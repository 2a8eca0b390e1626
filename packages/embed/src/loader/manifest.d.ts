/**
 * The manifest the build injects into the loader (see rollup.embed.mjs): `files` are
 * [path relative to the loader, sha384 SRI]; `tags` (elements, loaded when they appear) and
 * `parts` (code the runtime asks for, e.g. 'sign-in') map a name to indices into `files`:
 * its entry first, then the shared chunks it imports, deepest first.
 */
declare module 'virtual:dvc-embed-manifest' {
  export const version: string;
  export const files: readonly (readonly [string, string])[];
  export const tags: Readonly<Record<string, readonly number[]>>;
  export const parts: Readonly<Record<string, readonly number[]>>;
}
