// Which shown question an error belongs to. An error names an answer by JSON Pointer, and that
// answer may be the question's own (`/child/sex`), inside it (`/applicant/address/street`, the
// address question), or above it (`/child/birthPlace` missing: its first question).
import type { Slot } from './visibility.js';

/** One missing or wrong answer, from the page's check or the server's 422 (codes a newer server adds included). */
export interface FormProblem {
  pointer: string;
  code: string;
  message: { vi: string; en: string };
}

export function slotFor(slots: readonly Slot[], pointer: string): Slot | null {
  const exact = slots.find((s) => s.pointer === pointer);
  if (exact) return exact;
  const below = slots.find((s) => s.pointer.startsWith(`${pointer}/`));
  if (below && pointer !== '') return below;
  let above: Slot | null = null;
  for (const slot of slots) {
    if (pointer.startsWith(`${slot.pointer}/`) && (!above || slot.pointer.length > above.pointer.length)) above = slot;
  }
  return above;
}

export interface PlacedProblems {
  /** The first problem of each question, by the question's pointer, in the layout's order. */
  bySlot: Map<string, FormProblem>;
  /** Problems no shown question can take (shown in the summary without a link). */
  loose: FormProblem[];
}

export function placeProblems(slots: readonly Slot[], problems: readonly FormProblem[]): PlacedProblems {
  const found = new Map<string, FormProblem>();
  const loose: FormProblem[] = [];
  for (const problem of problems) {
    const slot = slotFor(slots, problem.pointer);
    if (!slot) loose.push(problem);
    else if (!found.has(slot.pointer)) found.set(slot.pointer, problem);
  }
  const bySlot = new Map<string, FormProblem>();
  for (const slot of slots) {
    const problem = found.get(slot.pointer);
    if (problem) bySlot.set(slot.pointer, problem);
  }
  return { bySlot, loose };
}

/** The problems in the order their questions come (those no question takes last). */
export function inLayoutOrder(slots: readonly Slot[], problems: readonly FormProblem[]): FormProblem[] {
  const rank = (problem: FormProblem) => {
    const slot = slotFor(slots, problem.pointer);
    return slot ? slots.indexOf(slot) : slots.length;
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}
