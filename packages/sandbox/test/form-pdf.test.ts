/**
 * GET /dossiers/{ref}/form.pdf: the embedded font has every Vietnamese letter, and the PDF of a
 * submitted birth registration holds, as extractable text, the child's name, the dossier code and
 * the submission time; only its owner gets it, and only once submitted.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { openSync } from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Dossier } from '@dvc-kit/spec';
import { FORM_FONTS } from '../src/forms/fonts.js';
import { assertMatchesContract } from './helpers/contract.js';
import { call, expectProblem } from './helpers/dossier-api.js';
import { attachRequired, createDraft, exampleAnswers, sandboxWithAn, saveForm } from './helpers/forms.js';
import { signIn } from './helpers/sign-in.js';

/** Every letter of Vietnamese: the vowels with each of the five tone marks, in both cases, and đ. */
function vietnameseLetters(): string[] {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
  const lower = [...bases.flatMap((b) => tones.map((t) => (b + t).normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\n').normalize('NFC');
}

describe('form PDF font', () => {
  it('has a glyph for every Vietnamese letter, in regular, bold and italic', () => {
    const letters = vietnameseLetters();
    assert.equal(letters.length, 146);
    for (const path of Object.values(FORM_FONTS)) {
      const font = openSync(path);
      const missing = letters.filter((letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0) ?? 0));
      assert.deepEqual(missing, [], `${font.familyName} lacks ${missing.join(' ')}`);
    }
  });
});

describe('GET /dossiers/{ref}/form.pdf', () => {
  const sb = sandboxWithAn();

  const pdfOf = (ref: string, token: string | null) =>
    fetch(`${sb.url}/api/v1/dossiers/${encodeURIComponent(ref)}/form.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('renders the submitted form with the child, the dossier code and the submission time', async () => {
    const draft = await createDraft(sb.url, sb.an, '1.001193');
    await attachRequired(sb.url, sb.an, draft);
    await saveForm(sb.url, sb.an, draft.id, exampleAnswers('1.001193'));
    const early = await pdfOf(draft.id, sb.an);
    assert.equal(early.status, 409);
    assertMatchesContract('GET', `/api/v1/dossiers/${draft.id}/form.pdf`, 409, await early.json());

    const submitted = await call<Dossier>(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    const code = submitted.body.code ?? '';
    const response = await pdfOf(code, sb.an);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), `inline; filename="${code}.pdf"`);
    assert.match(response.headers.get('cache-control') ?? '', /no-store/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-');
    assert.ok(bytes.length < 200_000, `a subset font keeps the PDF small (${bytes.length} bytes)`);

    const text = await pdfText(bytes);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỜ KHAI ĐĂNG KÝ KHAI SINH', 'Nguyễn Minh Khang', 'Lê Thị Hoa',
      'Nguyễn Văn Hùng', '02/11/2026', 'Bệnh viện Phụ sản Thanh Hóa', 'Số 12 Lê Lai, Phường Hạc Thành, Tỉnh Thanh Hóa',
      `Mã hồ sơ: ${code}`, 'Nộp lúc:',
    ]) {
      assert.ok(text.includes(expected), `PDF text lacks "${expected}"`);
    }
  });

  it('is for the owner only, and for a dossier with a form', async () => {
    const draft = await createDraft(sb.url, sb.an, '1.000894');
    const binh = (await signIn(sb.url, 'citizen-binh')).accessToken;
    const other = await pdfOf(draft.id, binh);
    assert.equal(other.status, 404);
    expectProblem({ status: other.status, headers: other.headers, body: await other.json() }, 404, 'dossier_not_found');
    assert.equal((await pdfOf(draft.id, null)).status, 401);
    const fileOnly = await createDraft(sb.url, sb.an, '2.000200');
    const none = await pdfOf(fileOnly.id, sb.an);
    expectProblem({ status: none.status, headers: none.headers, body: await none.json() }, 404, 'form_not_found');
  });
});
