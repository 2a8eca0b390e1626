import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import {
  AttachmentRefSchema, CreateDossierRequestSchema, DossierListSchema, DossierSchema, DossierStatusSchema,
  SupplementResponseRequestSchema, UpdateDossierRequestSchema, WithdrawDossierRequestSchema,
  PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, type Dossier,
} from '@dvc-kit/spec';
import type { Queryable } from '../db/database.js';
import type { Principal, SandboxDeps } from '../deps.js';
import { idempotent, keyedRequest } from '../dossiers/idempotency.js';
import { requirePrincipal } from '../dossiers/principal.js';
import { dossierView, dossierViews, findOwnDossier } from '../dossiers/repository.js';
import {
  answerSupplement, attachToDraft, createDossier, detachFromDraft, submitDossier, updateDraft, withdrawDossier,
  type ActionContext,
} from '../dossiers/service.js';
import type { DossierRow } from '../dossiers/types.js';
import { queryInt } from '../http/query.js';
import { json, parseBody, parseQuery } from '../http/validate.js';

const ListQuerySchema = v.object({
  status: v.optional(DossierStatusSchema),
  page: v.optional(queryInt(1)),
  pageSize: v.optional(queryInt(1, PAGE_SIZE_MAX)),
});

const replayHeaders = (replayed: boolean): Record<string, string> => (replayed ? { 'idempotency-replayed': 'true' } : {});

/**
 * The signed-in applicant's dossiers: create (idempotent), list, read, change a draft, attach and
 * detach files, submit (idempotent), withdraw, answer a supplement request. Someone else's dossier
 * answers exactly like a missing one (404 dossier_not_found), so existence never leaks.
 */
export function dossierRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();
  const publicUrl = deps.config.publicUrl;

  /** Runs a change to one of the caller's dossiers in one transaction, answering with its new view. */
  async function change(
    c: Context, principal: Principal, work: (tx: Queryable, ctx: ActionContext, row: DossierRow) => Promise<DossierRow>,
  ): Promise<Response> {
    const ref = c.req.param('ref') ?? '';
    const view = await deps.db.transaction(async (tx) => {
      const row = await findOwnDossier(tx, ref, principal.sub, { lock: true });
      return dossierView(tx, await work(tx, { principal, now: deps.now() }, row), publicUrl);
    });
    return json(c, DossierSchema, view);
  }

  routes.post('/dossiers', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, CreateDossierRequestSchema);
    const now = deps.now();
    const result = await idempotent(
      deps.db,
      keyedRequest(c.req.raw, { ownerSub: principal.sub, body, now, required: true }),
      async (tx) => {
        const row = await createDossier(tx, { principal, now }, body);
        return { status: 201, body: await dossierView(tx, row, publicUrl) };
      },
    );
    const dossier = result.body as Dossier;
    return json(c, DossierSchema, dossier, 201, {
      location: `/api/v1/dossiers/${dossier.id}`, ...replayHeaders(result.replayed),
    });
  });

  routes.get('/dossiers', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const query = parseQuery(c, ListQuerySchema);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
    const params: unknown[] = [principal.sub];
    let where = 'owner_sub = $1';
    if (query.status) {
      params.push(query.status);
      where += ' AND status = $2';
    }
    const totals = await deps.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dossiers WHERE ${where}`, params);
    const rows = await deps.db.query<DossierRow>(
      `SELECT * FROM dossiers WHERE ${where} ORDER BY created_at DESC, id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const items = await dossierViews(deps.db, rows, publicUrl);
    return json(c, DossierListSchema, { items, total: Number(totals[0]?.n ?? 0), page, pageSize });
  });

  routes.get('/dossiers/:ref', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const row = await findOwnDossier(deps.db, c.req.param('ref'), principal.sub);
    return json(c, DossierSchema, await dossierView(deps.db, row, publicUrl));
  });

  routes.patch('/dossiers/:ref', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, UpdateDossierRequestSchema);
    return change(c, principal, (tx, ctx, row) => updateDraft(tx, ctx, row, body));
  });

  routes.post('/dossiers/:ref/attachments', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, AttachmentRefSchema);
    return change(c, principal, (tx, ctx, row) => attachToDraft(tx, ctx, row, body.componentId, body.uploadId));
  });

  routes.delete('/dossiers/:ref/attachments/:uploadId', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const uploadId = c.req.param('uploadId');
    return change(c, principal, (tx, ctx, row) => detachFromDraft(tx, ctx, row, uploadId));
  });

  routes.post('/dossiers/:ref/submit', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const ref = c.req.param('ref');
    const now = deps.now();
    // Resolve the dossier first, so a retried submit keyed by code or by id is the same request.
    const found = await findOwnDossier(deps.db, ref, principal.sub);
    const result = await idempotent(
      deps.db,
      keyedRequest(c.req.raw, {
        ownerSub: principal.sub, body: null, now, required: true, path: `/api/v1/dossiers/${found.id}/submit`,
      }),
      async (tx) => {
        const row = await findOwnDossier(tx, found.id, principal.sub, { lock: true });
        const submitted = await submitDossier(tx, { principal, now }, row, { requireForms: deps.config.requireForms });
        return { status: 200, body: await dossierView(tx, submitted, publicUrl) };
      },
    );
    return json(c, DossierSchema, result.body as Dossier, 200, replayHeaders(result.replayed));
  });

  routes.post('/dossiers/:ref/withdraw', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, WithdrawDossierRequestSchema);
    return change(c, principal, (tx, ctx, row) => withdrawDossier(tx, ctx, row, body.reason));
  });

  routes.post('/dossiers/:ref/supplements/:requestId/response', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, SupplementResponseRequestSchema);
    const requestId = c.req.param('requestId');
    return change(c, principal, (tx, ctx, row) => answerSupplement(tx, ctx, row, requestId, body));
  });

  return routes;
}
