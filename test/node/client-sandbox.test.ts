// The client against a running sandbox: search, sign-in, a whole dossier with
// real tus uploads (multi-chunk, paused and resumed), payment.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError, type PortalClient } from '@dvc-kit/client';
import { createUploader, MemoryUrlStorage, type UploadProgress } from '@dvc-kit/client/uploads';
import { accessTokenFor, pdfBlob, startTestSandbox, type TestSandbox } from './client-support.js';

let sandbox: TestSandbox;
let token: string;
let client: PortalClient;

before(async () => {
  sandbox = await startTestSandbox();
  token = await accessTokenFor(sandbox.url, 'citizen-an');
  client = createPortalClient({ baseUrl: sandbox.url, auth: () => token, locale: 'vi' });
});
after(async () => {
  await sandbox?.close();
});

describe('catalog', () => {
  test('search finds a procedure with or without diacritics, with facets', async () => {
    for (const q of ['đăng ký khai sinh', 'dang ky khai sinh']) {
      const result = await client.procedures.search({ q, pageSize: 5 });
      assert.ok(result.items.some((p) => p.code === '1.001193'), `no 1.001193 for "${q}"`);
      assert.equal(result.page, 1);
      assert.equal(result.pageSize, 5);
      assert.ok(Array.isArray(result.facets.field));
    }
  });

  test('iterate walks every page of the catalogue', async () => {
    const first = await client.procedures.search({ pageSize: 3 });
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of client.procedures.iterate({ pageSize: 3 })) {
      pages++;
      for (const item of page.items) seen.add(item.code);
    }
    assert.equal(seen.size, first.total);
    assert.equal(pages, Math.ceil(first.total / 3));
  });

  test('get, agencies, fields; unknown code is a typed procedure_not_found in English', async () => {
    const procedure = await client.procedures.get('1.001193');
    assert.ok(procedure.cases[0]?.components.some((c) => c.id === 'c1' && c.required));
    assert.ok((await client.agencies.list()).items.length > 0);
    assert.ok((await client.fields.list()).items.some((f) => f.id === 'ho-tich'));

    const english = createPortalClient({ baseUrl: sandbox.url, locale: 'en' });
    await assert.rejects(english.procedures.get('9.999999'), (error: unknown) => {
      assert.ok(isPortalError(error, 'procedure_not_found'));
      assert.equal(error.status, 404);
      return true;
    });
  });
});

describe('dossier', () => {
  test('me, then a full dossier: create, upload multi-chunk files (one paused and resumed), attach, submit, pay', async () => {
    const me = await client.me.get();
    assert.equal(me.sub, 'citizen-an');

    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    assert.equal(draft.status, 'draft');
    assert.equal(draft.code, null);

    // Submitting with nothing attached names the missing components.
    await assert.rejects(client.dossiers.submit(draft.id), (error: unknown) => {
      assert.ok(isPortalError(error, 'missing_required_components'));
      assert.ok(error.fieldErrors.length >= 2);
      return true;
    });

    const patches = new Map<string, number[]>();
    const uploader = createUploader({
      baseUrl: sandbox.url,
      auth: () => token,
      chunkSize: 64 * 1024,
      maxParallel: 2,
      storage: new MemoryUrlStorage(),
      // Records every PATCH's Upload-Offset per upload URL, to prove resuming re-sends nothing.
      middleware: [
        (request, next) => {
          if (request.method === 'PATCH') {
            const offsets = patches.get(request.url) ?? [];
            offsets.push(Number(request.headers.get('Upload-Offset')));
            patches.set(request.url, offsets);
          }
          return next(request);
        },
      ],
    });

    // c1: paused after its first chunk, then resumed.
    const fileC1 = pdfBlob(5 * 64 * 1024 + 1234, 7);
    const progress: UploadProgress[] = [];
    const taskC1 = uploader.upload(fileC1, { dossierId: draft.id, componentId: 'c1', filename: 'to-khai.pdf' });
    let paused = false;
    const pausedAt = new Promise<number>((resolve) => {
      taskC1.addEventListener('progress', (event) => {
        const detail = (event as CustomEvent<UploadProgress>).detail;
        progress.push(detail);
        if (!paused && detail.bytesUploaded > 0) {
          paused = true;
          taskC1.pause();
          resolve(detail.bytesUploaded);
        }
      });
    });
    const offsetWhenPaused = await pausedAt;
    assert.equal(taskC1.state, 'paused');
    assert.ok(offsetWhenPaused < fileC1.size);
    await new Promise((r) => setTimeout(r, 100));
    const sentWhilePaused = progress.at(-1)!.bytesUploaded;
    assert.ok(sentWhilePaused < fileC1.size, 'nothing completes while paused');
    taskC1.resume();

    // Every other required component gets a smaller multi-chunk file, uploading alongside.
    const others = draft.components.filter((c) => c.required && c.componentId !== 'c1');
    assert.ok(others.length >= 1);
    const otherTasks = others.map((c, i) =>
      uploader.upload(pdfBlob(2 * 64 * 1024 + 99 + i, 11 + i), { dossierId: draft.id, componentId: c.componentId, filename: `${c.componentId}.pdf` }),
    );

    const resultC1 = await taskC1.done;
    assert.equal(taskC1.state, 'completed');
    assert.equal(resultC1.size, fileC1.size);
    assert.equal(resultC1.sha256.length, 64);
    const last = progress.at(-1)!;
    assert.equal(last.fraction, 1);
    assert.ok(progress.length >= 5, 'progress per chunk');
    assert.ok(progress.every((p, i) => i === 0 || p.bytesUploaded >= progress[i - 1]!.bytesUploaded), 'no restart from 0');
    const c1Offsets = patches.get(resultC1.url) ?? [];
    assert.deepEqual(c1Offsets, [0, 1, 2, 3, 4, 5].map((n) => n * 64 * 1024), 'each chunk sent once, resumed at the paused offset');

    const withC1 = await client.dossiers.attach(draft.id, { componentId: 'c1', uploadId: resultC1.uploadId });
    const c1Files = withC1.components.find((c) => c.componentId === 'c1')?.files ?? [];
    assert.equal(c1Files[0]?.size, fileC1.size);
    assert.equal(c1Files[0]?.sha256, resultC1.sha256);
    for (const [i, task] of otherTasks.entries()) {
      const { uploadId } = await task.done;
      await client.dossiers.attach(draft.id, { componentId: others[i]!.componentId, uploadId });
    }

    const submitted = await client.dossiers.submit(draft.id);
    assert.equal(submitted.status, 'submitted');
    assert.match(submitted.code ?? '', /^.+-\d{6}-\d{4}$/);

    const byCode = await client.dossiers.get(submitted.code!);
    assert.equal(byCode.id, draft.id);
    const mine = await client.dossiers.mine();
    assert.ok(mine.items.some((d) => d.id === draft.id));

    // The sandbox's officer desk asks for payment; the applicant starts paying.
    for (const status of ['received', 'processing', 'awaiting_payment'] as const) {
      const control = await client.raw.POST('/sandbox/dossiers/{ref}/status', {
        params: { path: { ref: draft.id } },
        body: status === 'awaiting_payment' ? { status, amount: 8000 } : { status },
      });
      assert.equal(control.response.status, 200, `${status}: ${JSON.stringify(control.error)}`);
    }
    const payment = await client.payments.initiate({ dossierId: draft.id });
    assert.equal(payment.status, 'initiated');
    assert.equal((await client.payments.get(payment.id)).id, payment.id);
  });

  test('a file whose bytes do not match its type is refused with a typed error', async () => {
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    const uploader = createUploader({ baseUrl: sandbox.url, auth: () => token, chunkSize: 64 * 1024, storage: 'memory' });
    const exe = new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Uint8Array(1000)])], { type: 'application/pdf' });
    const task = uploader.upload(exe, { dossierId: draft.id, componentId: 'c1', filename: 'virus.pdf' });
    await assert.rejects(task.done, (error: unknown) => {
      assert.ok(isPortalError(error, 'upload_type_not_allowed'), String(error));
      return true;
    });
    assert.equal(task.state, 'failed');
  });

  test('abort deletes the upload on the server', async () => {
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    const uploader = createUploader({ baseUrl: sandbox.url, auth: () => token, chunkSize: 64 * 1024, storage: 'memory' });
    const task = uploader.upload(pdfBlob(6 * 64 * 1024, 3), { dossierId: draft.id, componentId: 'c1' });
    await new Promise<void>((resolve) => task.addEventListener('progress', () => resolve(), { once: true }));
    await task.abort();
    await assert.rejects(task.done, (error: unknown) => isPortalError(error, 'aborted'));
    assert.equal(task.state, 'aborted');
  });

  test('withdraw and the owner-only rule', async () => {
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    const otherToken = await accessTokenFor(sandbox.url, 'citizen-binh');
    const other = createPortalClient({ baseUrl: sandbox.url, auth: () => otherToken });
    await assert.rejects(other.dossiers.get(draft.id), (error: unknown) =>
      isPortalError(error) && (error.status === 403 || error.status === 404),
    );
    const anonymous = createPortalClient({ baseUrl: sandbox.url });
    await assert.rejects(anonymous.me.get(), (error: unknown) => isPortalError(error, 'unauthenticated'));

    const withdrawn = await client.dossiers.withdraw(draft.id, { reason: 'Nộp nhầm thủ tục' });
    assert.equal(withdrawn.status, 'withdrawn');
    assert.equal(withdrawn.events.at(-1)?.note, 'Nộp nhầm thủ tục');
    await assert.rejects(client.dossiers.withdraw(draft.id, { reason: 'lần nữa' }), (error: unknown) =>
      isPortalError(error, 'invalid_state_transition'),
    );
  });
});
