/**
 * The app's frame, driven over HTTP: health, the index page, problem+json for every kind of
 * bad request (never a 500, never a stack), 404/405, CORS, language, and the guard that turns a
 * response breaking the contract into a visible 500.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { HealthSchema } from '@dvc-kit/spec';
import { handleError, SANDBOX_VERSION } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { json } from '../src/http/validate.js';
import { startSandbox, type RunningSandbox } from '../src/server.js';
import { assertMatchesContract, checkedJson } from './helpers/contract.js';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  fieldErrors?: { path: string; message: string }[];
}

describe('sandbox app', () => {
  let sandbox: RunningSandbox;
  let dataDir: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvc-app-'));
    sandbox = await startSandbox({ port: 0, dataDir, officerSpeed: 0 });
  });
  after(async () => {
    await sandbox?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Fetches and checks a problem answer: status, problem+json, no stack, contract. */
  async function problem(path: string, init: RequestInit = {}, status?: number): Promise<ProblemBody> {
    const response = await fetch(`${sandbox.url}${path}`, init);
    const text = await response.text();
    if (status !== undefined) assert.equal(response.status, status, text);
    assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status} ${text}`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.doesNotMatch(text, /\n\s+at |node_modules|\.ts:\d+/, 'no stack trace or source path in a problem');
    const body = JSON.parse(text) as ProblemBody;
    assert.equal(body.status, response.status);
    assert.equal(body.type, `urn:dvc-kit:problem:${body.code}`);
    return body;
  }

  it('answers /healthz per the contract, also for HEAD', async () => {
    const response = await fetch(`${sandbox.url}/healthz`);
    const body = await checkedJson<{ status: string; version: string; database: string }>(response);
    assert.deepEqual(body, { status: 'ok', version: SANDBOX_VERSION, database: 'pglite' });
    const head = await fetch(`${sandbox.url}/healthz`, { method: 'HEAD' });
    assert.equal(head.status, 200);
  });

  it('serves a plain HTML index of what runs at /sandbox', async () => {
    const response = await fetch(`${sandbox.url}/sandbox`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    for (const text of ['/api/v1', '/healthz', '/oidc/.well-known/openid-configuration', 'Nguyễn Văn An', 'citizen-an']) {
      assert.ok(html.includes(text), `index page lacks ${text}`);
    }
  });

  it('sends the demo portal files gzipped when asked, and answers a repeat with 304', async () => {
    const url = `${sandbox.url}/demo/assets/portal.css`;
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.status, 200);
    assert.equal(plain.headers.get('content-encoding'), null);
    const css = await plain.text();
    assert.ok(css.length > 1024, 'the stylesheet is big enough to be worth compressing');

    const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.match(zipped.headers.get('vary') ?? '', /accept-encoding/i);
    assert.equal(await zipped.text(), css, 'fetch undoes the gzip: same bytes');
    const tag = zipped.headers.get('etag');
    assert.match(tag ?? '', /^W\/"/, 'a compressed body carries a weak tag');

    const again = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': tag ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const changed = await fetch(url, { headers: { 'if-none-match': 'W/"something-else"' } });
    assert.equal(changed.status, 200);
  });

  it('answers unknown paths with 404 and known paths with a wrong method with 405 + Allow', async () => {
    const missing = await problem('/api/v1/nothing-here', {}, 404);
    assert.equal(missing.code, 'not_found');
    assert.match(missing.detail, /Không có/);
    const wrong = await fetch(`${sandbox.url}/api/v1/procedures`, { method: 'DELETE', headers: { 'accept-language': 'en' } });
    const body = (await wrong.json()) as ProblemBody;
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, HEAD');
    assert.match(body.detail, /DELETE is not supported/);
  });

  it('turns hostile or malformed input into 4xx problems, never a 500', async () => {
    const cases: [string, RequestInit, number][] = [
      ['/api/v1/procedures?page=abc', {}, 422],
      ['/api/v1/procedures?page=1&page=2', {}, 422],
      ['/api/v1/procedures?pageSize=-1', {}, 422],
      ['/api/v1/procedures?onlineLevel=4', {}, 422],
      ['/api/v1/procedures?q=%00', {}, 400],
      ['/api/v1/procedures?field=%00x', {}, 400],
      ['/api/v1/procedures/%E0%A4%A', {}, 404],
      ['/api/v1/procedures/%00', {}, 404],
      ['/api/v1/procedures/1.001193%27%3B--', {}, 404],
      [`/api/v1/procedures/${'9'.repeat(5000)}`, {}, 404],
      ['/api/v1/agencies?level=district', {}, 422],
    ];
    for (const [path, init, status] of cases) {
      const body = await problem(path, init, status);
      assert.ok(body.detail.length > 10, `${path}: detail "${body.detail}"`);
      assertMatchesContract('GET', path, status, body);
    }
  });

  it('words problems in the request language: Vietnamese by default, English when asked', async () => {
    const vi = await problem('/api/v1/procedures?pageSize=101', {}, 422);
    assert.equal(vi.title, 'Dữ liệu không hợp lệ');
    assert.deepEqual(vi.fieldErrors, [{ path: 'pageSize', message: 'phải nhỏ hơn hoặc bằng 100' }]);
    const en = await problem('/api/v1/procedures?pageSize=101', { headers: { 'accept-language': 'en-US,en;q=0.8,vi;q=0.5' } }, 422);
    assert.equal(en.title, 'Validation failed');
    assert.deepEqual(en.fieldErrors, [{ path: 'pageSize', message: 'must be at most 100' }]);
    assertMatchesContract('GET', '/api/v1/procedures', 422, en);
    const fr = await problem('/api/v1/procedures?pageSize=101', { headers: { 'accept-language': 'fr' } }, 422);
    assert.equal(fr.title, 'Dữ liệu không hợp lệ');
  });

  it('allows cross-origin use: preflight answered, tus discovery (plain OPTIONS) passed on', async () => {
    const preflight = await fetch(`${sandbox.url}/api/v1/dossiers`, {
      method: 'OPTIONS',
      headers: { origin: 'https://agency.example.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const get = await fetch(`${sandbox.url}/api/v1/fields`, { headers: { origin: 'https://agency.example.vn' } });
    assert.equal(get.headers.get('access-control-allow-origin'), '*');
    assert.match(get.headers.get('access-control-expose-headers') ?? '', /Location/);
  });
});

describe('dvc-sandbox CLI', () => {
  it('prints its usage, and refuses a data folder another process is using', async () => {
    const bin = fileURLToPath(new URL('../bin/dvc-sandbox.mjs', import.meta.url));
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(help.status, 0, help.stderr);
    for (const flag of ['--port', '--host', '--data-dir', '--catalog', '--reset', '--officer-speed', '--upload-expiry-hours']) assert.ok(help.stdout.includes(flag));
    const wrong = spawnSync(process.execPath, [bin, '--prot', '1'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--prot/);

    const folder = await mkdtemp(join(tmpdir(), 'dvc-cli-'));
    try {
      // Pretend a live process (this test's parent, never us) holds the folder.
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'db.lock'), String(process.ppid));
      const busy = spawnSync(process.execPath, [bin, '--port', '0', '--data-dir', folder], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(busy.status, 1, busy.stdout + busy.stderr);
      assert.match(busy.stderr, /in use by another sandbox \(pid \d+\)/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('response guard', () => {
  it('refuses to send a response that breaks its schema: logged, 500 internal_error', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.get('/broken', (c) => json(c, HealthSchema, { status: 'ok', version: 1, database: 'sqlite' } as never));
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const response = await app.fetch(new Request('http://sandbox.test/broken', { headers: { 'accept-language': 'en' } }));
      const body = (await response.json()) as ProblemBody;
      assert.equal(response.status, 500);
      assert.equal(body.code, 'internal_error');
      assert.match(body.detail, /breaks the API contract/);
      assert.ok(JSON.stringify(logged).includes('version'), 'the mismatch is logged with the failing field');
    } finally {
      console.error = original;
    }
  });

  it('hides unexpected errors behind internal_error without a stack', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.get('/boom', () => {
      throw new Error('secret internals at /work/main/src/x.ts:12');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const response = await app.fetch(new Request('http://sandbox.test/boom'));
      const text = await response.text();
      assert.equal(response.status, 500);
      assert.doesNotMatch(text, /secret|x\.ts/);
      assert.equal((JSON.parse(text) as ProblemBody).code, 'internal_error');
    } finally {
      console.error = original;
    }
  });
});

describe('migrations', () => {
  it('apply once, in order, and are recorded', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dvc-migrate-'));
    const db = await openDatabase({ dataDir: folder });
    try {
      const applied = await migrate(db);
      assert.ok(applied.length >= 1 && applied[0] === '001_catalog.sql', applied.join(','));
      assert.deepEqual([...applied].sort(), applied);
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      assert.deepEqual(rows.map((r) => r.name), applied);
    } finally {
      await db.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
