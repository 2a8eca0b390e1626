import { Hono } from 'hono';
import type { SandboxDeps } from '../deps.js';
import { catalogRoutes } from './catalog.js';
import { meRoutes } from './me.js';

/**
 * Everything under /api/v1. Each area is one module exporting `xxxRoutes(deps): Hono`;
 * add one line per module below.
 */
export function apiRoutes(deps: SandboxDeps): Hono {
  const api = new Hono();
  api.route('/', catalogRoutes(deps));
  api.route('/', meRoutes(deps));
  return api;
}
