import { Hono } from 'hono';
import type { SandboxDeps } from '../deps.js';
import { administrativeUnitRoutes } from './administrative-units.js';
import { catalogRoutes } from './catalog.js';
import { formRoutes } from './forms.js';
import { meRoutes } from './me.js';
import { dossierRoutes } from './dossiers.js';
import { paymentRoutes } from './payments.js';
import { sandboxControlRoutes } from './sandbox-control.js';
import { statisticsRoutes } from './statistics.js';
import { uploadRoutes } from './uploads.js';
import { webhookRoutes } from './webhooks.js';

/**
 * Everything under /api/v1. Each area is one module exporting `xxxRoutes(deps): Hono`;
 * add one line per module below.
 */
export function apiRoutes(deps: SandboxDeps): Hono {
  const api = new Hono();
  api.route('/', catalogRoutes(deps));
  api.route('/', administrativeUnitRoutes(deps));
  api.route('/', formRoutes(deps));
  api.route('/', meRoutes(deps));
  api.route('/', dossierRoutes(deps));
  api.route('/', uploadRoutes(deps));
  api.route('/', paymentRoutes(deps));
  api.route('/', statisticsRoutes(deps));
  api.route('/', webhookRoutes(deps));
  api.route('/', sandboxControlRoutes(deps));
  return api;
}
