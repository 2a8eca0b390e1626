// What the schema says about one answer that the page shows before anything is checked: whether
// it is asked for, a date's bounds, a number's kind, a group's limits, and for a personal ID
// number which answers of the same person it must agree with (`x-dvc-person`).
import { escapeToken, parseDate, pointerTokens, subschemaAt, valueAt } from '@dvc-kit/spec/forms';
import { isRecord } from './answers.js';

export interface PersonLinks {
  /** Member of the same object holding the date of birth. */
  birthDate?: string;
  /** Member of the same object holding the sex, unless the role fixes it. */
  sex?: string;
  /** The sex the role fixes (the mother, the bride). */
  sexIs?: 'male' | 'female';
}

export interface FieldFacts {
  required: boolean;
  /** A date that may not be after today (`x-dvc-not-future`). */
  notFuture: boolean;
  /** ISO date bounds (`formatMinimum` / `formatMaximum`), when the schema gives them. */
  min: string | null;
  max: string | null;
  /** A whole number (`type: integer`) rather than any number. */
  integer: boolean;
  /** A group's item limits. */
  minItems: number;
  maxItems: number | null;
  /** For a personal ID number: where its person's date of birth and sex are. */
  person: PersonLinks | null;
}

type Schema = Record<string, unknown>;

const cache = new WeakMap<Schema, Map<string, FieldFacts>>();

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The member names an object schema requires, its conditional `then` and `allOf` parts included. */
function requiredOf(root: Schema, parent: Schema | undefined): Set<string> {
  const names = new Set<string>();
  if (!parent) return names;
  const parts: unknown[] = [parent, parent.then, ...(Array.isArray(parent.allOf) ? parent.allOf : [])];
  for (const part of parts) {
    const node = isRecord(part) ? (subschemaAt(root, part, '') ?? part) : undefined;
    for (const name of strings(node?.required)) names.add(name);
  }
  return names;
}

function personOf(parent: Schema | undefined, member: string): PersonLinks | null {
  const spec = parent?.['x-dvc-person'];
  if (!isRecord(spec) || spec.idNumber !== member) return null;
  const links: PersonLinks = {};
  if (typeof spec.birthDate === 'string') links.birthDate = spec.birthDate;
  if (typeof spec.sex === 'string') links.sex = spec.sex;
  if (spec.sexIs === 'male' || spec.sexIs === 'female') links.sexIs = spec.sexIs;
  return links;
}

function compute(root: Schema, pointer: string): FieldFacts {
  const tokens = pointerTokens(pointer);
  const member = tokens.at(-1) ?? '';
  const parentPointer = tokens.slice(0, -1).map((t) => `/${escapeToken(t)}`).join('');
  const parent = subschemaAt(root, root, parentPointer);
  const node = subschemaAt(root, root, pointer);
  const iso = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  return {
    required: requiredOf(root, parent).has(member),
    notFuture: node?.['x-dvc-not-future'] === true,
    min: iso(node?.formatMinimum),
    max: iso(node?.formatMaximum),
    integer: node?.type === 'integer',
    minItems: typeof node?.minItems === 'number' ? node.minItems : 0,
    maxItems: typeof node?.maxItems === 'number' ? node.maxItems : null,
    person: personOf(parent, member),
  };
}

/** The facts of the answer at `pointer` (group items share their facts: the index does not matter). */
export function factsAt(schema: Schema, pointer: string): FieldFacts {
  const key = pointer.replace(/\/(0|[1-9][0-9]*)(?=\/|$)/g, '/0');
  let byPointer = cache.get(schema);
  if (!byPointer) {
    byPointer = new Map();
    cache.set(schema, byPointer);
  }
  let facts = byPointer.get(key);
  if (!facts) {
    facts = compute(schema, key);
    byPointer.set(key, facts);
  }
  return facts;
}

/** A personal ID number's person as answered now: the date of birth (ISO) and sex beside it, as `x-dvc-person` links them. */
export function personAnswers(answers: unknown, pointer: string, links: PersonLinks | null): { birthDate: string | null; sex: string | null } {
  if (!links) return { birthDate: null, sex: null };
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  const birth = links.birthDate ? valueAt(answers, `${parent}/${escapeToken(links.birthDate)}`) : undefined;
  const sex = links.sexIs ?? (links.sex ? valueAt(answers, `${parent}/${escapeToken(links.sex)}`) : undefined);
  return { birthDate: typeof birth === 'string' ? parseDate(birth.trim()) : null, sex: sex === 'male' || sex === 'female' ? sex : null };
}
