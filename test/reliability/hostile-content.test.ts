// Hostile content through the sandbox: procedure names (from an imported catalog), notes and file
// names carrying markup, bidi overrides and 10,000 characters. The API returns text as data; the
// sandbox's own HTML pages escape it; file names lose path parts and invisible controls; bytes
// only ever land under <dataDir>/uploads/<uuid>. Oversized bodies are cut off by the server
// without being read to the end. (The browser rendering of the same strings is in
// hostile-render.test.ts.)
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Dossier, Procedure, ProcedureSearchResult } from '@dvc-kit/spec';
import {
  call, makePdf, sha256Hex, tusCreate, uploadFile,
} from '../../packages/sandbox/test/helpers/dossier-api.js';
import { BIDI_CONTROLS, HOSTILE_MARKUP, HOSTILE_NAME, LONG } from './support/hostile.js';
import { startInProcess, type InProcessSandbox } from './support/in-process.js';
import { hostileCatalog, HOSTILE_CODE, LONG_CODE } from './support/hostile-catalog.js';

/** Markup that would run if a page put it in as HTML. */
const LIVE_MARKUP = /<script>window\.__dvcPwned|<img src=x onerror|<svg onload|<iframe srcdoc/;

/**
 * Streams `total` bytes to `path` with a Content-Length (or chunked when `chunked`), counting what
 * the server actually pulled. Resolves with the status (null if the connection was cut) and the
 * bytes written when the answer came.
 */
function sendHuge(
  url: string, method: string, headers: Record<string, string>, total: number, chunked: boolean, fill = 0x20,
): Promise<{ status: number | null; written: number; body: string }> {
  return new Promise((resolveSend) => {
    const target = new URL(url);
    let written = 0;
    let settled = false;
    const finish = (status: number | null, body = '') => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolveSend({ status, written, body });
    };
    const req = httpRequest({
      host: target.hostname, port: target.port, path: target.pathname + target.search, method,
      headers: chunked ? headers : { ...headers, 'content-length': String(total) },
    }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => finish(res.statusCode ?? null, body));
      res.on('error', () => finish(res.statusCode ?? null, body));
    });
    req.on('error', () => finish(null));
    const block = Buffer.alloc(64 * 1024, fill);
    const pump = () => {
      while (!settled && written < total) {
        written += block.length;
        if (!req.write(block)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!settled) req.end();
    };
    pump();
    setTimeout(() => finish(null), 20_000).unref();
  });
}

describe('hostile content', () => {
  let sandbox: InProcessSandbox;
  let token: string;
  let catalogFile: string;

  before(async () => {
    catalogFile = await hostileCatalog();
    sandbox = await startInProcess({ catalog: catalogFile });
    token = await sandbox.token('citizen-an');
  });
  after(async () => {
    await sandbox?.close();
  });

  it('returns hostile procedure names as data and finds them by search', async () => {
    const detail = await call<Procedure>(sandbox.url, null, 'GET', `/procedures/${HOSTILE_CODE}`);
    assert.equal(detail.status, 200);
    assert.ok(detail.body.name.includes(HOSTILE_MARKUP), 'the name comes back as the catalog wrote it');
    const long = await call<Procedure>(sandbox.url, null, 'GET', `/procedures/${LONG_CODE}`);
    assert.equal(long.status, 200);
    assert.equal(long.body.name.length, LONG.length);
    for (const q of ['<script>', 'onerror', '\u202e', HOSTILE_MARKUP, LONG.slice(0, 500), 'khai sinh']) {
      const found = await call<ProcedureSearchResult>(sandbox.url, null, 'GET', `/procedures?q=${encodeURIComponent(q)}`);
      // A query over the length limit is refused as invalid; anything else is searched.
      assert.ok(found.status === 200 || (found.status === 422 && q.length > 200), `search ${JSON.stringify(q.slice(0, 40))}: ${found.status}`);
    }
  });

  it('does not serve a javascript: URL as a procedure link', async () => {
    const detail = await call<Procedure>(sandbox.url, null, 'GET', `/procedures/${HOSTILE_CODE}`);
    const urls = [detail.body.sourceUrl, ...detail.body.cases.flatMap((c) => c.components.map((x) => x.template?.url ?? null))];
    for (const url of urls) {
      if (url !== null) assert.match(url, /^https?:/i, `a link the elements will render: ${url}`);
    }
  });

  it('keeps hostile notes verbatim in the API and escapes them in every sandbox HTML page', async () => {
    const url = sandbox.url;
    const draft = (await call<Dossier>(url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: HOSTILE_CODE } })).body;
    assert.ok(draft.procedureName.includes(HOSTILE_MARKUP));
    const component = draft.components[0]?.componentId ?? 'c1';
    const up = await uploadFile(url, token, makePdf(3000), { dossierId: draft.id, componentId: component, filename: `${HOSTILE_MARKUP}.pdf`, filetype: 'application/pdf' });
    assert.equal(up.last.status, 204);
    for (const c of draft.components.filter((x) => x.required)) {
      const id = c.componentId === component ? up.uploadId : (await uploadFile(url, token, makePdf(3000), { dossierId: draft.id, componentId: c.componentId, filename: 'x.pdf', filetype: 'application/pdf' })).uploadId;
      assert.equal((await call(url, token, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: c.componentId, uploadId: id } })).status, 200);
    }
    const submitted = await call<Dossier>(url, token, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body).slice(0, 300));
    // Notes are capped at 2,000 characters: 10,000 is refused as invalid, never a crash.
    const tooLong = await call(url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status: 'received', note: `${HOSTILE_NAME} ${LONG}` } });
    assert.equal(tooLong.status, 422);
    const note = `${HOSTILE_NAME} ${LONG}`.slice(0, 2000);
    for (const status of ['received', 'awaiting_payment']) {
      const moved = await call<Dossier>(url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status, note } });
      assert.equal(moved.status, 200, JSON.stringify(moved.body).slice(0, 300));
    }
    const payment = await call<{ id: string; redirectUrl: string }>(url, token, 'POST', '/payments', { key: randomUUID(), body: { dossierId: draft.id } });
    assert.equal(payment.status, 201);
    // The payment page takes a form; a body that is not one (broken multipart, JSON) is no choice, not a crash.
    for (const [type, body] of [['multipart/form-data; boundary=x', '--x\r\n'], ['application/json', '{"action":'], ['text/plain', HOSTILE_MARKUP]]) {
      const posted = await fetch(`${url}/sandbox/pay/${payment.body.id}`, { method: 'POST', headers: { 'content-type': type as string }, body });
      assert.ok(posted.status < 500, `payment page on a ${type} body: ${posted.status}`);
      assert.ok(!LIVE_MARKUP.test(await posted.text()));
    }
    const read = await call<Dossier>(url, token, 'GET', `/dossiers/${draft.id}`);
    assert.equal(read.body.events.at(-1)?.note, note, 'the note is stored and returned as written');
    // Every HTML page the sandbox serves, with the hostile data in play.
    const pages = [`/sandbox/pay/${payment.body.id}`, `/sandbox/pay/${payment.body.id}?lang=en`, '/', '/sandbox'];
    for (const page of pages) {
      const response = await fetch(`${url}${page}`);
      const html = await response.text();
      assert.ok(!LIVE_MARKUP.test(html), `${page} puts hostile text in as markup`);
      if (page.startsWith('/sandbox/pay/')) {
        // Where money moves, the page is never framed (clickjacking).
        assert.equal(response.headers.get('x-frame-options'), 'DENY');
        assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      }
    }
    const withdrawn = await call<Dossier>(url, token, 'POST', `/dossiers/${draft.id}/withdraw`, { body: { reason: note } });
    assert.equal(withdrawn.status, 200);
    assert.equal(withdrawn.body.events.at(-1)?.note, note);
  });

  it('neutralises path traversal, controls, bidi overrides and length in file names', async () => {
    const url = sandbox.url;
    const draft = (await call<Dossier>(url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: HOSTILE_CODE } })).body;
    const component = draft.components[0]?.componentId ?? 'c1';
    const names = [
      '../../../../../../tmp/dvc-escape.pdf', '..\\..\\..\\windows\\system32\\dvc.pdf', '/etc/passwd', 'C:\\boot.ini',
      '....//....//dvc.pdf', '%2e%2e%2fdvc.pdf', 'a\u0000b.pdf', 'line\r\nSet-Cookie: pwned=1.pdf', 'hoa-don\u202Efdp.exe',
      `${HOSTILE_MARKUP}.pdf`, `${'x'.repeat(10_000)}.pdf`, '.htaccess', '..', '\u200F\u202E',
    ];
    for (const filename of names) {
      const up = await uploadFile(url, token, makePdf(2000, filename.slice(0, 20)), { dossierId: draft.id, componentId: component, filename, filetype: 'application/pdf' });
      assert.equal(up.last.status, 204, `upload named ${JSON.stringify(filename.slice(0, 60))}`);
      const attached = await call<Dossier>(url, token, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: component, uploadId: up.uploadId } });
      const stored = attached.body.components[0]?.files.find((f) => f.uploadId === up.uploadId)?.fileName ?? '';
      const shown = JSON.stringify(stored);
      assert.ok(stored.length > 0 && [...stored].length <= 200, `length ${shown}`);
      assert.ok(!/[/\\]/.test(stored), `a path separator survived: ${shown}`);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u001f\u007f]/.test(stored), `a control character survived: ${shown}`);
      assert.ok(!BIDI_CONTROLS.test(stored), `a bidi control survived (the name would read differently than it is): ${shown}`);
      assert.ok(!stored.startsWith('.'), `a hidden / relative name survived: ${shown}`);
      const download = await fetch(`${url}/api/v1/uploads/${up.uploadId}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('set-cookie'), null, 'header injection');
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename\*=UTF-8''[A-Za-z0-9%!'()*._~-]+$/);
      await download.arrayBuffer();
    }
    assert.ok(!existsSync('/tmp/dvc-escape.pdf') && !existsSync(resolve(sandbox.dataDir, '..', 'dvc-escape.pdf')), 'nothing written outside the data folder');
    const stored = await readdir(join(sandbox.dataDir, 'uploads'));
    for (const file of stored) assert.match(file, /^[0-9a-f-]{36}(\.json)?$/, `the store names files by id only: ${file}`);
  });

  it('refuses a declared size over the limit before any byte is sent', async () => {
    const draft = (await call<Dossier>(sandbox.url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: HOSTILE_CODE } })).body;
    const meta = { dossierId: draft.id, componentId: draft.components[0]?.componentId ?? 'c1', filename: 'big.pdf', filetype: 'application/pdf', sha256: sha256Hex(Buffer.alloc(1)) };
    const over = await tusCreate(sandbox.url, token, 20 * 1024 * 1024 + 1, meta);
    assert.equal(over.status, 413);
    assert.equal(((await over.json()) as { code: string }).code, 'payload_too_large');
  });

  it('cuts off a PATCH that sends more than the upload declared, without reading it all', async () => {
    const draft = (await call<Dossier>(sandbox.url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: HOSTILE_CODE } })).body;
    const declared = 64 * 1024;
    for (const chunked of [false, true]) {
      const created = await tusCreate(sandbox.url, token, declared, { dossierId: draft.id, componentId: draft.components[0]?.componentId ?? 'c1', filename: 'x.pdf', filetype: 'application/pdf', sha256: '0'.repeat(64) });
      assert.equal(created.status, 201);
      const at = new URL(created.headers.get('location') ?? '', sandbox.url).href;
      const id = at.split('/').pop() ?? '';
      const total = 64 * 1024 * 1024;
      const result = await sendHuge(at, 'PATCH', {
        authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream',
      }, total, chunked, 0x25);
      assert.ok(result.status === null || result.status >= 400, `${chunked ? 'chunked' : 'sized'} overflow accepted: ${result.status} ${result.body.slice(0, 200)}`);
      assert.ok(result.written < 16 * 1024 * 1024, `${chunked ? 'chunked' : 'sized'}: the server read ${result.written} bytes of ${total} before answering`);
      const file = join(sandbox.dataDir, 'uploads', id);
      if (existsSync(file)) {
        const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
        assert.ok(size <= declared, `stored ${size} bytes for a ${declared}-byte upload`);
      }
    }
  });

  it('refuses a huge JSON body with 413 without reading it all', async () => {
    const total = 64 * 1024 * 1024;
    for (const chunked of [false, true]) {
      const result = await sendHuge(`${sandbox.url}/api/v1/dossiers`, 'POST', {
        authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID(),
      }, total, chunked);
      assert.ok(result.status === 413 || result.status === null, `${chunked ? 'chunked' : 'sized'}: ${result.status} ${result.body.slice(0, 200)}`);
      assert.ok(result.written < 16 * 1024 * 1024, `${chunked ? 'chunked' : 'sized'}: the server read ${result.written} of ${total} bytes`);
    }
    // And the server is still fine afterwards.
    assert.equal((await fetch(`${sandbox.url}/healthz`)).status, 200);
  });

  it('sanity: the payload strings are what the test thinks they are', async () => {
    await writeFile(join(sandbox.dataDir, 'probe.txt'), HOSTILE_NAME);
    assert.ok(LIVE_MARKUP.test(HOSTILE_MARKUP), 'the detector detects the payload');
    assert.ok(BIDI_CONTROLS.test(HOSTILE_NAME));
  });
});
