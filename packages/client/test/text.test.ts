import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldedWords, highlight } from '@dvc-kit/client/text';

const slice = (text: string, query: string) =>
  highlight(text, query).map(({ start, end }) => text.slice(start, end));

test('fold strips Vietnamese diacritics, maps đ/Đ and lowercases', () => {
  assert.equal(fold('Đăng ký khai sinh'), 'dang ky khai sinh');
  assert.equal(fold('ĐỒNG NAI'), 'dong nai');
  assert.equal(fold('ma má mà mả mã mạ'), 'ma ma ma ma ma ma');
  assert.equal(fold('Lệ phí trước bạ'), 'le phi truoc ba');
  assert.equal(fold('Người'), 'nguoi');
});

test('fold gives the same result for NFC and NFD input', () => {
  const samples = ['Thủ tục hành chính', 'Đặng Thị Ngọc Hường', 'ΟΔΟΣ οδός', 'İstanbul', '한국어', 'e\u0301'];
  for (const s of samples) {
    assert.equal(fold(s.normalize('NFC')), fold(s.normalize('NFD')), s);
  }
  assert.equal(fold('İ'), 'i');
  assert.equal(fold('ΟΔΟΣ'), fold('οδοσ'));
});

test('fold never throws on odd input', () => {
  assert.equal(fold(''), '');
  assert.equal(fold('\uD800x\uDC00'), '\uD800x\uDC00');
  assert.equal(fold('\u0301\u0300'), '');
  assert.equal(fold('😀 Ê'), '😀 e');
  // Callers in plain JavaScript may pass anything.
  assert.equal(fold(undefined as unknown as string), '');
  assert.equal(fold(42 as unknown as string), '42');
});

test('foldedWords splits on whitespace only', () => {
  assert.deepEqual(foldedWords('  Cấp  tỉnh\tlệ-phí '), ['cap', 'tinh', 'le-phi']);
  assert.deepEqual(foldedWords(''), []);
});

test('highlight finds words without diacritics, on the original text', () => {
  const text = 'Đăng ký khai sinh';
  assert.deepEqual(highlight(text, 'dang ky'), [{ start: 0, end: 4 }, { start: 5, end: 7 }]);
  assert.deepEqual(slice(text, 'KHAI'), ['khai']);
  assert.deepEqual(slice(text, 'sinh đăng'), ['Đăng', 'sinh']);
});

test('highlight maps back through NFD text whose length differs from the folded text', () => {
  const text = 'Thủ tục đăng ký kết hôn'.normalize('NFD');
  assert.notEqual(text.length, fold(text).length);
  const ranges = highlight(text, 'ket hon');
  assert.deepEqual(
    ranges.map(({ start, end }) => text.slice(start, end).normalize('NFC')),
    ['kết', 'hôn'],
  );
  // A match that ends on a decomposed letter takes its combining marks along.
  assert.deepEqual(slice(text, 'hu tu').map((s) => s.normalize('NFC')), ['hủ', 'tụ']);
  assert.deepEqual(slice(text, 'ky'), ['ky\u0301']);
});

test('highlight handles characters whose folded form is longer or shorter', () => {
  const text = 'İstanbul và Hà Nội';
  assert.deepEqual(slice(text, 'istanbul'), ['İstanbul']);
  assert.deepEqual(slice(text, 'noi'), ['Nội']);
  const emoji = '😀 Cấp xã 😀';
  assert.deepEqual(slice(emoji, 'xa'), ['xã']);
});

test('highlight merges overlapping and touching ranges', () => {
  assert.deepEqual(highlight('abcabc', 'abc bca'), [{ start: 0, end: 6 }]);
  assert.deepEqual(highlight('aaaa', 'aa'), [{ start: 0, end: 4 }]);
  const ranges = highlight('hộ tịch, hộ khẩu', 'ho ho tich');
  assert.deepEqual(ranges, [{ start: 0, end: 2 }, { start: 3, end: 7 }, { start: 9, end: 11 }]);
  assert.deepEqual(highlight('hộtịch', 'ho tich'), [{ start: 0, end: 6 }]);
  for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i]!.start > ranges[i - 1]!.end);
});

test('highlight returns nothing for empty queries or no match', () => {
  assert.deepEqual(highlight('Hộ tịch', ''), []);
  assert.deepEqual(highlight('Hộ tịch', '   '), []);
  assert.deepEqual(highlight('', 'ho'), []);
  assert.deepEqual(highlight('Hộ tịch', 'thue'), []);
});
