import { Hono } from 'hono';
import { DossierSchema, SandboxStatusRequestSchema } from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { setStatusByControl } from '../dossiers/control.js';
import { dossierView, findDossierAnyOwner } from '../dossiers/repository.js';
import { json, parseBody } from '../http/validate.js';

/**
 * POST /sandbox/dossiers/{ref}/status: the sandbox-only officer's desk. No token: the sandbox is a
 * local test tool, and this route does not exist on a real portal. It follows the lifecycle's
 * transition rules and creates supplement and payment requests as an officer would.
 */
export function sandboxControlRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();
  routes.post('/sandbox/dossiers/:ref/status', async (c) => {
    const body = await parseBody(c, SandboxStatusRequestSchema);
    const ref = c.req.param('ref');
    const view = await deps.db.transaction(async (tx) => {
      const row = await findDossierAnyOwner(tx, ref, { lock: true });
      return dossierView(tx, await setStatusByControl(tx, deps.now(), row, body), deps.config.publicUrl);
    });
    return json(c, DossierSchema, view);
  });
  return routes;
}
