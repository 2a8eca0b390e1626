// The client through a proxy that drops connections (before and after the
// sandbox acted) and answers 503: every call ends in success or a typed
// PortalError, no dossier is created twice, and uploads complete on resume.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError, type Dossier, type PortalClient } from '@dvc-kit/client';
import { createUploader, MemoryUrlStorage } from '@dvc-kit/client/uploads';
import { accessTokenFor, pdfBlob, seeded, startFaultProxy, startTestSandbox, type Fault, type FaultProxy, type TestSandbox } from './client-support.js';

let sandbox: TestSandbox;
let proxy: FaultProxy;
let token: string;
let direct: PortalClient;

before(async () => {
  sandbox = await startTestSandbox();
  proxy = await startFaultProxy(sandbox.url);
  token = await accessTokenFor(sandbox.url, 'citizen-chau');
  direct = createPortalClient({ baseUrl: sandbox.url, auth: () => token });
});
after(async () => {
  await proxy?.close();
  await sandbox?.close();
});

/** A fault plan: `rate` of the requests are faulted, evenly among the three kinds. */
function faulty(seed: number, rate: number): (req: unknown, index: number) => Fault {
  const random = seeded(seed);
  const kinds: Fault[] = ['drop-before', 'drop-after', 'status-503'];
  return () => (random() < rate ? kinds[Math.floor(random() * kinds.length)]! : 'pass');
}

async function outcome<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    assert.ok(isPortalError(error), `a call failed with something other than a PortalError: ${String(error)}`);
    return { ok: false, code: error.code };
  }
}

test('creates and reads under faults: typed outcomes only, never a duplicate dossier', async () => {
  proxy.decide = faulty(42, 0.45);
  const client = createPortalClient({
    baseUrl: proxy.url,
    auth: () => token,
    timeoutMs: 5000,
    retry: { retries: 4, baseDelayMs: 5, maxDelayMs: 40 },
  });
  const names = Array.from({ length: 16 }, (_, i) => `Thử lỗi ${i}`);
  const created = await Promise.all(
    names.map((name) =>
      outcome(
        client.dossiers.create({
          procedureCode: '1.001193',
          applicant: { type: 'citizen', name, idNumber: null, taxCode: null, phone: null, email: null, address: null },
        }),
      ),
    ),
  );
  const reads = await Promise.all(created.map((c) => (c.ok ? outcome(client.dossiers.get(c.value.id)) : Promise.resolve(null))));
  assert.ok(proxy.counts['drop-after'] > 0 && proxy.counts['drop-before'] > 0 && proxy.counts['status-503'] > 0, JSON.stringify(proxy.counts));
  assert.ok(created.some((c) => c.ok), 'some creates get through');
  for (const read of reads) if (read && !read.ok) assert.ok(['network', 'internal_error', 'timeout'].includes(read.code), read.code);

  proxy.decide = () => 'pass';
  const all: Dossier[] = [];
  for await (const page of direct.dossiers.iterateMine({ pageSize: 100 })) all.push(...page.items);
  for (const [i, name] of names.entries()) {
    const matching = all.filter((d) => d.applicant.name === name);
    assert.ok(matching.length <= 1, `"${name}" was created ${matching.length} times`);
    const result = created[i]!;
    if (result.ok) assert.deepEqual(matching.map((d) => d.id), [result.value.id]);
  }
});

test('an upload through a faulty proxy completes, resuming where it stopped', async () => {
  const draft = await direct.dossiers.create({ procedureCode: '1.001193' });
  const storage = new MemoryUrlStorage();
  const uploader = createUploader({
    baseUrl: proxy.url,
    auth: () => token,
    chunkSize: 32 * 1024,
    storage,
    retryDelays: [0, 10],
  });
  const file = pdfBlob(12 * 32 * 1024 + 5, 21);
  proxy.decide = faulty(7, 0.35);

  let attempts = 0;
  let result;
  while (!result) {
    attempts++;
    assert.ok(attempts <= 30, 'the upload never completed');
    const task = uploader.upload(file, { dossierId: draft.id, componentId: 'c1', filename: 'ho-so.pdf' });
    const ended = await outcome(task.done);
    if (ended.ok) result = ended.value;
  }
  proxy.decide = () => 'pass';
  assert.equal(result.size, file.size);
  const attached = await direct.dossiers.attach(draft.id, { componentId: 'c1', uploadId: result.uploadId });
  const stored = attached.components.find((c) => c.componentId === 'c1')?.files[0];
  assert.equal(stored?.sha256, result.sha256);
  assert.equal(stored?.size, file.size);
});

test('an upload cut off completely fails typed, then resumes from the server offset', async () => {
  const draft = await direct.dossiers.create({ procedureCode: '1.001193' });
  const offsets: number[] = [];
  const uploader = createUploader({
    baseUrl: proxy.url,
    auth: () => token,
    chunkSize: 32 * 1024,
    storage: new MemoryUrlStorage(),
    retryDelays: [0, 10],
    middleware: [
      (request, next) => {
        if (request.method === 'PATCH') offsets.push(Number(request.headers.get('Upload-Offset')));
        return next(request);
      },
    ],
  });
  const file = pdfBlob(8 * 32 * 1024, 5);
  // Three chunks get through, then the network is gone.
  let patches = 0;
  proxy.decide = (req) => (req.method === 'PATCH' && ++patches > 3 ? 'drop-before' : patches > 3 ? 'drop-before' : 'pass');
  const first = uploader.upload(file, { dossierId: draft.id, componentId: 'c2', filename: 'cut.pdf' });
  await assert.rejects(first.done, (error: unknown) => isPortalError(error, 'network'));
  assert.equal(first.state, 'failed');
  assert.equal(first.progress.bytesUploaded, 3 * 32 * 1024);

  proxy.decide = () => 'pass';
  offsets.length = 0;
  const second = uploader.upload(file, { dossierId: draft.id, componentId: 'c2', filename: 'cut.pdf' });
  const result = await second.done;
  assert.equal(result.resumed, true);
  assert.deepEqual(offsets, [3, 4, 5, 6, 7].map((n) => n * 32 * 1024), 'only the missing chunks are sent');
  const attached = await direct.dossiers.attach(draft.id, { componentId: 'c2', uploadId: result.uploadId });
  assert.equal(attached.components.find((c) => c.componentId === 'c2')?.files[0]?.sha256, result.sha256);
});
