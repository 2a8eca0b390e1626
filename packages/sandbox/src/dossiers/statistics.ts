import type { Queryable } from '../db/database.js';
import { CLOSED, DOSSIER_STATUSES, type DossierStatus } from './status.js';

export interface Statistics {
  total: number;
  byStatus: { status: DossierStatus; count: number }[];
  /** Share of finished dossiers (processed or returned) finished by their due date; 1 when none finished yet. */
  onTimeRate: number;
  /** Dossiers still under way whose due date has passed. */
  overdue: number;
}

/** Counts over submitted dossiers (drafts are nobody's business but their owner's), optionally for one agency. */
export async function dossierStatistics(q: Queryable, now: Date, agencyId: string | null): Promise<Statistics> {
  const where = `submitted_at IS NOT NULL${agencyId ? ' AND agency_id = $1' : ''}`;
  const params = agencyId ? [agencyId] : [];
  const counts = await q.query<{ status: DossierStatus; n: number }>(
    `SELECT status, count(*)::int AS n FROM dossiers WHERE ${where} GROUP BY status`, params,
  );
  const byCount = new Map(counts.map((row) => [row.status, Number(row.n)]));
  const byStatus = DOSSIER_STATUSES.filter((s) => s !== 'draft').map((status) => ({ status, count: byCount.get(status) ?? 0 }));
  const timing = await q.query<{ done: number; on_time: number }>(
    `SELECT count(*)::int AS done,
            count(*) FILTER (WHERE due_at IS NULL OR completed_at <= due_at)::int AS on_time
     FROM dossiers WHERE ${where} AND completed_at IS NOT NULL`,
    params,
  );
  const done = Number(timing[0]?.done ?? 0);
  const onTime = Number(timing[0]?.on_time ?? 0);
  const closed = JSON.stringify(CLOSED);
  const overdueRows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers
     WHERE ${where} AND due_at < $${params.length + 1}
       AND status NOT IN (SELECT jsonb_array_elements_text($${params.length + 2}::jsonb))`,
    [...params, now, closed],
  );
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    onTimeRate: done === 0 ? 1 : onTime / done,
    overdue: Number(overdueRows[0]?.n ?? 0),
  };
}
