import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_UPLOAD_BYTES, type Dossier } from '@dvc-kit/spec';
import { sanitizeFileName } from '../src/dossiers/file-name.js';
import { assertMatchesContract } from './helpers/contract.js';
import {
  call, expectProblem, makeDocx, makeExecutable, makePdf, makePng, makeZip, sha256Hex, startTestSandbox, tusCreate,
  tusDelete, tusHead, tusPatch, uploadFile, type TestSandbox, type UploadTarget,
} from './helpers/dossier-api.js';
import { signIn } from './helpers/sign-in.js';

/** Reads a problem answer of the upload route and checks it against the contract. */
async function problemOf(response: Response, method: string, path: string): Promise<{ code: string; fieldErrors?: { path: string }[] }> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(response.headers.get('tus-resumable'), '1.0.0');
  const body = (await response.json()) as { code: string };
  assertMatchesContract(method, path, response.status, body);
  return body;
}

describe('tus uploads', () => {
  let t: TestSandbox;
  let an: string;
  let binh: string;
  let dossier: Dossier;

  const meta = (overrides: Partial<UploadTarget> = {}): UploadTarget => ({
    dossierId: dossier.id, componentId: 'c1', filename: 'giay-to.pdf', filetype: 'application/pdf', ...overrides,
  });
  const storedFiles = async (): Promise<string[]> =>
    (await readdir(join(t.dataDir, 'uploads')).catch(() => [] as string[])).filter((n) => !n.endsWith('.json'));

  before(async () => {
    t = await startTestSandbox();
    [an, binh] = await Promise.all([
      signIn(t.sandbox.url, 'citizen-an').then((x) => x.accessToken),
      signIn(t.sandbox.url, 'citizen-binh').then((x) => x.accessToken),
    ]);
    const created = await call<Dossier>(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '1.001193' } });
    dossier = created.body;
  });
  after(() => t.close());

  it('announces tus 1.0 with creation, termination and the 20 MiB limit', async () => {
    const response = await fetch(`${t.sandbox.url}/api/v1/uploads`, { method: 'OPTIONS' });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('tus-version'), '1.0.0');
    const extensions = (response.headers.get('tus-extension') ?? '').split(',');
    assert.ok(extensions.includes('creation') && extensions.includes('termination'), extensions.join());
    assert.ok(!extensions.includes('creation-defer-length'));
    assert.equal(response.headers.get('tus-max-size'), String(MAX_UPLOAD_BYTES));
  });

  it('accepts a PDF, a PNG and a DOCX by their bytes, whatever the client calls them', async () => {
    const cases: [Buffer, string, string][] = [
      [makePdf(150_000), 'a.pdf', 'application/pdf'],
      [makePng(), 'anh-chup.bin', 'image/png'],
      [makeDocx(), 'don.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ];
    for (const [bytes, filename, expected] of cases) {
      const upload = await uploadFile(t.sandbox.url, an, bytes, { ...meta({ filename }), filetype: 'application/octet-stream' }, 50_000);
      assert.equal(upload.last.status, 204, await upload.last.text());
      const attached = await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/attachments`, {
        body: { componentId: 'c1', uploadId: upload.uploadId },
      });
      const file = attached.body.components[0]?.files.find((f) => f.uploadId === upload.uploadId);
      assert.equal(file?.contentType, expected);
      assert.equal(file?.sha256, sha256Hex(bytes));
      assert.equal(file?.fileName, filename);
    }
  });

  it('refuses an executable named .pdf at its first chunk, and deletes it', async () => {
    const exe = makeExecutable(200_000);
    const created = await tusCreate(t.sandbox.url, an, exe.length, { ...meta({ filename: 'hoa-don.pdf' }), sha256: sha256Hex(exe) });
    assert.equal(created.status, 201);
    const url = new URL(created.headers.get('location') ?? '', t.sandbox.url).toString();
    const first = await tusPatch(url, an, 0, exe.subarray(0, 64 * 1024));
    assert.equal(first.status, 415);
    assert.equal((await problemOf(first, 'PATCH', new URL(url).pathname)).code, 'upload_type_not_allowed');
    assert.equal((await tusHead(url, an)).status, 404);
    assert.ok(!(await storedFiles()).includes(url.split('/').pop() ?? ''), 'bytes removed');
  });

  it('refuses a ZIP that is neither DOCX nor XLSX once the whole file is in', async () => {
    const zip = makeZip({ 'readme.txt': 'hello', 'payload/run.sh': 'echo hi' });
    const upload = await uploadFile(t.sandbox.url, an, zip, meta({ filename: 'bang-tinh.xlsx' }));
    assert.equal(upload.last.status, 415);
    assert.equal((await problemOf(upload.last, 'PATCH', new URL(upload.url).pathname)).code, 'upload_type_not_allowed');
    assert.equal((await tusHead(upload.url, an)).status, 404);
  });

  it('refuses a file whose SHA-256 differs from the metadata, and deletes it', async () => {
    const pdf = makePdf(100_000);
    const wrong = sha256Hex(Buffer.from('something else'));
    const upload = await uploadFile(t.sandbox.url, an, pdf, { ...meta(), sha256: wrong }, 40_000);
    assert.equal(upload.patches, 3);
    assert.equal(upload.last.status, 422);
    assert.equal((await problemOf(upload.last, 'PATCH', new URL(upload.url).pathname)).code, 'checksum_mismatch');
    assert.equal((await tusHead(upload.url, an)).status, 404);
    expectProblem(await call(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/attachments`, {
      body: { componentId: 'c1', uploadId: upload.uploadId },
    }), 404, 'upload_not_found');
  });

  it('refuses an Upload-Length over 20 MiB before any byte, and bad metadata', async () => {
    const big = await tusCreate(t.sandbox.url, an, MAX_UPLOAD_BYTES + 1, { ...meta(), sha256: 'a'.repeat(64) });
    assert.equal(big.status, 413);
    assert.equal((await problemOf(big, 'POST', '/api/v1/uploads')).code, 'payload_too_large');
    const exactly = await tusCreate(t.sandbox.url, an, MAX_UPLOAD_BYTES, { ...meta(), sha256: 'a'.repeat(64) });
    assert.equal(exactly.status, 201);
    assert.equal((await tusDelete(new URL(exactly.headers.get('location') ?? '', t.sandbox.url).toString(), an)).status, 204);

    const noSha = await tusCreate(t.sandbox.url, an, 10, meta());
    assert.equal(noSha.status, 400);
    const problem = await problemOf(noSha, 'POST', '/api/v1/uploads');
    assert.deepEqual(problem.fieldErrors?.map((e) => e.path), ['Upload-Metadata.sha256']);
    const badComponent = await tusCreate(t.sandbox.url, an, 10, { ...meta({ componentId: 'c99' }), sha256: 'a'.repeat(64) });
    assert.equal(badComponent.status, 400);
    const noAuth = await tusCreate(t.sandbox.url, null, 10, { ...meta(), sha256: 'a'.repeat(64) });
    assert.equal(noAuth.status, 401);
    const othersDossier = await tusCreate(t.sandbox.url, binh, 10, { ...meta(), sha256: 'a'.repeat(64) });
    assert.equal(othersDossier.status, 404);
    assert.equal((await problemOf(othersDossier, 'POST', '/api/v1/uploads')).code, 'dossier_not_found');
  });

  it('resumes from the offset HEAD reports, refuses a wrong offset, and terminates on DELETE', async () => {
    const pdf = makePdf(90_000);
    const created = await tusCreate(t.sandbox.url, an, pdf.length, { ...meta(), sha256: sha256Hex(pdf) });
    const url = new URL(created.headers.get('location') ?? '', t.sandbox.url).toString();
    assert.match(created.headers.get('location') ?? '', /^\/api\/v1\/uploads\/[0-9a-f-]{36}$/);
    assert.equal((await tusPatch(url, an, 0, pdf.subarray(0, 30_000))).status, 204);
    const head = await tusHead(url, an);
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('upload-offset'), '30000');
    assert.equal(head.headers.get('upload-length'), String(pdf.length));
    assert.equal((await tusPatch(url, an, 10, pdf.subarray(10, 20))).status, 409);
    const unfinished = await call(t.sandbox.url, an, 'POST', `/dossiers/${dossier.id}/attachments`, {
      body: { componentId: 'c1', uploadId: url.split('/').pop() },
    });
    expectProblem(unfinished, 409, 'conflict');
    assert.equal((await tusDelete(url, an)).status, 204);
    assert.equal((await tusHead(url, an)).status, 404);
  });

  it("hides one account's upload from another on HEAD, PATCH, DELETE and download", async () => {
    const pdf = makePdf(20_000);
    const upload = await uploadFile(t.sandbox.url, an, pdf, meta());
    assert.equal(upload.last.status, 204);
    assert.equal((await tusHead(upload.url, binh)).status, 404);
    const patch = await tusPatch(upload.url, binh, pdf.length, Buffer.alloc(0));
    assert.equal(patch.status, 404);
    assert.equal((await problemOf(patch, 'PATCH', new URL(upload.url).pathname)).code, 'upload_not_found');
    assert.equal((await tusDelete(upload.url, binh)).status, 404);
    assert.equal((await fetch(upload.url, { headers: { authorization: `Bearer ${binh}` } })).status, 404);
    const theirs = await call<Dossier>(t.sandbox.url, binh, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '1.001193' } });
    expectProblem(await call(t.sandbox.url, binh, 'POST', `/dossiers/${theirs.body.id}/attachments`, {
      body: { componentId: 'c1', uploadId: upload.uploadId },
    }), 404, 'upload_not_found');
  });

  it('keeps a stored file name to its last segment, without control or reserved characters', () => {
    assert.equal(sanitizeFileName('../../etc/passwd.pdf'), 'passwd.pdf');
    assert.equal(sanitizeFileName('C:\\Users\\an\\..\\giấy khai sinh.pdf'), 'giấy khai sinh.pdf');
    assert.equal(sanitizeFileName('..hidden<>.pdf'), 'hidden__.pdf');
    assert.equal(sanitizeFileName('a\u0000b\r\n.pdf'), 'a_b__.pdf');
    assert.equal(sanitizeFileName('../'), 'tep-dinh-kem');
    const long = sanitizeFileName(`${'đ'.repeat(300)}.docx`);
    assert.equal([...long].length, 200);
    assert.ok(long.endsWith('.docx'));
  });
});
