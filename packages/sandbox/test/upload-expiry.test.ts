import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Dossier } from '@dvc-kit/spec';
import { sweepUploads } from '../src/uploads/sweep.js';
import { assertMatchesContract } from './helpers/contract.js';
import { freshPostgres } from './helpers/postgres.js';
import {
  call, makePdf, sha256Hex, startTestSandbox, tusCreate, tusDelete, tusHead, tusPatch, uploadFile, type TestSandbox,
} from './helpers/dossier-api.js';
import { signIn } from './helpers/sign-in.js';

const HOUR = 3_600_000;
const RFC_7231_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

async function newDossier(t: TestSandbox, token: string): Promise<Dossier> {
  return (await call<Dossier>(t.sandbox.url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '1.001193' } })).body;
}

/** Uploads a whole (distinct) PDF for the dossier's first component, unattached; returns its id. */
async function uploadComplete(t: TestSandbox, token: string, dossier: Dossier): Promise<string> {
  const upload = await uploadFile(t.sandbox.url, token, makePdf(30_000, randomUUID()), {
    dossierId: dossier.id, componentId: 'c1', filename: 'giay-to.pdf', filetype: 'application/pdf',
  });
  assert.equal(upload.last.status, 204);
  return upload.uploadId;
}

describe('tus expiration: unfinished and never-attached uploads are swept', () => {
  let t: TestSandbox;
  let an: string;
  /** The sandbox clock starts here (whole seconds, as Upload-Expires shows them) and each test moves it. */
  const start = new Date(Math.floor(Date.now() / 1000) * 1000);
  const setClock = (offsetMs: number): void => {
    t.sandbox.deps.now = () => new Date(start.getTime() + offsetMs);
  };

  before(async () => {
    t = await startTestSandbox();
    an = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
    setClock(0);
  });
  afterEach(() => setClock(0));
  after(() => t.close());

  /** Creates an upload of `bytes` and sends only its first `sent` bytes. */
  async function startUpload(dossier: Dossier, bytes: Buffer, sent: number): Promise<{ id: string; url: string; created: Response }> {
    const created = await tusCreate(t.sandbox.url, an, bytes.length, {
      dossierId: dossier.id, componentId: 'c1', filename: 'to-khai.pdf', filetype: 'application/pdf', sha256: sha256Hex(bytes),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const url = new URL(created.headers.get('location') ?? '', t.sandbox.url).toString();
    assert.equal((await tusPatch(url, an, 0, bytes.subarray(0, sent))).status, 204);
    return { id: url.split('/').pop() ?? '', url, created };
  }

  /** Whether the upload still has its row, and its bytes and tus record on disk. */
  async function stored(id: string): Promise<{ row: boolean; bytes: boolean; record: boolean }> {
    const rows = await t.sandbox.deps.db.query('SELECT id FROM uploads WHERE id = $1', [id]);
    const folder = join(t.dataDir, 'uploads');
    return { row: rows.length === 1, bytes: existsSync(join(folder, id)), record: existsSync(join(folder, `${id}.json`)) };
  }
  const everything = { row: true, bytes: true, record: true };
  const nothing = { row: false, bytes: false, record: false };

  async function expectProblem(response: Response, method: string, status: number): Promise<void> {
    assert.equal(response.status, status);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(response.headers.get('tus-resumable'), '1.0.0');
    if (method === 'HEAD') return; // no body to read
    const body = (await response.json()) as { code: string };
    assert.equal(body.code, 'upload_not_found');
    assertMatchesContract(method, new URL(response.url).pathname, status, body);
  }

  it('announces expiration, and says when an unfinished upload expires on creation, PATCH and HEAD', async () => {
    const options = await fetch(`${t.sandbox.url}/api/v1/uploads`, { method: 'OPTIONS' });
    assert.ok((options.headers.get('tus-extension') ?? '').split(',').includes('expiration'));

    const pdf = makePdf(60_000);
    const expected = new Date(start.getTime() + 24 * HOUR).toUTCString();
    const { url, created } = await startUpload(await newDossier(t, an), pdf, 0);
    assert.match(created.headers.get('upload-expires') ?? '', RFC_7231_DATE);
    assert.equal(created.headers.get('upload-expires'), expected);

    setClock(HOUR); // the promise is fixed at creation, whenever the client asks
    const patch = await tusPatch(url, an, 0, pdf.subarray(0, 20_000));
    assert.equal(patch.status, 204);
    assert.equal(patch.headers.get('upload-expires'), expected);
    const head = await tusHead(url, an);
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('upload-expires'), expected);

    const last = await tusPatch(url, an, 20_000, pdf.subarray(20_000));
    assert.equal(last.status, 204);
    assert.equal(last.headers.get('upload-expires'), null, 'a finished upload no longer expires as unfinished');
    assert.equal((await tusHead(url, an)).headers.get('upload-expires'), null);
  });

  it('sweeps an unfinished upload past its expiry, bytes and row, and keeps one not yet expired', async () => {
    const dossier = await newDossier(t, an);
    const pdf = makePdf(50_000);
    const old = await startUpload(dossier, pdf, 10_000);
    setClock(20 * HOUR);
    const recent = await startUpload(dossier, pdf, 10_000);

    setClock(24 * HOUR + 1000);
    const swept = await sweepUploads(t.sandbox.deps);
    assert.ok(swept.expired >= 1, JSON.stringify(swept));
    assert.deepEqual(await stored(old.id), nothing);
    await expectProblem(await tusPatch(old.url, an, 10_000, pdf.subarray(10_000)), 'PATCH', 404);
    await expectProblem(await tusHead(old.url, an), 'HEAD', 404);

    assert.deepEqual(await stored(recent.id), everything);
    const head = await tusHead(recent.url, an);
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('upload-offset'), '10000');
    assert.equal((await tusPatch(recent.url, an, 10_000, pdf.subarray(10_000))).status, 204, 'it can still be finished');
  });

  it('answers 410 upload_not_found past Upload-Expires even before a sweep, and deletes the upload then', async () => {
    const dossier = await newDossier(t, an);
    const pdf = makePdf(50_000);
    const patched = await startUpload(dossier, pdf, 10_000);
    const headed = await startUpload(dossier, pdf, 10_000);
    const terminated = await startUpload(dossier, pdf, 10_000);

    setClock(24 * HOUR + 1000);
    assert.equal((await tusDelete(terminated.url, an)).status, 204, 'termination of an expired upload is not refused');
    assert.deepEqual(await stored(terminated.id), nothing);
    await expectProblem(await tusPatch(patched.url, an, 10_000, pdf.subarray(10_000)), 'PATCH', 410);
    assert.deepEqual(await stored(patched.id), nothing);
    await expectProblem(await tusHead(headed.url, an), 'HEAD', 410);
    assert.deepEqual(await stored(headed.id), nothing);
    await expectProblem(await tusHead(headed.url, an), 'HEAD', 404);
  });

  it('never sweeps a file attached to a dossier; a finished upload left unattached goes a period after its last use', async () => {
    const dossier = await newDossier(t, an);
    const attached = await uploadComplete(t, an, dossier);
    await call(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/attachments`, { body: { componentId: 'c1', uploadId: attached } });
    const neverAttached = await uploadComplete(t, an, await newDossier(t, an)); // in a draft nobody touches again
    const detached = await uploadComplete(t, an, dossier);
    await call(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/attachments`, { body: { componentId: 'c1', uploadId: detached } });

    setClock(30 * HOUR); // detaching changes the dossier: its unattached files get a whole period from here
    const detaching = await call<Dossier>(t.sandbox.url, an, 'DELETE', `/dossiers/${dossier.id}/attachments/${detached}`);
    assert.equal(detaching.status, 200);
    await sweepUploads(t.sandbox.deps);
    assert.deepEqual(await stored(neverAttached), nothing, 'finished 30 h ago and never attached');
    assert.deepEqual(await stored(detached), everything, 'detached just now');
    assert.deepEqual(await stored(attached), everything);

    setClock(30 * HOUR + 24 * HOUR + 1000);
    await sweepUploads(t.sandbox.deps);
    assert.deepEqual(await stored(detached), nothing);
    setClock(365 * 24 * HOUR);
    await sweepUploads(t.sandbox.deps);
    assert.deepEqual(await stored(attached), everything, 'a dossier keeps its files');
    const view = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${dossier.id}`);
    assert.deepEqual(view.body.components[0]?.files.map((f) => f.uploadId), [attached]);
    const download = await fetch(`${t.sandbox.url}/api/v1/uploads/${attached}`, { headers: { authorization: `Bearer ${an}` } });
    assert.equal(download.status, 200);
    assert.equal(sha256Hex(Buffer.from(await download.arrayBuffer())), view.body.components[0]?.files[0]?.sha256);
  });

  it('removes files left on disk without an upload row', async () => {
    const id = randomUUID();
    const folder = join(t.dataDir, 'uploads');
    await writeFile(join(folder, id), 'left behind by a crash');
    await writeFile(join(folder, `${id}.json`), '{}');
    const swept = await sweepUploads(t.sandbox.deps);
    assert.equal(swept.strayFiles, 1);
    assert.deepEqual(await stored(id), nothing);
  });
});

describe('tus expiration turned off (uploadExpiryHours 0)', () => {
  it('neither announces expiration nor deletes anything', async () => {
    const t = await startTestSandbox({ uploadExpiryHours: 0 });
    try {
      const an = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
      const options = await fetch(`${t.sandbox.url}/api/v1/uploads`, { method: 'OPTIONS' });
      assert.ok(!(options.headers.get('tus-extension') ?? '').split(',').includes('expiration'));
      const dossier = await newDossier(t, an);
      const created = await tusCreate(t.sandbox.url, an, 1000, {
        dossierId: dossier.id, componentId: 'c1', filename: 'a.pdf', filetype: 'application/pdf', sha256: 'a'.repeat(64),
      });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('upload-expires'), null);
      const url = new URL(created.headers.get('location') ?? '', t.sandbox.url).toString();
      const later = t.sandbox.deps.now().getTime() + 10 * 365 * 24 * HOUR;
      t.sandbox.deps.now = () => new Date(later);
      assert.deepEqual(await sweepUploads(t.sandbox.deps), { expired: 0, orphaned: 0, strayFiles: 0 });
      assert.equal((await tusHead(url, an)).status, 200);
    } finally {
      await t.close();
    }
  });
});

describe('upload sweep on PostgreSQL', () => {
  it('skips an upload an attach has locked, and never takes it once attached', async () => {
    const database = await freshPostgres();
    const t = await startTestSandbox({ databaseUrl: database.url });
    try {
      const an = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
      const dossier = await newDossier(t, an);
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push(await uploadComplete(t, an, dossier));
      const [attaching = '', ...others] = ids;
      const later = new Date(t.sandbox.deps.now().getTime() + 25 * HOUR);
      t.sandbox.deps.now = () => later; // all three are orphans due for the sweep

      // An attach in progress, as the dossier service does it: the upload row locked, then attached.
      let locked!: () => void;
      let finish!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const mayFinish = new Promise<void>((resolve) => (finish = resolve));
      const attach = t.sandbox.deps.db.transaction(async (tx) => {
        await tx.query('SELECT id FROM uploads WHERE id = $1 FOR UPDATE', [attaching]);
        locked();
        await mayFinish;
        await tx.query('UPDATE uploads SET component_id = $2, attached_at = $3 WHERE id = $1', [attaching, 'c1', later]);
      });
      await isLocked;
      // A sweep that waited for the lock would wait forever: past a generous while, let the attach finish.
      let waitedForTheLock = false;
      const watchdog = setTimeout(() => {
        waitedForTheLock = true;
        finish();
      }, 30_000);
      const swept = await sweepUploads(t.sandbox.deps);
      clearTimeout(watchdog);
      finish();
      await attach;
      assert.ok(!waitedForTheLock, 'the sweep skips a locked upload instead of waiting for it');

      assert.equal(swept.orphaned, others.length);
      const folder = join(t.dataDir, 'uploads');
      for (const id of others) assert.ok(!existsSync(join(folder, id)), `${id} swept`);
      assert.ok(existsSync(join(folder, attaching)), 'the file being attached keeps its bytes');
      assert.equal((await sweepUploads(t.sandbox.deps)).orphaned, 0, 'once attached, never swept');
      const view = await call<Dossier>(t.sandbox.url, an, 'GET', `/dossiers/${dossier.id}`);
      assert.deepEqual(view.body.components[0]?.files.map((f) => f.uploadId), [attaching]);
    } finally {
      await t.close();
      await database.drop();
    }
  });
});
