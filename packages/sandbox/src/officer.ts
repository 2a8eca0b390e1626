import type { SandboxDeps } from './deps.js';
import { pollEvery } from './poll-every.js';
import { OFFICER_NEXT, type DossierStatus } from './dossiers/status.js';
import { recordTransition } from './dossiers/transition.js';
import type { DossierRow } from './dossiers/types.js';

const OFFICER_NOTES: Readonly<Partial<Record<DossierStatus, string>>> = {
  received: 'Cán bộ đã tiếp nhận hồ sơ / Received by the officer',
  processing: 'Hồ sơ đang được xử lý / Being processed',
  processed: 'Đã xử lý xong, chờ trả kết quả / Processed, result ready',
  returned: 'Đã trả kết quả / Result returned',
};

/** Dossiers moved per round: a big backlog drains over several rounds instead of one long transaction. */
const BATCH = 20;

/**
 * The simulated officer. Every step (submitted → received → processing → processed → returned)
 * takes one simulated working day, and `config.officerSpeed` is simulated working days per real
 * second: speed 2 moves a dossier one step every half second; 0 means no officer at all.
 * Waiting states (awaiting_supplement, awaiting_payment, suspended) and final ones are never
 * touched, so a status set there by the control route stays until someone acts on it.
 * Each move is a conditional update on the status read, so two instances never move one dossier twice.
 * Returns stop(), which waits for the round in flight.
 */
export function startOfficer(deps: SandboxDeps): () => Promise<void> {
  const speed = deps.config.officerSpeed;
  if (!(speed > 0)) return async () => undefined;
  const stepMs = 1000 / speed;
  const tickMs = Math.max(50, Math.min(1000, stepMs / 2));
  const movable = JSON.stringify(Object.keys(OFFICER_NEXT));

  async function moveOne(candidate: DossierRow): Promise<void> {
    const now = deps.now();
    await deps.db.transaction(async (tx) => {
      const rows = await tx.query<DossierRow>('SELECT * FROM dossiers WHERE id = $1 AND status = $2 FOR UPDATE', [
        candidate.id, candidate.status,
      ]);
      const row = rows[0];
      const next = row ? OFFICER_NEXT[row.status] : undefined;
      if (!row || !next) return; // someone else moved it meanwhile
      await recordTransition(tx, row, next, { actor: 'officer', note: OFFICER_NOTES[next] ?? null, at: now });
    });
  }

  async function round(stopping: AbortSignal): Promise<void> {
    const cutoff = new Date(deps.now().getTime() - stepMs);
    const due = await deps.db.query<DossierRow>(
      `SELECT * FROM dossiers
       WHERE status IN (SELECT jsonb_array_elements_text($1::jsonb)) AND status_changed_at <= $2
       ORDER BY status_changed_at LIMIT $3`,
      [movable, cutoff, BATCH],
    );
    for (const row of due) {
      if (stopping.aborted) return;
      await moveOne(row);
    }
  }

  return pollEvery(tickMs, round, 'officer');
}
