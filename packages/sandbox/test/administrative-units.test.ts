/**
 * The administrative units since 1 July 2025: the shipped data file, and the two cacheable routes
 * (ETag, long max-age, 304 on If-None-Match, 404 problem for an unknown code), per the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { administrativeUnits } from '../src/reference/administrative-units.js';
import { noneMatchHits } from '../src/reference/conditional.js';
import { assertMatchesContract } from './helpers/contract.js';
import { call, expectProblem, startTestSandbox, type TestSandbox } from './helpers/dossier-api.js';

describe('administrative units data', () => {
  it('has the 34 provincial units and 3,321 communes of the two-tier list, codes unique, names NFC', () => {
    const units = administrativeUnits();
    assert.equal(units.list.items.length, 34);
    assert.equal(units.list.items.filter((p) => p.type === 'city').length, 6);
    const communes = [...units.provinces.values()].flatMap((p) => p.communes);
    assert.equal(communes.length, 3321);
    assert.equal(new Set(communes.map((c) => c.code)).size, 3321);
    const byType = (type: string) => communes.filter((c) => c.type === type).length;
    assert.deepEqual([byType('commune'), byType('ward'), byType('special_zone')], [2621, 687, 13]);
    for (const name of [...units.list.items.map((p) => p.name), ...communes.map((c) => c.name)]) {
      assert.equal(name, name.normalize('NFC'));
    }
    const thanhHoa = units.provinces.get('38');
    assert.equal(thanhHoa?.name, 'Tỉnh Thanh Hóa');
    assert.ok(thanhHoa?.communes.some((c) => c.code === '14797' && c.name === 'Phường Hạc Thành' && c.type === 'ward'));
  });

  it('reads If-None-Match as RFC 9110 does: lists, weak tags, *', () => {
    assert.equal(noneMatchHits(undefined, '"a"'), false);
    assert.equal(noneMatchHits('"a"', '"a"'), true);
    assert.equal(noneMatchHits('"b", W/"a"', '"a"'), true);
    assert.equal(noneMatchHits('*', '"a"'), true);
    assert.equal(noneMatchHits('"ab"', '"a"'), false);
  });
});

describe('GET /administrative-units', () => {
  let test: TestSandbox;
  before(async () => {
    test = await startTestSandbox();
  });
  after(async () => {
    await test?.close();
  });

  it('lists the provinces without communes, cacheable for a week, 304 on a matching ETag', async () => {
    const first = await call<{ effective: string; items: { code: string; name: string }[] }>(test.sandbox.url, null, 'GET', '/administrative-units');
    assert.equal(first.status, 200);
    assert.equal(first.body.effective, '2025-07-01');
    assert.equal(first.body.items.length, 34);
    assert.deepEqual(first.body.items.map((p) => p.code).slice(0, 3), ['01', '04', '08']);
    assert.ok(!('communes' in (first.body.items[0] as object)));
    const etag = first.headers.get('etag') ?? '';
    assert.match(etag, /^"au-[\w-]+"$/);
    assert.match(first.headers.get('cache-control') ?? '', /max-age=604800/);

    const again = await fetch(`${test.sandbox.url}/api/v1/administrative-units`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assertMatchesContract('GET', '/api/v1/administrative-units', 304, undefined);

    const stale = await fetch(`${test.sandbox.url}/api/v1/administrative-units`, { headers: { 'if-none-match': '"au-old"' } });
    assert.equal(stale.status, 200);
  });

  it('gives one province with its communes, with its own ETag, and 404 for an unknown code', async () => {
    const hcm = await call<{ code: string; name: string; communes: { code: string; name: string }[] }>(
      test.sandbox.url, null, 'GET', '/administrative-units/79',
    );
    assert.equal(hcm.status, 200);
    assert.equal(hcm.body.name, 'Thành phố Hồ Chí Minh');
    assert.equal(hcm.body.communes.length, 168);
    assert.ok(hcm.body.communes.some((c) => c.name === 'Phường Sài Gòn'));
    const etag = hcm.headers.get('etag') ?? '';
    const list = await fetch(`${test.sandbox.url}/api/v1/administrative-units`);
    assert.notEqual(list.headers.get('etag'), etag);
    const cached = await fetch(`${test.sandbox.url}/api/v1/administrative-units/79`, { headers: { 'if-none-match': `W/${etag}` } });
    assert.equal(cached.status, 304);

    for (const code of ['99', '038', 'xx']) {
      const missing = await call(test.sandbox.url, null, 'GET', `/administrative-units/${code}`, { headers: { 'accept-language': 'en' } });
      expectProblem(missing, 404, 'administrative_unit_not_found');
    }
  });
});
