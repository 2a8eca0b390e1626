/**
 * Diacritic-insensitive folding for Vietnamese (and any other Unicode) text.
 *
 * Steps: canonical decomposition (NFD), lowercase, drop every combining mark
 * (`\p{M}`), then map `đ` to `d` — `đ`/`Đ` are letters in their own right, so NFD
 * leaves them alone. Lowercasing happens before the marks are dropped because
 * some capitals lowercase into a letter plus a mark (`İ` → `i` + U+0307).
 */

const COMBINING_MARKS = /\p{M}+/gu;
const D_STROKE = /đ/g;
// JavaScript lowercases a capital sigma to `ς` at the end of a word and to `σ`
// elsewhere. Folding one character at a time (see highlight) cannot see the
// word end, so both forms fold to `σ` to keep the results identical.
const FINAL_SIGMA = /ς/g;

/**
 * Folds `input` for comparison: `fold('Đăng ký khai sinh') === 'dang ky khai sinh'`.
 *
 * The result is the same whether the input is NFC or NFD, works for any string
 * (lone surrogates included) and never throws. Use it on both sides of a
 * comparison; the output is meant for matching, not for display.
 *
 * @param input - any text; `null`/`undefined` fold to `''`
 * @returns the folded text
 */
export function fold(input: string): string {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .replace(FINAL_SIGMA, 'σ');
}

/**
 * Splits text into folded words on whitespace, the tokenizer a Vietnamese search
 * index needs (Vietnamese syllables are whitespace separated; splitting on
 * anything else breaks words such as `lệ phí` apart).
 *
 * @param input - any text
 * @returns non-empty folded words, in order
 */
export function foldedWords(input: string): string[] {
  return fold(input).split(/\s+/u).filter((word) => word.length > 0);
}
