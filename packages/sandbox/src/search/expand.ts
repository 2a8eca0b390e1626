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
 * Looks every query word up in the catalog vocabulary (`search_terms`): exact words (and the
 * other i/y spelling), words an unfinished last word starts, then words one edit away. A 2-4
 * letter word that exists as typed ("tinh") is taken as meant, since one edit of a short
 * syllable reaches many unrelated ones (sinh, linh, minh); longer words always try typos.
 */
export async function expandWords(
  db: Queryable,
  words: readonly string[],
  prefixWord: string | null,
): Promise<WordMatches[]> {
  const matches: WordMatches[] = words.map((word) => ({ word, exact: [], any: [] }));
  const exactWords: string[] = [];
  const exactIndex: number[] = [];
  words.forEach((word, index) => {
    for (const spelling of spellings(word)) {
      exactWords.push(spelling);
      exactIndex.push(index);
    }
  });
  const prefixIndex = prefixWord === null ? -1 : words.indexOf(prefixWord);
  const found = await db.query<{ i: number; term: string }>(
    `SELECT w.i, t.term FROM unnest($1::text[], $2::int[]) AS w(word, i) JOIN search_terms t ON t.term = w.word
     UNION ALL
     SELECT $5::int, term FROM (
       SELECT term FROM search_terms WHERE $3::text IS NOT NULL AND term LIKE $3 AND term <> $4
       ORDER BY doc_count DESC, term LIMIT ${PREFIX_LIMIT}) AS started`,
    [exactWords, exactIndex, prefixWord === null ? null : `${escapeLike(prefixWord)}%`, prefixWord ?? '', prefixIndex],
  );
  for (const row of found) matches[row.i]?.exact.push(row.term);

  // Typos: always for long words, for short ones only when nothing matched as typed.
  const variantWords: string[] = [];
  const variantIndex: number[] = [];
  matches.forEach((match, index) => {
    const length = [...match.word].length;
    if (length < 2 || (length < ALWAYS_TYPO_LENGTH && match.exact.length > 0)) return;
    for (const variant of oneEditVariants(match.word)) {
      variantWords.push(variant);
      variantIndex.push(index);
    }
  });
  const typos = variantWords.length
    ? await db.query<{ i: number; term: string }>(
        `SELECT v.i, t.term FROM unnest($1::text[], $2::int[]) AS v(variant, i) JOIN search_terms t ON t.term = v.variant`,
        [variantWords, variantIndex],
      )
    : [];
  for (const match of matches) {
    match.exact = [...new Set(match.exact)];
    match.any = [...match.exact];
  }
  for (const row of typos) {
    const match = matches[row.i];
    if (match && !match.any.includes(row.term)) match.any.push(row.term);
  }
  return matches;
}
