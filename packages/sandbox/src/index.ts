/**
 * @dvc-kit/sandbox: a local, stateful emulator of the national public-service portal.
 * Start it with `startSandbox()` (or the `dvc-sandbox` CLI); `createApp()` gives the bare
 * fetch-style Hono app for embedding it elsewhere.
 */
export { startSandbox } from './server.js';
export type { RunningSandbox, StartSandboxOptions } from './server.js';
export { createApp, SANDBOX_VERSION } from './app.js';
export { openDatabase } from './db/open.js';
export type { OpenDatabaseOptions, OpenedDatabase } from './db/open.js';
export { migrate } from './db/migrate.js';
export type { Database, Queryable } from './db/database.js';
export type { Principal, SandboxConfig, SandboxDeps } from './deps.js';
export type { RateLimit } from './http/token-buckets.js';
