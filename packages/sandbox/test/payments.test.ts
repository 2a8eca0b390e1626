import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Dossier, Payment } from '@dvc-kit/spec';
import { call, expectProblem, makePdf, startTestSandbox, uploadFile, type TestSandbox } from './helpers/dossier-api.js';
import { signIn } from './helpers/sign-in.js';

/** Ministry G01 procedure with one required component and a 35,000 VND online fee. */
const WITH_FEE = '1.000757';
const RETURN_URL = 'https://agency.example.vn/thanh-toan/ket-qua?from=dvc';

describe('payments', () => {
  let t: TestSandbox;
  let an: string;
  let binh: string;

  before(async () => {
    t = await startTestSandbox();
    [an, binh] = await Promise.all([
      signIn(t.sandbox.url, 'citizen-an').then((x) => x.accessToken),
      signIn(t.sandbox.url, 'citizen-binh').then((x) => x.accessToken),
    ]);
  });
  after(() => t.close());

  /** A submitted dossier the officer has asked to pay. */
  async function awaitingPayment(amount?: number): Promise<Dossier> {
    const draft = (await call<Dossier>(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: WITH_FEE } })).body;
    assert.deepEqual(draft.fees, [{ name: 'Lệ phí', amount: 35_000, currency: 'VND' }]);
    const upload = await uploadFile(t.sandbox.url, an, makePdf(10_000), {
      dossierId: draft.id, componentId: 'c1', filename: 'don.pdf', filetype: 'application/pdf',
    });
    await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: 'c1', uploadId: upload.uploadId } });
    await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    await call(t.sandbox.url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status: 'received' } });
    const asked = await call<Dossier>(t.sandbox.url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, {
      body: amount === undefined ? { status: 'awaiting_payment' } : { status: 'awaiting_payment', amount },
    });
    assert.equal(asked.body.status, 'awaiting_payment');
    return asked.body;
  }

  /** What a browser does on the payment page: load it, then press one of its buttons. */
  async function pressOnPaymentPage(payment: Payment, action: 'approve' | 'decline' | 'cancel'): Promise<Response> {
    const page = await fetch(payment.redirectUrl);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.ok(html.includes(payment.reference), 'the page shows the reference');
    assert.ok(html.includes(`value="${action}"`), `the page offers ${action}`);
    return fetch(payment.redirectUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action }).toString(),
    });
  }

  it('declines, then approves on the payment page; the dossier moves on only when paid', async () => {
    const dossier = await awaitingPayment();
    const first = await call<Payment>(t.sandbox.url, an, 'POST', '/payments', {
      key: randomUUID(), body: { dossierId: dossier.id, returnUrl: RETURN_URL },
    });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.status, 'initiated');
    assert.equal(first.body.amount, 35_000);
    assert.equal(first.body.currency, 'VND');
    assert.equal(first.body.redirectUrl, `${t.sandbox.url}/sandbox/pay/${first.body.id}`);
    assert.equal(first.body.reference, `${dossier.code}-P01`);

    const declined = await pressOnPaymentPage(first.body, 'decline');
    assert.equal(declined.status, 303);
    const back = new URL(declined.headers.get('location') ?? '');
    assert.equal(`${back.origin}${back.pathname}`, 'https://agency.example.vn/thanh-toan/ket-qua');
    assert.equal(back.searchParams.get('from'), 'dvc');
    assert.equal(back.searchParams.get('paymentId'), first.body.id);
    assert.equal(back.searchParams.get('status'), 'failed');
    // Server-side confirmation: the redirect alone proves nothing.
    const confirmed = await call<Payment>(t.sandbox.url, an, 'GET', `/payments/${first.body.id}`);
    assert.equal(confirmed.body.status, 'failed');
    assert.ok(confirmed.body.completedAt);
    assert.equal((await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${dossier.id}`)).body.status, 'awaiting_payment');

    const finishedPage = await (await fetch(first.body.redirectUrl)).text();
    assert.ok(!finishedPage.includes('value="approve"'), 'a finished payment offers no buttons');
    const replay = await fetch(first.body.redirectUrl, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve',
    });
    assert.equal(replay.status, 409);
    assert.equal((await call<Payment>(t.sandbox.url, an, 'GET', `/payments/${first.body.id}`)).body.status, 'failed');

    const second = await call<Payment>(t.sandbox.url, an, 'POST', '/payments', {
      key: randomUUID(), body: { dossierId: dossier.id, returnUrl: RETURN_URL },
    });
    assert.equal(second.body.reference, `${dossier.code}-P02`);
    const approved = await pressOnPaymentPage(second.body, 'approve');
    assert.equal(approved.status, 303);
    assert.equal(new URL(approved.headers.get('location') ?? '').searchParams.get('status'), 'succeeded');
    assert.equal((await call<Payment>(t.sandbox.url, an, 'GET', `/payments/${second.body.id}`)).body.status, 'succeeded');

    const paid = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${dossier.id}`);
    assert.equal(paid.body.status, 'received', 'back where it was before the payment request');
    assert.deepEqual(paid.body.payments.map((p) => p.status), ['failed', 'succeeded']);
    const last = paid.body.events.at(-1);
    assert.equal(last?.actor, 'system');
    assert.ok(last?.note?.includes(second.body.reference));
    expectProblem(await call(t.sandbox.url, an, 'POST', '/payments', { key: randomUUID(), body: { dossierId: dossier.id } }), 409, 'invalid_state_transition');
  });

  it('cancels without a return URL and shows the outcome on the page', async () => {
    const dossier = await awaitingPayment(120_000);
    // The amount the officer asked for is what the citizen sees in the fee table before paying.
    assert.deepEqual(dossier.fees.map((fee) => [fee.amount, fee.currency]), [[120_000, 'VND']]);
    const payment = (await call<Payment>(t.sandbox.url, an, 'POST', '/payments', { key: randomUUID(), body: { dossierId: dossier.id } })).body;
    assert.equal(payment.amount, 120_000);
    assert.equal(payment.returnUrl, null);
    const cancelled = await pressOnPaymentPage(payment, 'cancel');
    assert.equal(cancelled.status, 200);
    assert.ok((await cancelled.text()).includes('Đã huỷ'));
    assert.equal((await call<Payment>(t.sandbox.url, an, 'GET', `/payments/${payment.id}`)).body.status, 'cancelled');
    const english = await fetch(`${payment.redirectUrl}?lang=en`);
    assert.ok((await english.text()).includes('Cancelled'));
  });

  it('replays a retried initiation and keeps payments to their owner', async () => {
    const dossier = await awaitingPayment();
    const key = randomUUID();
    const body = { dossierId: dossier.id, returnUrl: RETURN_URL };
    const a = await call<Payment>(t.sandbox.url, an, 'POST', '/payments', { key, body });
    const b = await call<Payment>(t.sandbox.url, an, 'POST', '/payments', { key, body });
    assert.deepEqual(b.body, a.body);
    expectProblem(await call(t.sandbox.url, an, 'POST', '/payments', { key, body: { dossierId: dossier.id } }), 422, 'idempotency_key_reused');
    expectProblem(await call(t.sandbox.url, an, 'POST', '/payments', { body }), 400, 'idempotency_key_required');

    expectProblem(await call(t.sandbox.url, binh, 'GET', `/payments/${a.body.id}`), 404, 'payment_not_found');
    expectProblem(await call(t.sandbox.url, binh, 'POST', '/payments', { key: randomUUID(), body }), 404, 'dossier_not_found');
    expectProblem(await call(t.sandbox.url, an, 'GET', `/payments/${randomUUID()}`), 404, 'payment_not_found');
    const missing = await fetch(`${t.sandbox.url}/sandbox/pay/${randomUUID()}`);
    assert.equal(missing.status, 404);
  });
});
