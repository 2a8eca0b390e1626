// The answers as data: changed one pointer at a time without touching the previous object (so a
// cached check of the old one stays right), and cleaned into what is saved and submitted.
import { pointerTokens } from '@dvc-kit/spec/forms';

export type Answers = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INDEX = /^(0|[1-9][0-9]*)$/;

function update(node: unknown, tokens: readonly string[], value: unknown): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return value;
  if (Array.isArray(node) && INDEX.test(head)) {
    const copy = [...node];
    // An item stays an item (an object) even when its last answer goes: only its remove button drops it.
    copy[Number(head)] = update(copy[Number(head)], rest, value) ?? {};
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const child = update(copy[head], rest, value);
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return Object.keys(copy).length > 0 ? copy : undefined;
}

/** A copy of `root` with the answer at `pointer` set, or removed when `value` is undefined (emptied parents go too). */
export function setAt(root: Answers, pointer: string, value: unknown): Answers {
  const next = update(root, pointerTokens(pointer), value);
  return isRecord(next) ? next : {};
}

/** Nothing answered: no value, blank text, no item ticked, or an object of blanks (an untouched address). */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmptyAnswer);
  return false;
}

/**
 * What is saved and checked: text trimmed, blanks dropped (so a cleared answer reads as missing,
 * as the schema's `required` expects, not as too short), empty objects dropped; group items are
 * kept even when empty, since the person added them.
 */
export function cleanAnswers(value: unknown, inArray = false): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => cleanAnswers(item, true)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const cleaned = cleanAnswers(member);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return Object.keys(out).length > 0 || inArray ? out : undefined;
  }
  return value === null ? undefined : value;
}
