import type { Queryable } from '../db/database.js';
import { oneEditVariants } from './typos.js';

/** Catalog words a query word stands for. */
export interface WordMatches {
  word: string;
  /** The word itself and, for an unfinished last word, the words it starts. */
  exact: string[];
  /** `exact` plus catalog words one typo away. */
  any: string[];
}

/** Typos are always tried from this length; shorter words only when they match no catalog word. */
export const ALWAYS_TYPO_LENGTH = 5;
/** An unfinished word expands to at most this many catalog words (the most frequent). */
export const PREFIX_LIMIT = 60;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Vietnamese accepts both spellings of a final i/y after a consonant (ký/kí, lý/lí, mỹ/mĩ,
 * quý/quí), so each is an exact match for the other, not a typo. Vowel pairs such as ai/ay
 * (tai/tay) are different words and are left alone.
 */
export function spellings(word: string): string[] {
  const match = /^(qu|[bcdghklmnpqrstvx]+)([iy])$/.exec(word);
  if (!match) return [word];
  return [word, `${match[1]}${match[2] === 'i' ? 'y' : 'i'}`];
}

/**
 * Looks every query word up in the catalog vocabulary (`search_terms`) in one round trip:
 * exact words, words an unfinished last word starts, and words one edit away. Which typo
 * matches count is decided here: a 2-4 letter word that exists as typed ("tinh") is taken as
 * meant, since one edit of a short syllable reaches many unrelated ones (sinh, linh, minh).
 */
export async function expandWords(
  db: Queryable,
  words: readonly string[],
  prefixWord: string | null,
): Promise<WordMatches[]> {
  const exactWords: string[] = [];
  const exactIndex: number[] = [];
  const variantWords: string[] = [];
  const variantIndex: number[] = [];
  words.forEach((word, index) => {
    for (const spelling of spellings(word)) {
      exactWords.push(spelling);
      exactIndex.push(index);
    }
    if ([...word].length < 2) return;
    for (const variant of oneEditVariants(word)) {
      variantWords.push(variant);
      variantIndex.push(index);
    }
  });
  const rows = await db.query<{ i: number; term: string; kind: 'exact' | 'prefix' | 'typo' }>(
    `SELECT w.i, t.term, 'exact' AS kind
       FROM unnest($1::text[], $2::int[]) AS w(word, i) JOIN search_terms t ON t.term = w.word
     UNION ALL
     SELECT -1, term, 'prefix' FROM (
       SELECT term FROM search_terms WHERE $3::text IS NOT NULL AND term LIKE $3 AND term <> $4
       ORDER BY doc_count DESC, term LIMIT ${PREFIX_LIMIT}) AS started
     UNION ALL
     SELECT v.i, t.term, 'typo'
       FROM unnest($5::text[], $6::int[]) AS v(variant, i) JOIN search_terms t ON t.term = v.variant`,
    [exactWords, exactIndex, prefixWord === null ? null : `${escapeLike(prefixWord)}%`, prefixWord ?? '', variantWords, variantIndex],
  );

  const prefixIndex = prefixWord === null ? -1 : words.indexOf(prefixWord);
  const matches: WordMatches[] = words.map((word) => ({ word, exact: [], any: [] }));
  const typos: string[][] = words.map(() => []);
  for (const row of rows) {
    const index = row.kind === 'prefix' ? prefixIndex : row.i;
    const match = matches[index];
    if (!match) continue;
    if (row.kind === 'typo') typos[index]?.push(row.term);
    else match.exact.push(row.term);
  }
  matches.forEach((match, index) => {
    const useTypos = [...match.word].length >= ALWAYS_TYPO_LENGTH || match.exact.length === 0;
    const extra = useTypos ? (typos[index] ?? []) : [];
    match.exact = [...new Set(match.exact)];
    match.any = [...new Set([...match.exact, ...extra])];
  });
  return matches;
}
