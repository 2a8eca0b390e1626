// fold() and highlight() on any Unicode: lone surrogates, combining marks without a base,
// bidi controls, astral planes, very long strings. They must never throw, and keep the promises
// their documentation makes (NFC/NFD agnostic, no marks left, ranges inside the text, sorted,
// non-overlapping, never cutting a letter from its marks or a surrogate pair).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fold, foldedWords, highlight } from '@dvc-kit/client/text';
import { fcSeed, runs } from './support/budget.js';

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const vietnameseText = fc
  .array(fc.oneof(fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ' ')), { maxLength: 60 })
  .map((chars) => chars.join(''));
/** Any code units at all, lone surrogates included, plus the characters most likely to break things. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('\u0301', '\u0323', '\u202e', '\u2066', '\u200b', '\ud800', '\udfff', 'İ', 'Σ', 'ς', 'ß', 'ﬃ', 'Đ', 'đ', ' ', '\n', '😀', '\u{1d400}'), { maxLength: 30 }).map((a) => a.join('')),
  vietnameseText,
);
const options = { numRuns: runs(300), ...fcSeed() };

const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

describe('fold() on any Unicode', () => {
  it('never throws, drops every combining mark and đ, and is the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const folded = fold(text);
        assert.equal(typeof folded, 'string');
        assert.ok(!/\p{M}/u.test(folded), `marks left in ${JSON.stringify(folded)}`);
        assert.ok(!folded.includes('đ') && !folded.includes('Đ'));
        assert.equal(fold(text.normalize('NFC')), fold(text.normalize('NFD')));
        assert.equal(fold(folded), folded, 'folding twice changes nothing');
      }),
      options,
    );
  });

  it('folds Vietnamese to its bare ASCII letters, whatever the case', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const folded = fold(text);
        assert.match(folded, /^[a-z ]*$/);
        assert.equal(fold(text.toUpperCase()), folded);
        assert.equal(folded.length, text.length, 'one letter stays one letter');
      }),
      options,
    );
  });

  it('survives 10,000-character and 1 MB inputs quickly', () => {
    const long = 'Đăng ký khai sinh '.repeat(60_000);
    const started = performance.now();
    assert.equal(fold(long).length, long.length);
    assert.ok(highlight(long.slice(0, 10_000), 'khai sinh').length > 0);
    assert.ok(performance.now() - started < 3000, 'linear time, not quadratic');
  });
});

describe('highlight() on any Unicode', () => {
  it('returns sorted, disjoint ranges inside the text that never split a letter or a surrogate pair', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, query) => {
        const ranges = highlight(text, query);
        let previousEnd = -1;
        for (const { start, end } of ranges) {
          assert.ok(Number.isInteger(start) && Number.isInteger(end));
          assert.ok(start >= 0 && end <= text.length && start < end, JSON.stringify({ text, query, ranges }));
          assert.ok(start > previousEnd, 'sorted and not touching (touching ranges are merged)');
          previousEnd = end;
          assert.ok(!(isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))), 'starts inside a surrogate pair');
          assert.ok(!(isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))), 'ends inside a surrogate pair');
          assert.ok(!/^\p{M}/u.test(text.slice(end)), 'leaves a combining mark behind its letter');
        }
      }),
      options,
    );
  });

  it('finds every query word the folded text contains, and only those', () => {
    fc.assert(
      fc.property(vietnameseText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % text.length : 0;
        const piece = text.slice(from, from + 1 + (b % 12)).trim();
        const ranges = highlight(text, piece);
        if (foldedWords(piece).length === 0) return assert.deepEqual(ranges, []);
        assert.ok(ranges.length > 0, `${JSON.stringify(piece)} is in ${JSON.stringify(text)}`);
        for (const { start, end } of ranges) {
          const shown = fold(text.slice(start, end));
          assert.ok(foldedWords(piece).some((w) => shown.includes(w)), `${JSON.stringify(shown)} matches no word of ${JSON.stringify(piece)}`);
        }
      }),
      options,
    );
  });
});
