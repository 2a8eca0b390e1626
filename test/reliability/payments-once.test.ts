// A fee is paid once. A citizen who starts paying, loses the tab and starts again (a new
// Idempotency-Key, so a second payment) must not be able to complete both: only the newest
// payment of a dossier can succeed, and the dossier moves on once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Dossier, Payment } from '@dvc-kit/spec';
import { call, makePdf, uploadFile } from '../../packages/sandbox/test/helpers/dossier-api.js';
import { startInProcess, type InProcessSandbox } from './support/in-process.js';

describe('payments are never taken twice', () => {
  let sandbox: InProcessSandbox;
  let token: string;
  before(async () => {
    sandbox = await startInProcess();
    token = await sandbox.token('citizen-chau');
  });
  after(async () => {
    await sandbox?.close();
  });

  const approve = (payment: Payment) =>
    fetch(payment.redirectUrl, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve' });

  it('two payment attempts for one request: only one can succeed', async () => {
    const url = sandbox.url;
    const draft = (await call<Dossier>(url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '2.000200' } })).body;
    const up = await uploadFile(url, token, makePdf(3000), { dossierId: draft.id, componentId: 'c1', filename: 'a.pdf', filetype: 'application/pdf' });
    await call(url, token, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: 'c1', uploadId: up.uploadId } });
    await call(url, token, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    for (const status of ['received', 'awaiting_payment']) {
      assert.equal((await call(url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status, amount: status === 'awaiting_payment' ? 120_000 : undefined } })).status, 200);
    }
    const first = (await call<Payment>(url, token, 'POST', '/payments', { key: randomUUID(), body: { dossierId: draft.id } })).body;
    const second = await call<Payment>(url, token, 'POST', '/payments', { key: randomUUID(), body: { dossierId: draft.id } });
    assert.ok(second.status === 201 || second.status === 409, `a second attempt: ${second.status}`);
    // Both payment pages were left open; the citizen presses "pay" on each.
    await approve(first);
    if (second.status === 201) await approve(second.body);
    const dossier = (await call<Dossier>(url, token, 'GET', `/dossiers/${draft.id}`)).body;
    const succeeded = dossier.payments.filter((p) => p.status === 'succeeded');
    assert.equal(succeeded.length, 1, `paid ${succeeded.length} times: ${JSON.stringify(dossier.payments.map((p) => [p.reference, p.status]))}`);
    assert.equal(dossier.events.filter((e) => e.status === 'awaiting_payment').length, 1);
    assert.equal(dossier.status, 'received', 'the dossier moved on once');
  });
});
