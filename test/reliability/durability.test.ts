// Durability: the real CLI is SIGKILLed at random points of a dossier journey (mid-upload,
// mid-submit, mid-payment) and restarted on the same data folder. Whatever the server had
// acknowledged must still be there, exactly once: the dossier, every file byte (checked by
// SHA-256), every status change. Uploads resume from the offset the server reports.
// RELIABILITY_SEED=n replays a run; RELIABILITY_KILL_ROUNDS=n (soak) runs more journeys.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Dossier, DossierList, Payment } from '@dvc-kit/spec';
import {
  call, makePdf, sha256Hex, tusCreate, tusHead, tusPatch,
} from '../../packages/sandbox/test/helpers/dossier-api.js';
import { signIn } from '../../packages/sandbox/test/helpers/sign-in.js';
import { outcome, patchUntil, runSeed, seeded, sleep, type Outcome } from './support/journey.js';
import { startSandboxChild, tempDataDir, type SandboxChild } from './support/sandbox-child.js';

/** A province procedure with one required component (c1), free: the shortest real journey. */
const PROCEDURE = '2.000200';
const ROUNDS = Number(process.env.RELIABILITY_KILL_ROUNDS ?? 1);
const FILE_SIZE = 1_200_000;
const CHUNK = 256 * 1024;

describe('durability under SIGKILL', () => {
  const seed = runSeed();
  const random = seeded(seed);
  const data = tempDataDir();
  let server: SandboxChild;
  let token: string;
  let kills = 0;

  /** SIGKILL, then start again on the same folder and port (upload URLs stay valid). */
  async function killAndRestart(whileDead?: () => Promise<void>): Promise<void> {
    kills += 1;
    await server.kill();
    await whileDead?.();
    server = await startSandboxChild(data.dir, { port: server.port });
  }

  /** Sends a request, SIGKILLs the server after a random 0-`maxDelayMs`, restarts it. */
  async function underKill<T>(send: () => Promise<T>, maxDelayMs: number): Promise<Outcome<T>> {
    const pending = outcome(send());
    await sleep(Math.floor(random() * maxDelayMs));
    await killAndRestart();
    return pending;
  }

  const url = () => server.url;

  before(async () => {
    server = await startSandboxChild(data.dir);
    token = (await signIn(server.url, 'citizen-an')).accessToken;
  });
  after(async () => {
    await server?.stop();
    data.remove();
  });

  for (let round = 0; round < ROUNDS; round++) {
    it(`round ${round + 1}: nothing acknowledged is lost or doubled (seed ${seed})`, async (t) => {
      t.diagnostic(`replay with RELIABILITY_SEED=${seed}`);
      const before = (await call<DossierList>(url(), token, 'GET', '/dossiers?pageSize=100')).body.total;

      // 1. Create (idempotent): the first try may die with the server; the retry with the same key
      // must give back the one dossier, never a second.
      const createKey = randomUUID();
      const create = () => call<Dossier>(url(), token, 'POST', '/dossiers', { key: createKey, body: { procedureCode: PROCEDURE } });
      const firstCreate = ROUNDS > 1 && random() < 0.5 ? await underKill(create, 60) : await outcome(create());
      const created = await create();
      assert.equal(created.status, 201, JSON.stringify(created.body));
      if (firstCreate.acked) assert.equal(created.body.id, firstCreate.value.body.id, 'a retried create made another dossier');
      const dossierId = created.body.id;
      const afterCreate = await call<DossierList>(url(), token, 'GET', '/dossiers?pageSize=100');
      assert.equal(afterCreate.body.total, before + 1, 'exactly one dossier per create key');

      // 2. Upload, killed mid-PATCH at a random byte; resume from the server's offset.
      const file = makePdf(FILE_SIZE, `seed ${seed} round ${round}`);
      const createdUpload = await tusCreate(url(), token, file.length, {
        dossierId, componentId: 'c1', filename: 'giay-to.pdf', filetype: 'application/pdf', sha256: sha256Hex(file),
      });
      assert.equal(createdUpload.status, 201, await createdUpload.text());
      const uploadId = (createdUpload.headers.get('location') ?? '').split('/').pop() ?? '';
      const uploadUrl = () => `${url()}/api/v1/uploads/${uploadId}`;
      let acked = 0;
      // A first chunk that is acknowledged (so there is something that must survive).
      const first = await tusPatch(uploadUrl(), token, 0, file.subarray(0, CHUNK));
      assert.equal(first.status, 204);
      acked = Number(first.headers.get('upload-offset'));
      assert.equal(acked, CHUNK);
      // The rest in one PATCH cut at a random byte, the server killed there.
      const cutAt = 1 + Math.floor(random() * (file.length - acked - 2));
      const cut = patchUntil(uploadUrl(), token, acked, file.subarray(acked), cutAt);
      await cut.reachedCut;
      await sleep(Math.floor(random() * 80));
      await killAndRestart();
      const cutStatus = await cut.done;
      assert.notEqual(cutStatus, 204, 'the cut PATCH cannot have been acknowledged');
      const head = await tusHead(uploadUrl(), token);
      assert.equal(head.status, 200, 'the upload survives the kill');
      const offset = Number(head.headers.get('upload-offset'));
      assert.ok(offset >= acked, `acknowledged bytes lost: offset ${offset} < ${acked}`);
      assert.ok(offset <= acked + cut.sentSoFar(), `offset ${offset} beyond what was sent`);
      t.diagnostic(`upload cut at ${acked + cutAt} of ${file.length}; server kept ${offset}`);
      let at = offset;
      while (at < file.length) {
        const next = await tusPatch(uploadUrl(), token, at, file.subarray(at, at + CHUNK));
        assert.equal(next.status, 204, await next.text());
        at = Number(next.headers.get('upload-offset'));
      }
      const attached = await call<Dossier>(url(), token, 'POST', `/dossiers/${dossierId}/attachments`, { body: { componentId: 'c1', uploadId } });
      assert.equal(attached.status, 200, JSON.stringify(attached.body));
      const stored = attached.body.components.find((c) => c.componentId === 'c1')?.files ?? [];
      assert.equal(stored.length, 1);
      assert.equal(stored[0]?.sha256, sha256Hex(file), 'the stored file is byte for byte the one sent');

      // 3. Submit, killed at a random moment; retried with the same key.
      const submitKey = randomUUID();
      const submit = () => call<Dossier>(url(), token, 'POST', `/dossiers/${dossierId}/submit`, { key: submitKey });
      const firstSubmit = await underKill(submit, 80);
      const submitted = await submit();
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal(submitted.body.status, 'submitted');
      if (firstSubmit.acked && firstSubmit.value.status === 200) {
        assert.equal(submitted.body.code, firstSubmit.value.body.code, 'one dossier, one code');
      }
      const code = submitted.body.code;
      assert.ok(code);

      // 4. Payment requested by the officer, initiated (killed maybe), paid (killed).
      for (const status of ['received', 'awaiting_payment'] as const) {
        const moved = await call<Dossier>(url(), null, 'POST', `/sandbox/dossiers/${dossierId}/status`, { body: { status, amount: status === 'awaiting_payment' ? 50_000 : undefined } });
        assert.equal(moved.status, 200, JSON.stringify(moved.body));
      }
      const payKey = randomUUID();
      const initiate = () => call<Payment>(url(), token, 'POST', '/payments', { key: payKey, body: { dossierId } });
      const firstPay = ROUNDS > 1 && random() < 0.5 ? await underKill(initiate, 60) : await outcome(initiate());
      const payment = await initiate();
      assert.equal(payment.status, 201, JSON.stringify(payment.body));
      if (firstPay.acked) assert.equal(payment.body.id, firstPay.value.body.id, 'a retried payment made another one');
      const approve = () =>
        fetch(`${url()}/sandbox/pay/${payment.body.id}`, {
          method: 'POST', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve',
        });
      const firstApprove = await underKill(approve, 80);
      let paid = await call<Payment>(url(), token, 'GET', `/payments/${payment.body.id}`);
      if (firstApprove.acked && firstApprove.value.status < 400) {
        assert.equal(paid.body.status, 'succeeded', 'an acknowledged payment is not lost');
      }
      if (paid.body.status === 'initiated') {
        assert.ok((await approve()).status < 400);
        paid = await call<Payment>(url(), token, 'GET', `/payments/${payment.body.id}`);
      }
      assert.equal(paid.body.status, 'succeeded');

      // 5. Everything acknowledged, then one more SIGKILL: the dossier reads back identically.
      // The same kill also lands in the few milliseconds between tus writing an upload's last
      // byte and the server recording it complete. That window is too short to hit by timing, so
      // the state is produced exactly: while the server is dead, the last bytes are put in the
      // file the way tus would have. HEAD then says "all there", so a tus client stops sending;
      // the server must still check and accept the file, not strand it.
      const edgeDraft = await call<Dossier>(url(), token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: PROCEDURE } });
      const edgeFile = makePdf(300_000, `edge ${seed} ${round}`);
      const edgeUpload = await tusCreate(url(), token, edgeFile.length, {
        dossierId: edgeDraft.body.id, componentId: 'c1', filename: 'edge.pdf', filetype: 'application/pdf', sha256: sha256Hex(edgeFile),
      });
      const edgeId = (edgeUpload.headers.get('location') ?? '').split('/').pop() ?? '';
      const edgeUrl = () => `${url()}/api/v1/uploads/${edgeId}`;
      assert.equal((await tusPatch(edgeUrl(), token, 0, edgeFile.subarray(0, 200_000))).status, 204);
      const final = await call<Dossier>(url(), token, 'GET', `/dossiers/${dossierId}`);
      await killAndRestart(async () => {
        const onDisk = join(data.dir, 'uploads', edgeId);
        assert.equal((await readFile(onDisk)).length, 200_000, 'the test knows where tus keeps the bytes');
        await appendFile(onDisk, edgeFile.subarray(200_000));
      });
      const reread = await call<Dossier>(url(), token, 'GET', `/dossiers/${dossierId}`);
      assert.deepEqual(reread.body, final.body);
      const statuses = reread.body.events.map((e) => e.status);
      assert.deepEqual(statuses, ['draft', 'submitted', 'received', 'awaiting_payment', 'received'], 'each change once, in order');
      assert.equal(reread.body.payments.length, 1, 'one payment, not two');
      const mine = await call<DossierList>(url(), token, 'GET', '/dossiers?pageSize=100');
      assert.equal(mine.body.total, before + 2);
      assert.equal(mine.body.items.filter((d) => d.code === code).length, 1);
      const download = await fetch(`${url()}/api/v1/uploads/${uploadId}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(download.status, 200);
      assert.equal(sha256Hex(Buffer.from(await download.arrayBuffer())), sha256Hex(file));
      const edgeHead = await tusHead(edgeUrl(), token);
      assert.equal(Number(edgeHead.headers.get('upload-offset')), edgeFile.length);
      const edgeAttached = await call<Dossier>(url(), token, 'POST', `/dossiers/${edgeDraft.body.id}/attachments`, { body: { componentId: 'c1', uploadId: edgeId } });
      assert.equal(edgeAttached.status, 200, `an upload whose bytes are all stored must be attachable: ${JSON.stringify(edgeAttached.body)}`);
      assert.equal(edgeAttached.body.components[0]?.files[0]?.sha256, sha256Hex(edgeFile));
      t.diagnostic(`${kills} SIGKILLs so far`);
    });
  }
});
