import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { DossierStatus } from '../dossiers/status.js';

export const WEBHOOK_EVENT_TYPES = ['dossier.status_changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface StatusChange {
  ownerSub: string;
  dossierId: string;
  code: string | null;
  from: DossierStatus;
  to: DossierStatus;
  at: Date;
}

/**
 * Queues a `dossier.status_changed` delivery for each of the owner's subscriptions, in the caller's
 * transaction: the delivery exists exactly when the status change does (an outbox), and the
 * dispatcher sends it later with retries. The body is fixed now so every retry sends the same bytes.
 */
export async function enqueueStatusChanged(tx: Queryable, change: StatusChange): Promise<number> {
  const subscriptions = await tx.query<{ id: string }>(
    `SELECT id FROM webhook_subscriptions WHERE owner_sub = $1 AND events @> '["dossier.status_changed"]'::jsonb`,
    [change.ownerSub],
  );
  if (subscriptions.length === 0) return 0;
  const eventId = randomUUID();
  const payload = JSON.stringify({
    id: eventId,
    type: 'dossier.status_changed',
    createdAt: change.at.toISOString(),
    data: {
      dossierId: change.dossierId,
      code: change.code,
      from: change.from,
      to: change.to,
      at: change.at.toISOString(),
    },
  });
  for (const subscription of subscriptions) {
    await tx.query(
      `INSERT INTO webhook_deliveries (id, subscription_id, event_id, payload, state, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)`,
      [randomUUID(), subscription.id, eventId, payload, change.at],
    );
  }
  return subscriptions.length;
}
