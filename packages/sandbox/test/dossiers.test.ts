import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Dossier, DossierList, Statistics } from '@dvc-kit/spec';
import { addWorkingDays, dueDateFor, vietnamDay } from '../src/dossiers/due-date.js';
import {
  call, expectProblem, makePdf, sha256Hex, startTestSandbox, tusHead, uploadFile, type TestSandbox,
} from './helpers/dossier-api.js';
import { freshPostgres } from './helpers/postgres.js';
import { signIn } from './helpers/sign-in.js';

/** A province H56 procedure: c1 required, c2 optional, 7 working days online, free. */
const ONE_COMPONENT = '2.000200';
/** Birth registration: c1, c2 and c6 required. */
const BIRTH = '1.001193';
const CODE_PATTERN = /^000\.00\.00\.H56-(\d{6})-(\d{4})$/;

async function createDraft(t: TestSandbox, token: string, procedureCode = ONE_COMPONENT): Promise<Dossier> {
  const created = await call<Dossier>(t.sandbox.url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

async function attachPdf(t: TestSandbox, token: string, dossier: Dossier, componentId: string, size = 20_000): Promise<string> {
  const pdf = makePdf(size);
  const { uploadId, last } = await uploadFile(t.sandbox.url, token, pdf, {
    dossierId: dossier.id, componentId, filename: `${componentId}.pdf`, filetype: 'application/pdf',
  });
  assert.equal(last.status, 204, await last.text());
  const attached = await call<Dossier>(t.sandbox.url, token, 'POST', `/dossiers/${dossier.id}/attachments`, {
    body: { componentId, uploadId },
  });
  assert.equal(attached.status, 200, JSON.stringify(attached.body));
  return uploadId;
}

async function submitted(t: TestSandbox, token: string, procedureCode = ONE_COMPONENT): Promise<Dossier> {
  const draft = await createDraft(t, token, procedureCode);
  await attachPdf(t, token, draft, 'c1');
  const result = await call<Dossier>(t.sandbox.url, token, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return result.body;
}

const control = (t: TestSandbox, ref: string, body: Record<string, unknown>) =>
  call<Dossier>(t.sandbox.url, null, 'POST', `/sandbox/dossiers/${encodeURIComponent(ref)}/status`, { body });

describe('dossiers', () => {
  let t: TestSandbox;
  let an: string;
  let binh: string;
  let business: string;

  before(async () => {
    t = await startTestSandbox();
    [an, binh, business] = await Promise.all([
      signIn(t.sandbox.url, 'citizen-an').then((x) => x.accessToken),
      signIn(t.sandbox.url, 'citizen-binh').then((x) => x.accessToken),
      signIn(t.sandbox.url, 'business-song-hong').then((x) => x.accessToken),
    ]);
  });
  after(() => t.close());

  it('goes the whole way: draft, multi-chunk tus upload, submit with a code, every officer step, returned', async () => {
    const draft = await createDraft(t, an);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.code, null);
    assert.equal(draft.applicant.name, 'Nguyễn Văn An');
    assert.equal(draft.applicant.idNumber, '001085004217');
    assert.deepEqual(draft.components.map((c) => [c.componentId, c.required]), [['c1', true], ['c2', false]]);

    const pdf = makePdf(300_000, 'lifecycle');
    const upload = await uploadFile(t.sandbox.url, an, pdf, {
      dossierId: draft.id, componentId: 'c1', filename: 'to-khai 13-MST.pdf', filetype: 'application/pdf',
    }, 64 * 1024);
    assert.equal(upload.last.status, 204);
    assert.ok(upload.patches >= 5, `expected several PATCHes, got ${upload.patches}`);
    const head = await tusHead(upload.url, an);
    assert.equal(head.headers.get('upload-offset'), String(pdf.length));

    const attached = await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/attachments`, {
      body: { componentId: 'c1', uploadId: upload.uploadId },
    });
    assert.equal(attached.status, 200);
    const file = attached.body.components[0]?.files[0];
    assert.deepEqual(file && { ...file, uploadedAt: undefined }, {
      uploadId: upload.uploadId, fileName: 'to-khai 13-MST.pdf', contentType: 'application/pdf', size: pdf.length,
      sha256: sha256Hex(pdf), uploadedAt: undefined,
    });

    const before = new Date();
    const sub = await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(sub.status, 200, JSON.stringify(sub.body));
    assert.equal(sub.body.status, 'submitted');
    const match = CODE_PATTERN.exec(sub.body.code ?? '');
    assert.ok(match, `code ${sub.body.code}`);
    assert.equal(match[1], vietnamDay(before));
    assert.ok(sub.body.submittedAt && sub.body.dueAt && sub.body.dueAt > sub.body.submittedAt);
    const due = new Date(sub.body.dueAt);
    assert.ok(![0, 6].includes(new Date(due.getTime() + 7 * 3600_000).getUTCDay()), 'due on a working day');

    const byCode = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${encodeURIComponent(sub.body.code ?? '')}`);
    assert.equal(byCode.body.id, draft.id);

    for (const status of ['received', 'processing']) {
      assert.equal((await control(t, sub.body.code ?? '', { status })).body.status, status);
    }
    const asked = await control(t, draft.id, { status: 'awaiting_supplement', componentIds: ['c2'], note: 'Thiếu tờ khai' });
    assert.equal(asked.status, 200);
    const request = asked.body.supplementRequests[0];
    assert.ok(request);
    assert.deepEqual(request.componentIds, ['c2']);
    assert.equal(request.answeredAt, null);

    const extra = makePdf(5_000, 'supplement');
    const more = await uploadFile(t.sandbox.url, an, extra, {
      dossierId: draft.id, componentId: 'c2', filename: 'bo-sung.pdf', filetype: 'application/pdf',
    });
    assert.equal(more.last.status, 204);
    const missing = await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/supplements/${request.id}/response`, {
      body: { attachments: [] },
    });
    expectProblem(missing, 422, 'missing_required_components');
    const answered = await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/supplements/${request.id}/response`, {
      body: { attachments: [{ componentId: 'c2', uploadId: more.uploadId }], note: 'Đã bổ sung' },
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'processing');
    assert.ok(answered.body.supplementRequests[0]?.answeredAt);
    assert.equal(answered.body.components[1]?.files[0]?.uploadId, more.uploadId);

    expectProblem(await control(t, draft.id, { status: 'returned' }), 409, 'invalid_state_transition');
    for (const status of ['processed', 'returned']) {
      assert.equal((await control(t, draft.id, { status })).body.status, status);
    }
    const final = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${draft.id}`);
    assert.deepEqual(final.body.events.map((e) => [e.status, e.actor]), [
      ['draft', 'applicant'], ['submitted', 'applicant'], ['received', 'officer'], ['processing', 'officer'],
      ['awaiting_supplement', 'officer'], ['processing', 'applicant'], ['processed', 'officer'], ['returned', 'officer'],
    ]);
    assert.equal(final.body.events[4]?.note, 'Thiếu tờ khai');
    expectProblem(await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/withdraw`, { body: { reason: 'x' } }), 409, 'invalid_state_transition');
  });

  it('replays a retried create and submit instead of making a second dossier or code', async () => {
    const key = randomUUID();
    const body = { procedureCode: ONE_COMPONENT };
    const [first, second] = await Promise.all([
      call<Dossier>(t.sandbox.url, binh, 'POST', '/dossiers', { key, body }),
      call<Dossier>(t.sandbox.url, binh, 'POST', '/dossiers', { key, body }),
    ]);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(first.body.id, second.body.id);
    const third = await call<Dossier>(t.sandbox.url, binh, 'POST', '/dossiers', { key, body });
    assert.deepEqual(third.body, first.body);
    assert.equal(third.headers.get('idempotency-replayed'), 'true');
    const list = await call<DossierList>(t.sandbox.url, binh, 'GET', '/dossiers');
    assert.equal(list.body.items.filter((d) => d.id === first.body.id).length, 1);
    assert.equal(list.body.total, 1);

    expectProblem(await call(t.sandbox.url, binh, 'POST', '/dossiers', { key, body: { procedureCode: BIRTH } }), 422, 'idempotency_key_reused');
    expectProblem(await call(t.sandbox.url, binh, 'POST', '/dossiers', { body }), 400, 'idempotency_key_required');

    await attachPdf(t, binh, first.body, 'c1');
    expectProblem(await call(t.sandbox.url, binh, 'POST', `/dossiers/${first.body.id}/submit`), 400, 'idempotency_key_required');
    const submitKey = randomUUID();
    const [s1, s2] = await Promise.all([
      call<Dossier>(t.sandbox.url, binh, 'POST', `/dossiers/${first.body.id}/submit`, { key: submitKey }),
      call<Dossier>(t.sandbox.url, binh, 'POST', `/dossiers/${first.body.id}/submit`, { key: submitKey }),
    ]);
    assert.equal(s1.status, 200);
    assert.equal(s2.status, 200);
    assert.ok(s1.body.code);
    assert.equal(s1.body.code, s2.body.code);
    const byCode = await call<Dossier>(t.sandbox.url, binh, 'POST', `/dossiers/${encodeURIComponent(s1.body.code)}/submit`, { key: submitKey });
    assert.equal(byCode.body.code, s1.body.code, 'the same dossier by its code is the same request');
    expectProblem(await call(t.sandbox.url, binh, 'POST', `/dossiers/${first.body.id}/submit`, { key: randomUUID() }), 409, 'invalid_state_transition');
    const after = await call<Dossier>(t.sandbox.url, binh, 'GET', `/dossiers/${first.body.id}`);
    assert.equal(after.body.events.filter((e) => e.status === 'submitted').length, 1);
  });

  it('numbers codes per agency and day', async () => {
    const a = await submitted(t, an);
    const b = await submitted(t, an);
    const seq = (d: Dossier) => Number(CODE_PATTERN.exec(d.code ?? '')?.[2]);
    assert.equal(seq(b), seq(a) + 1);
  });

  it('refuses to submit without the required components and names them', async () => {
    const draft = await createDraft(t, an, BIRTH);
    await attachPdf(t, an, draft, 'c1');
    const refused = expectProblem(await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'missing_required_components');
    assert.deepEqual(refused.fieldErrors?.map((e) => e.path), ['/components/c2', '/components/c6']);
    const still = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${draft.id}`);
    assert.equal(still.body.status, 'draft');
  });

  it('changes and detaches only on a draft, and validates what it is given', async () => {
    const draft = await createDraft(t, an);
    const uploadId = await attachPdf(t, an, draft, 'c1');
    const patched = await call<Dossier>(t.sandbox.url, an, 'PATCH', `/dossiers/${draft.id}`, {
      body: { applicant: { ...draft.applicant, address: 'Số 1 Tràng Tiền, Hà Nội' } },
    });
    assert.equal(patched.body.applicant.address, 'Số 1 Tràng Tiền, Hà Nội');
    const detached = await call<Dossier>(t.sandbox.url, an, 'DELETE', `/dossiers/${draft.id}/attachments/${uploadId}`);
    assert.equal(detached.body.components[0]?.files.length, 0);
    expectProblem(await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: 'c9', uploadId } }), 422, 'validation_failed');
    expectProblem(await call(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '9.999999' } }), 404, 'procedure_not_found');
    expectProblem(await call(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '2.000815' } }), 422, 'validation_failed');
    expectProblem(await call(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: ONE_COMPONENT, extra: 1 } }), 422, 'validation_failed');
    const done = await submitted(t, an);
    expectProblem(await call(t.sandbox.url, an, 'PATCH', `/dossiers/${done.id}`, { body: { caseId: 'default' } }), 409, 'invalid_state_transition');
  });

  it('withdraws with the reason in the history', async () => {
    const dossier = await submitted(t, an);
    const withdrawn = await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/withdraw`, { body: { reason: 'Nộp nhầm thủ tục' } });
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.deepEqual(withdrawn.body.events.at(-1), { ...withdrawn.body.events.at(-1), status: 'withdrawn', actor: 'applicant', note: 'Nộp nhầm thủ tục' });
    expectProblem(await control(t, dossier.id, { status: 'processing' }), 409, 'invalid_state_transition');
  });

  it("answers another account's dossier exactly like a missing one, on every route", async () => {
    const mine = await submitted(t, an);
    const draft = await createDraft(t, an);
    const other = binh;
    const refs = [mine.id, mine.code ?? '', draft.id];
    for (const ref of refs) {
      const r = encodeURIComponent(ref);
      expectProblem(await call(t.sandbox.url, other, 'GET', `/dossiers/${r}`), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, business, 'GET', `/dossiers/${r}`), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'PATCH', `/dossiers/${r}`, { body: { caseId: 'default' } }), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'POST', `/dossiers/${r}/attachments`, { body: { componentId: 'c1', uploadId: randomUUID() } }), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'DELETE', `/dossiers/${r}/attachments/${randomUUID()}`), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'POST', `/dossiers/${r}/submit`, { key: randomUUID() }), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'POST', `/dossiers/${r}/withdraw`, { body: { reason: 'x' } }), 404, 'dossier_not_found');
      expectProblem(await call(t.sandbox.url, other, 'POST', `/dossiers/${r}/supplements/${randomUUID()}/response`, { body: { attachments: [] } }), 404, 'dossier_not_found');
    }
    expectProblem(await call(t.sandbox.url, other, 'GET', `/dossiers/${randomUUID()}`), 404, 'dossier_not_found');
    const theirs = await call<DossierList>(t.sandbox.url, business, 'GET', '/dossiers');
    assert.ok(theirs.body.items.every((d) => d.id !== mine.id && d.id !== draft.id));
    expectProblem(await call(t.sandbox.url, null, 'GET', `/dossiers/${mine.id}`), 401, 'unauthenticated');
    expectProblem(await call(t.sandbox.url, null, 'GET', '/dossiers'), 401, 'unauthenticated');
  });

  it('lists my dossiers newest first, by status, by page', async () => {
    const token = business;
    const a = await createDraft(t, token);
    const b = await submitted(t, token);
    const all = await call<DossierList>(t.sandbox.url, token, 'GET', '/dossiers?pageSize=1');
    assert.equal(all.body.total, 2);
    assert.equal(all.body.items.length, 1);
    assert.equal(all.body.items[0]?.id, b.id);
    const page2 = await call<DossierList>(t.sandbox.url, token, 'GET', '/dossiers?pageSize=1&page=2');
    assert.equal(page2.body.items[0]?.id, a.id);
    const drafts = await call<DossierList>(t.sandbox.url, token, 'GET', '/dossiers?status=draft');
    assert.deepEqual(drafts.body.items.map((d) => d.id), [a.id]);
    assert.equal(drafts.body.items[0]?.applicant.type, 'business');
    expectProblem(await call(t.sandbox.url, token, 'GET', '/dossiers?pageSize=500'), 422, 'validation_failed');
  });

  it('counts statistics by status, with on-time rate and overdue', async () => {
    // Ministry G01 has no other dossiers in this sandbox.
    const agency = '000.00.00.G01';
    const open = await submitted(t, binh, '1.000757');
    const done = await submitted(t, binh, '1.000757');
    await createDraft(t, binh, '1.000757'); // drafts are not counted
    for (const status of ['received', 'processing', 'processed', 'returned']) await control(t, done.id, { status });
    const stats = await call<Statistics>(t.sandbox.url, null, 'GET', `/statistics?agency=${agency}`);
    assert.equal(stats.status, 200);
    const count = (s: Statistics, status: string) => s.byStatus.find((x) => x.status === status)?.count;
    assert.equal(stats.body.total, 2);
    assert.equal(count(stats.body, 'submitted'), 1);
    assert.equal(count(stats.body, 'returned'), 1);
    assert.equal(stats.body.onTimeRate, 1);
    assert.equal(stats.body.overdue, 0);
    // A month later the open one is past its due date.
    const realNow = t.sandbox.deps.now;
    t.sandbox.deps.now = () => new Date(realNow().getTime() + 31 * 24 * 3600_000);
    try {
      const later = await call<Statistics>(t.sandbox.url, null, 'GET', `/statistics?agency=${agency}`);
      assert.equal(later.body.overdue, 1);
      assert.ok(open.dueAt);
    } finally {
      t.sandbox.deps.now = realNow;
    }
    const all = await call<Statistics>(t.sandbox.url, null, 'GET', '/statistics');
    assert.ok(all.body.total >= stats.body.total);
    expectProblem(await call(t.sandbox.url, null, 'GET', '/statistics?agency=nope'), 404, 'not_found');
  });
});

describe('dossiers across a restart', () => {
  it('keeps dossiers, history and uploaded files in the data folder', async () => {
    const first = await startTestSandbox();
    let dossier: Dossier;
    try {
      const token = (await signIn(first.sandbox.url, 'citizen-chau')).accessToken;
      dossier = await submitted(first, token);
    } finally {
      await first.close({ keepData: true });
    }
    const second = await startTestSandbox({ dataDir: first.dataDir });
    try {
      const token = (await signIn(second.sandbox.url, 'citizen-chau')).accessToken;
      const again = await call<Dossier>(second.sandbox.url, token, 'GET', `/dossiers/${dossier.id}`);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, dossier);
      const file = again.body.components[0]?.files[0];
      assert.ok(file);
      const download = await fetch(`${second.sandbox.url}/api/v1/uploads/${file.uploadId}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(download.status, 200);
      const bytes = Buffer.from(await download.arrayBuffer());
      assert.equal(sha256Hex(bytes), file.sha256);
      const next = await submitted(second, token);
      assert.equal(Number(next.code?.slice(-4)), Number(dossier.code?.slice(-4)) + 1, 'the code sequence survives too');
    } finally {
      await second.close();
    }
  });
});

describe('the simulated officer', () => {
  it('moves submitted dossiers to returned on its clock and leaves waiting ones alone', async () => {
    // 5 simulated working days per second: one step every 200 ms.
    const t = await startTestSandbox({ officerSpeed: 5 });
    try {
      const token = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
      const waiting = await submitted(t, token);
      assert.equal((await control(t, waiting.id, { status: 'awaiting_supplement', componentIds: ['c2'] })).status, 200);
      const moving = await submitted(t, token);
      let now: Dossier = moving;
      for (let i = 0; i < 100 && now.status !== 'returned'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        now = (await call<Dossier>(t.sandbox.url, token, 'GET', `/dossiers/${moving.id}`)).body;
      }
      assert.equal(now.status, 'returned');
      assert.deepEqual(now.events.map((e) => e.status), ['draft', 'submitted', 'received', 'processing', 'processed', 'returned']);
      assert.ok(now.events.slice(2).every((e) => e.actor === 'officer'));
      const still = await call<Dossier>(t.sandbox.url, token, 'GET', `/dossiers/${waiting.id}`);
      assert.equal(still.body.status, 'awaiting_supplement');
    } finally {
      await t.close();
    }
  });
});

describe('dossiers on PostgreSQL', () => {
  it('keeps idempotency, code sequences and the webhook outbox right under real concurrency', async () => {
    const database = await freshPostgres();
    const t = await startTestSandbox({ databaseUrl: database.url });
    try {
      const token = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
      const key = randomUUID();
      const creates = await Promise.all(
        [1, 2, 3].map(() => call<Dossier>(t.sandbox.url, token, 'POST', '/dossiers', { key, body: { procedureCode: ONE_COMPONENT } })),
      );
      assert.deepEqual(new Set(creates.map((c) => c.body.id)).size, 1);
      assert.equal((await call<DossierList>(t.sandbox.url, token, 'GET', '/dossiers')).body.total, 1);

      const hook = await call(t.sandbox.url, token, 'POST', '/webhooks', { body: { url: 'http://127.0.0.1:9/unreachable', events: ['dossier.status_changed'] } });
      assert.equal(hook.status, 201);
      const drafts = [creates[0]?.body as Dossier, await createDraft(t, token), await createDraft(t, token)];
      for (const draft of drafts) await attachPdf(t, token, draft, 'c1');
      const submits = await Promise.all(
        drafts.map((d) => call<Dossier>(t.sandbox.url, token, 'POST', `/dossiers/${d.id}/submit`, { key: randomUUID() })),
      );
      const sequences = submits.map((s) => Number(CODE_PATTERN.exec(s.body.code ?? '')?.[2])).sort();
      assert.deepEqual(sequences, [1, 2, 3]);
      assert.equal((await control(t, drafts[0]?.id ?? '', { status: 'received' })).body.status, 'received');

      let attempts = 0;
      for (let i = 0; i < 50 && attempts === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const rows = await t.sandbox.deps.db.query<{ n: number }>('SELECT min(attempts)::int AS n FROM webhook_deliveries');
        attempts = Number(rows[0]?.n ?? 0);
      }
      assert.ok(attempts >= 1, 'the dispatcher claimed and tried every delivery');
      const queued = await t.sandbox.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_deliveries');
      assert.equal(queued[0]?.n, 4, 'three submissions and one officer step, one delivery each');
    } finally {
      await t.close();
      await database.drop();
    }
  });
});

describe('due dates', () => {
  // 2026-11-20 is a Friday; 10:00 in Hà Nội is 03:00 UTC.
  const friday = new Date('2026-11-20T03:00:00Z');

  it('skips Saturday and Sunday for working days, in Vietnam time', () => {
    assert.equal(addWorkingDays(friday, 1).toISOString(), '2026-11-23T03:00:00.000Z');
    assert.equal(addWorkingDays(friday, 5).toISOString(), '2026-11-27T03:00:00.000Z');
    const saturday = new Date('2026-11-21T03:00:00Z');
    assert.equal(addWorkingDays(saturday, 1).toISOString(), '2026-11-24T03:00:00.000Z', 'the clock starts on Monday');
    // 23:30 on Friday in Hà Nội (16:30 UTC) is still Friday there.
    assert.equal(addWorkingDays(new Date('2026-11-20T16:30:00Z'), 1).toISOString(), '2026-11-23T16:30:00.000Z');
  });

  it('counts days, hours and months as they are, and knows when there is no due date', () => {
    assert.equal(dueDateFor(friday, { value: 10, unit: 'day', text: null })?.toISOString(), '2026-11-30T03:00:00.000Z');
    assert.equal(dueDateFor(friday, { value: 8, unit: 'hour', text: null })?.toISOString(), '2026-11-20T11:00:00.000Z');
    assert.equal(dueDateFor(friday, { value: 1, unit: 'month', text: null })?.toISOString(), '2026-12-20T03:00:00.000Z');
    assert.equal(dueDateFor(friday, { value: null, unit: null, text: 'Không quy định' }), null);
    assert.equal(dueDateFor(friday, null), null);
    assert.equal(vietnamDay(new Date('2026-11-21T17:30:00Z')), '261122', 'after 17:00 UTC it is already tomorrow in Vietnam');
  });
});
