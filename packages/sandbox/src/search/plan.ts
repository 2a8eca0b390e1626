import { fold, foldedWords, toneWords } from './text.js';

/**
 * What a query string asks for, decided before any SQL runs:
 *  - nothing (browse the catalog by code),
 *  - a procedure code or the start of one (`1.001193`, `1.0011`, `1.001193.000.00.00.H56`),
 *  - words: folded for matching, plus the words the user typed with diacritics, which rank
 *    tone-exact matches first ("ma, má, mà" differ in meaning).
 */
export type SearchPlan =
  | { kind: 'all' }
  | { kind: 'code'; codeLower: string }
  | {
      kind: 'words';
      /** Folded, deduplicated, in typed order. */
      words: string[];
      /** The last typed word when it may be unfinished (no trailing space): also match words it starts. */
      prefixWord: string | null;
      /** `' dang ky khai sinh '` (no trailing space when the last word is a prefix). */
      foldedPhrase: string;
      /** Same, diacritics kept; null when the user typed no diacritics at all. */
      tonePhrase: string | null;
      /** The typed words that carry diacritics (lowercase), to count tone-exact word matches. */
      markedWords: string[];
    };

/** At most this many words take part; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_WORDS = 24;

const CODE_LIKE = /^[0-9]\.[0-9]{1,6}(\.[0-9a-z.]*)?$/i;

export function planSearch(raw: string | undefined): SearchPlan {
  const q = (raw ?? '').normalize('NFC');
  const trimmed = q.trim();
  if (CODE_LIKE.test(trimmed)) return { kind: 'code', codeLower: trimmed.toLowerCase() };

  const words = [...new Set(foldedWords(q))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { kind: 'all' };

  // Unfinished last word only while typing: "khai si" but not "khai si " or "khai si.".
  const lastIsPrefix = /[\p{L}\p{N}]$/u.test(q);
  const tail = lastIsPrefix ? '' : ' ';
  const allFolded = foldedWords(q).slice(0, MAX_QUERY_WORDS);
  const allTone = toneWords(q).slice(0, MAX_QUERY_WORDS);
  const hasMarks = allTone.some((word) => fold(word) !== word);
  return {
    kind: 'words',
    words,
    prefixWord: lastIsPrefix ? (allFolded[allFolded.length - 1] ?? null) : null,
    foldedPhrase: ` ${allFolded.join(' ')}${tail}`,
    tonePhrase: hasMarks ? ` ${allTone.join(' ')}${tail}` : null,
    markedWords: [...new Set(allTone.filter((word) => fold(word) !== word))],
  };
}
