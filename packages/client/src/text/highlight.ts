import { fold, foldedWords } from './fold.js';

/** A half-open range `[start, end)` of UTF-16 indexes into the original text. */
export interface HighlightRange {
  /** Index of the first highlighted code unit. */
  start: number;
  /** Index just past the last highlighted code unit. */
  end: number;
}

// One "unit" is a base code point with the combining marks that follow it, so a
// match never ends in the middle of a decomposed letter. Marks with no base
// (text starting with a mark) form a unit of their own.
const UNIT = /\P{M}\p{M}*|\p{M}+/gsu;

interface FoldedText {
  folded: string;
  /** For each index of `folded`, the [start, end) of the original unit it came from. */
  unitStart: number[];
  unitEnd: number[];
}

/** Folds unit by unit and records where each folded code unit came from. */
function foldWithMap(text: string): FoldedText {
  let folded = '';
  const unitStart: number[] = [];
  const unitEnd: number[] = [];
  for (const match of text.matchAll(UNIT)) {
    const start = match.index;
    const end = start + match[0].length;
    const piece = fold(match[0]);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      unitStart.push(start);
      unitEnd.push(end);
    }
  }
  return { folded, unitStart, unitEnd };
}

/** Sorts ranges and joins those that overlap or touch. */
function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Finds where the words of `query` occur in `text`, ignoring case and
 * diacritics (`highlight('Đăng ký khai sinh', 'dang ky')` → `[{ start: 0, end: 7 }]`).
 *
 * Ranges index the ORIGINAL `text` (UTF-16 code units, as `String#slice` takes
 * them), whatever its normalization: folding can change the length, so each
 * folded character is mapped back to the whole letter it came from (base plus
 * combining marks). Each query word is matched on its own, everywhere it
 * occurs; the ranges are sorted, merged where they overlap or touch, and never
 * overlap. Render them as text nodes (`<mark>`), never as HTML strings.
 *
 * @param text - the text shown to the user
 * @param query - what the user typed
 * @returns sorted, non-overlapping ranges; empty when nothing matches
 */
export function highlight(text: string, query: string): HighlightRange[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const { folded, unitStart, unitEnd } = foldWithMap(text);
  const ranges: HighlightRange[] = [];
  for (const word of new Set(words)) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const start = unitStart[at];
      const end = unitEnd[at + word.length - 1];
      if (start !== undefined && end !== undefined) ranges.push({ start, end });
    }
  }
  return mergeRanges(ranges);
}
