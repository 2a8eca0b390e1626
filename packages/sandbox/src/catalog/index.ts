export { importCatalog, loadSeed } from './import.js';
export type { Catalog, ImportOptions, ImportResult, Rejection } from './import.js';
export { normalizeProcedure, deriveOnlineLevel } from './normalize.js';
export type { NormalizeResult, RawProcedure } from './normalize.js';
export { slugify } from './slug.js';
export * from './types.js';
