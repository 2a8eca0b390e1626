/**
 * `@dvc-kit/client/bff` (Node only): the backend-for-frontend mode, where the
 * agency's server holds the tokens and the browser only has an HttpOnly
 * session cookie. The handler is fetch-style (Web APIs); `toNodeListener`
 * plugs it into `node:http`.
 *
 * @packageDocumentation
 */
export { createBffHandler } from './handler.js';
export type { BffOptions, BffHandler } from './handler.js';
export { MemoryBffSessionStore } from './session-store.js';
export type { BffSession, BffSessionStore } from './session-store.js';
export { toNodeListener } from './node.js';
