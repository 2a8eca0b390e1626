import { fold } from '@dvc-kit/client/text';

/**
 * How catalog text becomes searchable words. The same functions run when a procedure is stored
 * and when a query arrives, so both sides always agree. Words are split on anything that is not
 * a letter or digit ("cha, mẹ, con" -> cha / me / con) after folding with the client's fold()
 * (NFD, marks stripped, đ -> d, lowercase).
 */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Folded words in order: `Thủ tục đăng ký khai sinh` -> thu, tuc, dang, ky, khai, sinh. */
export function foldedWords(text: string): string[] {
  return fold(text).split(NON_WORD).filter((word) => word.length > 0);
}

/** Lowercased words with diacritics kept (NFC), for ranking tone-exact matches higher. */
export function toneWords(text: string): string[] {
  return lowerKeepingMarks(text).split(NON_WORD).filter((word) => word.length > 0);
}

function lowerKeepingMarks(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export { fold };

export interface SearchColumns {
  code_lower: string;
  name_lower: string;
  name_folded: string;
  name_terms: string[];
  name_words: string[];
  terms: string[];
}

export interface SearchableProcedure {
  code: string;
  name: string;
  field: { name: string };
  agency: { name: string };
}

/** The derived columns stored beside a procedure (see migrations/001_catalog.sql). */
export function searchColumns(procedure: SearchableProcedure): SearchColumns {
  const nameWords = foldedWords(procedure.name);
  const codeLower = procedure.code.toLowerCase();
  // A code is searchable whole (1.001193) and by its six-digit number (001193).
  const codeTerms = [codeLower, ...codeLower.split(/[^a-z0-9]+/).filter((part) => part.length >= 3)];
  const terms = new Set([
    ...codeTerms,
    ...nameWords,
    ...foldedWords(procedure.field.name),
    ...foldedWords(procedure.agency.name),
  ]);
  return {
    code_lower: codeLower,
    name_lower: toneWords(procedure.name).join(' '),
    name_folded: nameWords.join(' '),
    name_terms: [...new Set(nameWords)],
    name_words: [...new Set(toneWords(procedure.name))],
    terms: [...terms],
  };
}
