import type { Queryable } from '../db/database.js';
import { enqueueStatusChanged } from '../webhooks/outbox.js';
import type { DossierStatus, EventActor } from './status.js';
import type { DossierRow } from './types.js';

export interface TransitionOptions {
  actor: EventActor;
  note?: string | null;
  at: Date;
  /** The new due date; leave out to keep the current one. */
  dueAt?: Date | null;
}

/**
 * Moves a dossier to `to` and, in the same transaction, writes its event row and queues the
 * webhook deliveries: a status never changes without its history entry and its notifications.
 * Callers check that the move is allowed; this records it.
 */
export async function recordTransition(
  tx: Queryable, row: DossierRow, to: DossierStatus, options: TransitionOptions,
): Promise<DossierRow> {
  const dueAt = options.dueAt === undefined ? row.due_at : options.dueAt;
  const updated = await tx.query<DossierRow>(
    `UPDATE dossiers SET status = $2, status_changed_at = $3, updated_at = $3, due_at = $4,
       completed_at = CASE WHEN $2 = 'processed' AND completed_at IS NULL THEN $3 ELSE completed_at END
     WHERE id = $1 RETURNING *`,
    [row.id, to, options.at, dueAt],
  );
  const next = updated[0];
  if (!next) throw new Error(`dossier ${row.id} vanished during a status change`);
  await tx.query(
    'INSERT INTO dossier_events (dossier_id, status, actor, note, at, due_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [row.id, to, options.actor, options.note ?? null, options.at, dueAt],
  );
  await enqueueStatusChanged(tx, {
    ownerSub: row.owner_sub, dossierId: row.id, code: next.code, from: row.status, to, at: options.at,
  });
  return next;
}
