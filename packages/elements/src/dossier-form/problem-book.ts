// The problems shown now: one per question (by its pointer) plus those no question takes, and
// whether the summary is up. Questions fixed or gone from view leave it as the person goes.
import { placeProblems, type FormProblem } from './error-map.js';
import type { Slot } from './visibility.js';

export class ProblemBook {
  bySlot: ReadonlyMap<string, FormProblem> = new Map();
  loose: readonly FormProblem[] = [];
  summaryShown = false;

  /** `changed` runs after every change (the host re-renders). */
  constructor(private readonly changed: () => void) {}

  get all(): FormProblem[] {
    return [...this.bySlot.values(), ...this.loose];
  }

  clear(): void {
    this.bySlot = new Map();
    this.loose = [];
    this.summaryShown = false;
    this.changed();
  }

  /** A full check's (or the portal's) problems, with the summary. */
  show(slots: readonly Slot[], problems: readonly FormProblem[]): void {
    const placed = placeProblems(slots, problems);
    this.bySlot = placed.bySlot;
    this.loose = placed.loose;
    this.summaryShown = problems.length > 0;
    this.changed();
  }

  /**
   * After a change: problems of questions no longer shown go, and the changed question's (all,
   * when none is named) is taken from `fresh`, so it clears as soon as it is right.
   */
  recheck(slots: readonly Slot[], fresh: readonly FormProblem[], changedSlot?: string): void {
    const now = placeProblems(slots, fresh).bySlot;
    const shown = new Set(slots.map((s) => s.pointer));
    const next = new Map<string, FormProblem>();
    for (const [pointer, problem] of this.bySlot) {
      if (!shown.has(pointer)) continue;
      const kept = changedSlot === undefined || pointer === changedSlot ? now.get(pointer) : problem;
      if (kept) next.set(pointer, kept);
    }
    this.bySlot = next;
    if (next.size === 0 && this.loose.length === 0) this.summaryShown = false;
    this.changed();
  }

  /** The question was left: its problem now, shown or cleared (the summary stays as it is). */
  left(slots: readonly Slot[], fresh: readonly FormProblem[], pointer: string): void {
    const problem = placeProblems(slots, fresh).bySlot.get(pointer);
    const next = new Map(this.bySlot);
    if (problem) next.set(pointer, problem);
    else next.delete(pointer);
    // Keep the layout's order: the summary lists them as the questions come.
    this.bySlot = new Map(slots.filter((s) => next.has(s.pointer)).map((s) => [s.pointer, next.get(s.pointer) as FormProblem]));
    this.changed();
  }

  /** Drops the problems below a pointer (a group's items, whose indexes moved). */
  dropBelow(pointer: string): void {
    this.bySlot = new Map([...this.bySlot].filter(([p]) => !p.startsWith(`${pointer}/`)));
    this.changed();
  }
}
