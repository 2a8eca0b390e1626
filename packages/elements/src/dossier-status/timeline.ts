import type { Dossier, DossierEvent, DossierStatus } from '@dvc-kit/spec';

/** Statuses after which nothing is due any more. */
const FINAL: ReadonlySet<DossierStatus> = new Set(['rejected', 'withdrawn', 'processed', 'returned']);

export function isFinal(status: DossierStatus): boolean {
  return FINAL.has(status);
}

export interface TimelineItem {
  event: DossierEvent;
  /** The step's due date passed before the next step happened (or before now, for the open step). */
  overdue: boolean;
}

/**
 * Events oldest first, each marked overdue when its due date passed before
 * the following event (the open, latest step compares with `now`).
 */
export function timeline(dossier: Dossier, now: Date = new Date()): TimelineItem[] {
  const events = [...dossier.events].sort((a, b) => a.at.localeCompare(b.at));
  return events.map((event, i) => {
    if (!event.dueAt) return { event, overdue: false };
    const next = events[i + 1];
    const due = Date.parse(event.dueAt);
    const until = next ? Date.parse(next.at) : isFinal(dossier.status) ? due : now.getTime();
    return { event, overdue: until > due };
  });
}

/** The whole dossier is overdue: not finished and its due date has passed. */
export function dossierOverdue(dossier: Dossier, now: Date = new Date()): boolean {
  return Boolean(dossier.dueAt) && !isFinal(dossier.status) && dossier.status !== 'draft' && Date.parse(dossier.dueAt ?? '') < now.getTime();
}
