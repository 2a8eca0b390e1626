/**
 * Search behaviour over the real national catalog, as node:test cases registered by the caller,
 * so the same cases run against PGlite (search.test.ts) and PostgreSQL (postgres.test.ts).
 * Every response is also checked against portal.openapi.yaml.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Procedure, ProcedureSearchResult } from '@dvc-kit/spec';
import { fold } from '@dvc-kit/client/text';
import { checkedJson } from './contract.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** ../shared/data/procedures-national.jsonl from the repo root; a plain failure when absent. */
export function realCatalogPath(): string {
  const path = join(repoRoot, '../shared/data/procedures-national.jsonl');
  if (!existsSync(path)) {
    throw new Error(`The real catalog is missing: expected ${path} (the shared data folder beside the repo).`);
  }
  return path;
}

export const REAL_CATALOG_SIZE = 2642;

export interface SearchTarget {
  url(): string;
}

export async function search(
  target: SearchTarget,
  params: Record<string, string | number>,
  locale?: string,
): Promise<ProcedureSearchResult> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${target.url()}/api/v1/procedures?${query}`, {
    headers: locale ? { 'accept-language': locale } : {},
  });
  const body = await checkedJson<ProcedureSearchResult>(response);
  assert.equal(response.status, 200, JSON.stringify(body));
  return body;
}

const codes = (result: ProcedureSearchResult): string[] => result.items.map((item) => item.code);
const hasWord = (name: string, word: string): boolean =>
  name.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word);

export function registerSearchCases(target: SearchTarget): void {
  it('finds birth registration with and without diacritics, and with the full name', async () => {
    for (const q of ['dang ky khai sinh', 'đăng ký khai sinh', 'Thủ tục đăng ký khai sinh', 'ĐĂNG KÝ KHAI SINH', 'dang ky khai sinh ']) {
      const result = await search(target, { q, pageSize: 10 });
      assert.equal(result.items[0]?.code, '1.001193', `"${q}" -> ${codes(result).join(', ')}`);
      for (const item of result.items.slice(0, 8)) {
        assert.ok(fold(item.name).includes('khai sinh'), `"${q}" ranks "${item.name}" in the top 8`);
      }
      assert.ok(result.total >= 10, `"${q}" total ${result.total}`);
    }
  });

  it('finds marriage registration (1.000894) first for the plain phrase', async () => {
    for (const q of ['dang ky ket hon', 'đăng ký kết hôn']) {
      const result = await search(target, { q, pageSize: 5 });
      assert.equal(result.items[0]?.code, '1.000894', `"${q}" -> ${codes(result).join(', ')}`);
    }
  });

  it('tolerates one typo per word (swap, missing, extra, wrong letter)', async () => {
    const cases: [string, string][] = [
      ['dang ky khia sinh', '1.001193'], // swapped letters
      ['dnag ky khai sinh', '1.001193'],
      ['dang ky khai sinhh', '1.001193'], // extra letter
      ['dang ky kai sinh', '1.001193'], // missing letter
      ['dang ky khai xinh', '1.001193'], // wrong letter
      ['đăng kí khai sinh', '1.001193'], // the other accepted spelling of ký
      ['dang ky ket hob', '1.000894'],
    ];
    for (const [q, code] of cases) {
      const result = await search(target, { q, pageSize: 5 });
      assert.equal(result.items[0]?.code, code, `"${q}" -> ${codes(result).join(', ')}`);
    }
  });

  it('ranks exact-diacritic matches above folded-only ones (thuê is not thuế)', async () => {
    const rent = await search(target, { q: 'thuê', pageSize: 20 });
    const tax = await search(target, { q: 'thuế', pageSize: 20 });
    assert.ok(rent.total >= 20 && tax.total >= 20, `totals ${rent.total} / ${tax.total}`);
    for (const item of rent.items) assert.ok(hasWord(item.name, 'thuê'), `"thuê" ranks "${item.name}" in the top 20`);
    for (const item of tax.items) assert.ok(hasWord(item.name, 'thuế'), `"thuế" ranks "${item.name}" in the top 20`);
    // Folded, both spellings match: the same total either way.
    const folded = await search(target, { q: 'thue', pageSize: 1 });
    assert.equal(folded.total, rent.total);
    assert.equal(folded.total, tax.total);
  });

  it('ranks the whole phrase above the same words scattered', async () => {
    const result = await search(target, { q: 'cho thuê đất', pageSize: 10 });
    assert.ok(result.items.length > 0);
    for (const item of result.items.slice(0, 5)) {
      assert.ok(item.name.toLowerCase().includes('cho thuê đất'), `"${item.name}" ranks above a phrase match`);
    }
  });

  it('returns a procedure first when its full code is typed, and prefixes of codes', async () => {
    const exact = await search(target, { q: '1.001193' });
    assert.equal(exact.items[0]?.code, '1.001193');
    assert.equal(exact.total, 1);
    const padded = await search(target, { q: '  1.000894 ' });
    assert.equal(padded.items[0]?.code, '1.000894');
    const prefix = await search(target, { q: '1.00119', pageSize: 100 });
    assert.ok(codes(prefix).includes('1.001193'));
    assert.ok(prefix.items.every((item) => item.code.startsWith('1.00119')));
    const number = await search(target, { q: '001193' });
    assert.equal(number.items[0]?.code, '1.001193');
  });

  it('matches field and agency names, and unfinished last words', async () => {
    const field = await search(target, { q: 'ho tich', pageSize: 5 });
    const hoTich = field.facets.field.find((f) => f.value === 'ho-tich');
    assert.ok(hoTich && hoTich.count >= 30, `ho-tich facet ${JSON.stringify(hoTich)}`);
    const agency = await search(target, { q: 'bo tu phap', pageSize: 5 });
    assert.ok(agency.total >= 100, `"bo tu phap" total ${agency.total}`);
    const typing = await search(target, { q: 'dang ky khai si', pageSize: 3 });
    assert.equal(typing.items[0]?.code, '1.001193', codes(typing).join(', '));
  });

  it('filters and returns disjunctive facet counts that add up', async () => {
    const all = await search(target, { q: 'dang ky', pageSize: 1 });
    const sum = (list: { count: number }[]) => list.reduce((n, f) => n + f.count, 0);
    assert.equal(sum(all.facets.onlineLevel), all.total);
    assert.ok(all.facets.field.length > 1 && all.facets.agency.length > 1 && all.facets.level.length > 0);
    assert.ok(all.facets.level.every((f) => f.label !== f.value), 'level labels are words, not ids');

    const field = all.facets.field[0];
    assert.ok(field);
    const filtered = await search(target, { q: 'dang ky', field: field.value, pageSize: 100 });
    assert.equal(filtered.total, field.count);
    assert.ok(filtered.items.every((item) => item.field.id === field.value));
    // The field facet ignores its own filter, so other fields stay visible with their counts.
    assert.deepEqual(filtered.facets.field, all.facets.field);

    const level = await search(target, { q: 'dang ky', level: 'commune', pageSize: 100 });
    assert.ok(level.items.every((item) => item.levels.includes('commune')));
    assert.equal(level.total, all.facets.level.find((f) => f.value === 'commune')?.count);

    const en = await search(target, { q: 'dang ky', pageSize: 1 }, 'en');
    assert.ok(en.facets.level.some((f) => /ministry|province|commune|other/i.test(f.label)), JSON.stringify(en.facets.level));
  });

  it('pages through results without overlap and keeps totals past the end', async () => {
    const first = await search(target, { q: 'cap giay phep', page: 1, pageSize: 7 });
    const second = await search(target, { q: 'cap giay phep', page: 2, pageSize: 7 });
    assert.equal(first.items.length, 7);
    assert.equal(second.page, 2);
    assert.equal(first.total, second.total);
    assert.equal(codes(first).filter((c) => codes(second).includes(c)).length, 0);
    const beyond = await search(target, { q: 'cap giay phep', page: 999, pageSize: 7 });
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, first.total);
    const everything = await search(target, { pageSize: 100 });
    assert.equal(everything.total, REAL_CATALOG_SIZE);
    assert.deepEqual(codes(everything), [...codes(everything)].sort());
  });

  it('finds nothing for nonsense, and refuses bad parameters in the request language', async () => {
    const none = await search(target, { q: 'zzqxv wwkj' });
    assert.equal(none.total, 0);
    assert.deepEqual(none.items, []);

    const vi = await fetch(`${target.url()}/api/v1/procedures?pageSize=0&level=city`);
    const viBody = await checkedJson<{ code: string; detail: string; fieldErrors: { path: string }[] }>(vi);
    assert.equal(vi.status, 422);
    assert.equal(viBody.code, 'validation_failed');
    assert.deepEqual(viBody.fieldErrors.map((e) => e.path).sort(), ['level', 'pageSize']);
    assert.match(viBody.detail, /không hợp lệ/);

    const en = await fetch(`${target.url()}/api/v1/procedures?q=${'a'.repeat(201)}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    const enBody = await checkedJson<{ detail: string }>(en);
    assert.equal(en.status, 422);
    assert.match(enBody.detail, /at most 200 characters/);
  });

  it('serves the full procedure by code and a problem for an unknown code', async () => {
    const response = await fetch(`${target.url()}/api/v1/procedures/1.001193`);
    const procedure = await checkedJson<Procedure>(response);
    assert.equal(response.status, 200);
    assert.equal(procedure.name, 'Thủ tục đăng ký khai sinh');
    assert.ok(procedure.cases.length > 0 && procedure.channels.length > 0);

    const missing = await fetch(`${target.url()}/api/v1/procedures/9.999999`, { headers: { 'accept-language': 'en' } });
    const problem = await checkedJson<{ code: string; detail: string }>(missing);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(problem.code, 'procedure_not_found');
    assert.match(problem.detail, /9\.999999/);
  });

  it('lists agencies (by level) and fields', async () => {
    const fields = await checkedJson<{ items: { id: string; name: string }[] }>(await fetch(`${target.url()}/api/v1/fields`));
    assert.ok(fields.items.length >= 50, `${fields.items.length} fields`);
    const agencies = await checkedJson<{ items: { level: string }[] }>(await fetch(`${target.url()}/api/v1/agencies`));
    assert.ok(agencies.items.length >= 7);
    const ministries = await checkedJson<{ items: { level: string }[] }>(
      await fetch(`${target.url()}/api/v1/agencies?level=ministry`),
    );
    assert.ok(ministries.items.length > 0 && ministries.items.every((a) => a.level === 'ministry'));
  });
}
