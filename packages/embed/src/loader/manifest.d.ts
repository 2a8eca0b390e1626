/**
 * The element manifest the build injects into the loader (see rollup.embed.mjs):
 * `files` are [path relative to the loader, sha384 SRI]; `tags` map each tag to
 * indices into `files`, its entry first, then the shared chunks it imports.
 */
declare module 'virtual:dvc-embed-manifest' {
  export const version: string;
  export const files: readonly (readonly [string, string])[];
  export const tags: Readonly<Record<string, readonly number[]>>;
}
