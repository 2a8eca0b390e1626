/**
 * The fixed query set of the search figures: 500 queries derived deterministically from the real
 * catalog's names (spread evenly over it, so every ministry's vocabulary is in the mix).
 * Half are typed without diacritics (folded), as many people do; one in five has a typing slip
 * (two neighbouring letters swapped in the longest word) — 50 with diacritics, 50 without.
 */
import { fold } from '@dvc-kit/client/text';

export type QueryKind = 'diacritics' | 'diacritics+typo' | 'folded' | 'folded+typo';
export interface BenchQuery { kind: QueryKind; q: string }

export const QUERY_COUNT = 500;

function swapMiddle(word: string): string {
  if (word.length < 4) return `${word}${word.at(-1) ?? ''}`;
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function withTypo(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => ([...b].length > [...a].length ? b : a), '');
  return words.map((w) => (w === longest ? swapMiddle(w) : w)).join(' ');
}

export function buildQueries(names: readonly string[], count = QUERY_COUNT): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (let n = 0; n < count; n += 1) {
    const name = names[Math.floor((n * names.length) / count)] ?? '';
    const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    // Two or three words from the opening, as someone would type (skipping the leading verb half the time).
    const from = n % 4 < 2 ? 0 : 1;
    const opening = words.slice(from, from + 2 + (n % 2)).join(' ') || name;
    switch (n % 10) {
      case 0: case 1: case 2: case 3: queries.push({ kind: 'diacritics', q: opening.toLowerCase() }); break;
      case 4: queries.push({ kind: 'diacritics+typo', q: withTypo(opening.toLowerCase()) }); break;
      case 5: case 6: case 7: case 8: queries.push({ kind: 'folded', q: fold(opening) }); break;
      default: queries.push({ kind: 'folded+typo', q: withTypo(fold(opening)) });
    }
  }
  return queries;
}
