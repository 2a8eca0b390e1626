// @dvc-kit/spec: the portal contract as TypeScript types, valibot schemas (Standard Schema) and constants.
// Browser-safe; the Node-only document loader is the `@dvc-kit/spec/document` subpath.
export type * from './types.js';
export * from './enums.js';
export * from './problems.js';
export * from './limits.js';
export * from './schemas/index.js';
export type { Equal, MutuallyAssignable } from './type-equality.js';
