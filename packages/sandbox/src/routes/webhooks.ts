import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  CreateWebhookRequestSchema, WebhookSubscriptionListSchema, WebhookSubscriptionSchema, type WebhookSubscription,
} from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { validationFailed } from '../dossiers/errors.js';
import { idempotent, keyedRequest } from '../dossiers/idempotency.js';
import { requirePrincipal } from '../dossiers/principal.js';
import { ProblemError } from '../http/problem.js';
import { json, parseBody } from '../http/validate.js';
import type { WebhookEventType } from '../webhooks/outbox.js';

interface SubscriptionRow extends Record<string, unknown> {
  id: string; url: string; events: WebhookEventType[]; secret: string; created_at: Date;
}

const view = (row: SubscriptionRow): WebhookSubscription => ({
  id: row.id, url: row.url, events: row.events, createdAt: new Date(row.created_at).toISOString(),
});

/**
 * Webhook subscriptions of the signed-in account: it is told about status changes of its own
 * dossiers. The signing secret is shown once, in the create response.
 */
export function webhookRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();

  routes.post('/webhooks', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, CreateWebhookRequestSchema);
    const protocol = new URL(body.url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw validationFailed([{ path: 'url', message: 'http or https URL' }]);
    const now = deps.now();
    const result = await idempotent(
      deps.db,
      keyedRequest(c.req.raw, { ownerSub: principal.sub, body, now, required: false }),
      async (tx) => {
        const secret = `whsec_${randomBytes(24).toString('hex')}`;
        const rows = await tx.query<SubscriptionRow>(
          `INSERT INTO webhook_subscriptions (id, owner_sub, url, events, secret, created_at)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6) RETURNING *`,
          [randomUUID(), principal.sub, body.url, JSON.stringify(body.events), secret, now],
        );
        const row = rows[0];
        if (!row) throw new Error('subscription insert returned nothing');
        return { status: 201, body: { ...view(row), secret } };
      },
    );
    return json(c, WebhookSubscriptionSchema, result.body as WebhookSubscription, 201);
  });

  routes.get('/webhooks', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const rows = await deps.db.query<SubscriptionRow>(
      'SELECT * FROM webhook_subscriptions WHERE owner_sub = $1 ORDER BY created_at, id', [principal.sub],
    );
    return json(c, WebhookSubscriptionListSchema, { items: rows.map(view) });
  });

  routes.delete('/webhooks/:id', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const rows = await deps.db.query(
      'DELETE FROM webhook_subscriptions WHERE id::text = $1 AND owner_sub = $2 RETURNING id', [c.req.param('id'), principal.sub],
    );
    if (rows.length === 0) {
      throw new ProblemError(404, 'not_found', {
        vi: 'Không có đăng ký webhook này trong tài khoản của bạn.', en: 'No such webhook subscription in your account.',
      });
    }
    return c.body(null, 204);
  });

  return routes;
}
