import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUploader, DEFAULT_CHUNK_SIZE, MemoryUrlStorage, WebStorageUrlStorage, type UploadProgress } from '@dvc-kit/client/uploads';
import { Limiter } from '../src/uploads/limiter.js';
import { fakeTus, FakeStorage } from './helpers/fake-tus.js';

const BASE = 'http://portal.test';
const ENDPOINT = `${BASE}/api/v1/uploads`;
const CHUNK = 1024;

function file(size: number, seed = 1): Blob {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + seed) & 0xff;
  return new Blob([bytes], { type: 'application/pdf' });
}

async function sha256Hex(blob: Blob): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())).toString('hex');
}

test('the default chunk size is 1 MiB', () => {
  assert.equal(DEFAULT_CHUNK_SIZE, 1024 * 1024);
});

test('uploads in chunks with the dossier metadata and the file SHA-256; progress in bytes and fraction', async () => {
  const tus = fakeTus(ENDPOINT);
  const uploader = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, storage: 'memory', auth: () => 'tok' });
  const blob = file(5 * CHUNK + 10);
  const seen: UploadProgress[] = [];
  const task = uploader.upload(blob, { dossierId: 'd-1', componentId: 'c2', filename: 'giấy tờ.pdf', onProgress: (p) => seen.push(p) });
  const result = await task.done;

  const stored = tus.uploads.get(result.uploadId)!;
  assert.deepEqual(stored.metadata, {
    dossierId: 'd-1', componentId: 'c2', filename: 'giấy tờ.pdf', filetype: 'application/pdf', sha256: await sha256Hex(blob),
  });
  assert.equal(result.sha256, stored.metadata.sha256);
  assert.deepEqual(Buffer.from(stored.bytes), Buffer.from(await blob.arrayBuffer()));
  assert.deepEqual(tus.log.filter((l) => l.method === 'PATCH').map((l) => l.size), [CHUNK, CHUNK, CHUNK, CHUNK, CHUNK, 10]);
  assert.equal(seen.at(-1)!.fraction, 1);
  assert.equal(seen.at(-1)!.bytesUploaded, blob.size);
  assert.ok(seen.some((p) => p.fraction > 0 && p.fraction < 1));
  assert.equal(task.state, 'completed');
});

test('at most maxParallel uploads run at once', async () => {
  const tus = fakeTus(ENDPOINT);
  tus.patchDelayMs = 5;
  const uploader = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, maxParallel: 2, storage: 'memory' });
  const tasks = [1, 2, 3, 4, 5].map((i) => uploader.upload(file(3 * CHUNK, i), { dossierId: 'd', componentId: `c${i}` }));
  await Promise.all(tasks.map((t) => t.done));
  assert.equal(tus.maxConcurrentPatches, 2);
});

test('pause stops sending, resume continues from the server offset', async () => {
  const tus = fakeTus(ENDPOINT);
  tus.patchDelayMs = 2;
  const uploader = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, storage: 'memory' });
  const task = uploader.upload(file(6 * CHUNK), { dossierId: 'd', componentId: 'c1' });
  let paused = false;
  await new Promise<void>((resolve) =>
    task.addEventListener('progress', () => {
      if (!paused && task.progress.bytesUploaded >= 2 * CHUNK) {
        paused = true;
        task.pause();
        resolve();
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 30));
  const patchesWhilePaused = tus.log.filter((l) => l.method === 'PATCH').length;
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(tus.log.filter((l) => l.method === 'PATCH').length, patchesWhilePaused, 'nothing sent while paused');
  assert.equal(task.state, 'paused');
  task.resume();
  const result = await task.done;
  const offsets = tus.log.filter((l) => l.method === 'PATCH' && l.id === result.uploadId).map((l) => l.offset);
  assert.equal(new Set(offsets).size, 6, 'no chunk sent twice');
  assert.equal(tus.log.filter((l) => l.method === 'POST').length, 1);
});

test('after a "reload" (new uploader, same sessionStorage) the same file resumes; others start fresh', async () => {
  const tus = fakeTus(ENDPOINT);
  const storage = new FakeStorage();
  const blob = file(4 * CHUNK, 3);
  const first = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, storage: new WebStorageUrlStorage(storage) });
  const task = first.upload(blob, { dossierId: 'd', componentId: 'c1', filename: 'a.pdf' });
  await new Promise<void>((resolve) =>
    task.addEventListener('progress', () => {
      if (task.progress.bytesUploaded >= CHUNK && task.state === 'uploading') {
        task.pause();
        resolve();
      }
    }),
  );
  assert.ok([...Array(storage.length).keys()].some((i) => storage.key(i)?.startsWith('dvc-kit:upload:')));

  const second = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, storage: new WebStorageUrlStorage(storage) });
  const result = await second.upload(blob, { dossierId: 'd', componentId: 'c1', filename: 'a.pdf' }).done;
  assert.equal(result.resumed, true);
  assert.equal(tus.log.filter((l) => l.method === 'POST').length, 1);
  assert.equal(storage.length, 0, 'forgotten once complete');

  // Same bytes for another component is another upload.
  const other = await second.upload(blob, { dossierId: 'd', componentId: 'c2', filename: 'a.pdf' }).done;
  assert.equal(other.resumed, false);
  assert.notEqual(other.uploadId, result.uploadId);
});

test('abort terminates the upload on the server and rejects done with aborted', async () => {
  const tus = fakeTus(ENDPOINT);
  tus.patchDelayMs = 2;
  const uploader = createUploader({ baseUrl: BASE, fetch: tus.fetch, chunkSize: CHUNK, storage: new MemoryUrlStorage() });
  const task = uploader.upload(file(8 * CHUNK), { dossierId: 'd', componentId: 'c1' });
  await new Promise<void>((resolve) => task.addEventListener('progress', () => resolve(), { once: true }));
  await task.abort();
  await assert.rejects(task.done, (e: { code?: string }) => e.code === 'aborted');
  assert.ok(tus.log.some((l) => l.method === 'DELETE'));
  assert.equal(tus.uploads.size, 0);
});

test('a refused upload becomes a typed PortalError from its problem+json', async () => {
  const uploader = createUploader({
    baseUrl: BASE,
    storage: 'memory',
    retryDelays: [],
    fetch: (async () =>
      new Response(JSON.stringify({ type: 'x', title: 'Quá lớn', status: 413, detail: 'Tối đa 20 MiB', code: 'payload_too_large' }), {
        status: 413,
        headers: { 'content-type': 'application/problem+json' },
      })) as typeof fetch,
  });
  const task = uploader.upload(file(10), { dossierId: 'd', componentId: 'c1' });
  await assert.rejects(task.done, (e: { code?: string; status?: number }) => e.code === 'payload_too_large' && e.status === 413);
  assert.equal(task.state, 'failed');
});

test('Limiter hands slots over in order and never exceeds its limit', async () => {
  const limiter = new Limiter(2);
  const order: number[] = [];
  const a = await limiter.acquire();
  const b = await limiter.acquire();
  const c = limiter.acquire().then((release) => (order.push(3), release));
  const d = limiter.acquire().then((release) => (order.push(4), release));
  assert.equal(limiter.running, 2);
  a();
  a(); // a second release is ignored
  (await c)();
  b();
  (await d)();
  assert.deepEqual(order, [3, 4]);
  assert.equal(limiter.running, 0);
});

test('url storages find by fingerprint and forget', async () => {
  for (const storage of [new MemoryUrlStorage(), new WebStorageUrlStorage(new FakeStorage())]) {
    const entry = { size: 1, metadata: {}, creationTime: new Date().toISOString(), urlStorageKey: '', uploadUrl: 'http://x/u1', parallelUploadUrls: null };
    const key = await storage.addUpload('fp-1', entry);
    await storage.addUpload('fp-2', { ...entry, uploadUrl: 'http://x/u2' });
    assert.deepEqual((await storage.findUploadsByFingerprint('fp-1')).map((u) => u.uploadUrl), ['http://x/u1']);
    assert.equal((await storage.findAllUploads()).length, 2);
    await storage.removeUpload(key);
    assert.deepEqual(await storage.findUploadsByFingerprint('fp-1'), []);
  }
});
