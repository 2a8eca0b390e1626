import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError } from '@dvc-kit/client';
import { administrativeUnitsApi } from '@dvc-kit/client/forms';
import { fakeFetch, json, problem } from './helpers/fake-fetch.js';

const BASE = 'http://portal.test';
const thanhHoa = {
  effective: '2025-07-01', code: '38', name: 'Tỉnh Thanh Hóa', type: 'province',
  communes: [{ code: '14797', name: 'Phường Hạc Thành', type: 'ward' }],
};

test('provinces() and province(code) call the reference routes and return the checked bodies', async () => {
  const fake = fakeFetch(
    () => json({ effective: '2025-07-01', items: [{ code: '01', name: 'Thành phố Hà Nội', type: 'city' }] }),
    () => json(thanhHoa),
  );
  const units = administrativeUnitsApi(createPortalClient({ baseUrl: BASE, fetch: fake.fetch, retry: false }));
  const list = await units.provinces();
  assert.equal(list.items[0]?.name, 'Thành phố Hà Nội');
  const province = await units.province('38');
  assert.equal(province.communes[0]?.name, 'Phường Hạc Thành');
  assert.deepEqual(fake.calls.map((c) => new URL(c.url).pathname), ['/api/v1/administrative-units', '/api/v1/administrative-units/38']);
});

test('an unknown province is a typed administrative_unit_not_found; a body off the contract is invalid_response', async () => {
  const units = administrativeUnitsApi(createPortalClient({
    baseUrl: BASE, retry: false,
    fetch: fakeFetch(() => problem(404, 'administrative_unit_not_found'), () => json({ ...thanhHoa, code: '038' })).fetch,
  }));
  await assert.rejects(units.province('99'), (error: unknown) => {
    assert.ok(isPortalError(error, 'administrative_unit_not_found'));
    assert.equal(error.status, 404);
    return true;
  });
  await assert.rejects(units.province('38'), (error: unknown) => isPortalError(error, 'invalid_response'));
});
