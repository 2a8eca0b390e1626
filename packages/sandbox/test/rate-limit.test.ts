/**
 * The per-client rate limit on /api/v1: 429 rate_limited with Retry-After once a client's burst is
 * spent, other clients unaffected, tokens refilled by the sandbox's (injected) clock, uploads and
 * sign-in never limited, memory bounded, and 0 turning it off. Time is the injected clock only:
 * nothing here waits.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { oncePerRequest } from '../src/http/once-per-request.js';
import { rateLimitOf, TokenBuckets } from '../src/http/token-buckets.js';
import { call, expectProblem, startTestSandbox, type TestSandbox } from './helpers/dossier-api.js';
import { signIn } from './helpers/sign-in.js';

describe('token buckets', () => {
  it('lets a burst through, then refuses with the whole seconds until the next token', () => {
    const buckets = new TokenBuckets(rateLimitOf(60, 3));
    assert.deepEqual([1, 2, 3].map(() => buckets.take('a', 0)), [
      { allowed: true, remaining: 2, retryAfterSeconds: 0 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0 },
    ]);
    assert.deepEqual(buckets.take('a', 0), { allowed: false, remaining: 0, retryAfterSeconds: 1 });
    assert.equal(buckets.take('a', 400).allowed, false, 'less than a token back after 0.4 s');
    assert.equal(buckets.take('a', 1000).allowed, true, 'one token per second at 60 per minute');
    assert.equal(buckets.take('b', 1000).allowed, true, 'another key has its own bucket');
  });

  it('asks for the wait of a slow refill, and never refills past the burst', () => {
    const slow = new TokenBuckets(rateLimitOf(6, 1));
    slow.take('a', 0);
    assert.equal(slow.take('a', 0).retryAfterSeconds, 10);
    assert.equal(slow.take('a', 5_000).retryAfterSeconds, 5);
    const buckets = new TokenBuckets(rateLimitOf(60, 2));
    buckets.take('a', 0);
    const later = [buckets.take('a', 3_600_000), buckets.take('a', 3_600_000), buckets.take('a', 3_600_000)];
    assert.deepEqual(later.map((t) => t.allowed), [true, true, false]);
  });

  it('does not drain a bucket when the clock is set back', () => {
    const buckets = new TokenBuckets(rateLimitOf(60, 2));
    buckets.take('a', 10_000);
    assert.equal(buckets.take('a', 0).allowed, true);
    assert.equal(buckets.take('a', 0).allowed, false);
  });

  it('defaults the burst to ten seconds of the rate, at least one', () => {
    assert.deepEqual(rateLimitOf(1200), { perMinute: 1200, burst: 200 });
    assert.deepEqual(rateLimitOf(3), { perMinute: 3, burst: 1 });
    assert.deepEqual(rateLimitOf(600, 7), { perMinute: 600, burst: 7 });
  });

  it('forgets clients idle long enough to be full again, and keeps at most maxClients', () => {
    const buckets = new TokenBuckets(rateLimitOf(60, 5), 100);
    for (let i = 0; i < 50; i++) buckets.take(`idle-${i}`, 0);
    buckets.take('busy', 4_000);
    assert.equal(buckets.size, 51);
    buckets.take('busy', 5_000); // 5 s refill the idle buckets of 5 at 1 per second
    assert.equal(buckets.size, 1);
    for (let i = 0; i < 1000; i++) buckets.take(`many-${i}`, 6_000);
    assert.equal(buckets.size, 100);
    assert.equal(buckets.take('busy', 6_000).remaining, 4, 'a dropped bucket comes back full');
  });
});

describe('oncePerRequest', () => {
  it('looks a request up once however often it is asked, and each request on its own', async () => {
    const looked: string[] = [];
    const lookup = oncePerRequest(async (request: Request) => {
      looked.push(request.url);
      return request.url.length;
    });
    const first = new Request('http://sandbox.test/a');
    assert.equal(await lookup(first), await lookup(first));
    await lookup(new Request('http://sandbox.test/b'));
    assert.deepEqual(looked, ['http://sandbox.test/a', 'http://sandbox.test/b']);
  });
});

interface Problem {
  type: string;
  title: string;
  detail: string;
}

/** GET from another loopback address (Linux routes all of 127/8 to lo), i.e. another client. */
function getFrom(localAddress: string, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limit on a running sandbox', () => {
  let t: TestSandbox;
  let clock = Date.parse('2026-03-02T08:00:00Z');
  const BURST = 3;

  before(async () => {
    t = await startTestSandbox({ rateLimit: 60, rateLimitBurst: BURST });
    t.sandbox.deps.now = () => new Date(clock);
  });
  after(async () => {
    await t?.close();
  });

  const url = () => t.sandbox.url;
  const spend = async (count: number, token: string | null = null) => {
    for (let i = 0; i < count; i++) assert.equal((await call(url(), token, 'GET', '/fields')).status, 200);
  };

  it('answers 429 rate_limited with Retry-After, in the request language, once the burst is spent', async () => {
    const first = await call(url(), null, 'GET', '/fields');
    assert.equal(first.headers.get('ratelimit-limit'), String(BURST));
    assert.equal(first.headers.get('ratelimit-remaining'), String(BURST - 1));
    await spend(BURST - 1);

    // call() also checks the body against the contract's 429 for GET /fields.
    const refused = await call<Problem>(url(), null, 'GET', '/fields', { headers: { 'accept-language': 'en', origin: 'https://agency.example.vn' } });
    expectProblem(refused, 429, 'rate_limited');
    const body = refused.body;
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal(refused.headers.get('ratelimit-remaining'), '0');
    assert.equal(refused.headers.get('content-language'), 'en');
    assert.equal(body.type, 'urn:dvc-kit:problem:rate_limited');
    assert.equal(body.title, 'Too many requests');
    assert.match(body.detail, /60 per minute.*1 second\b/);
    assert.equal(refused.headers.get('access-control-allow-origin'), '*');
    assert.match(refused.headers.get('access-control-expose-headers') ?? '', /Retry-After/);

    const vietnamese = await call<Problem>(url(), null, 'GET', '/procedures/1.001193');
    expectProblem(vietnamese, 429, 'rate_limited');
    const vi = vietnamese.body;
    assert.equal(vi.title, 'Quá nhiều yêu cầu');
    assert.match(vi.detail, /thử lại sau 1 giây/);
  });

  it('does not take a forged X-Forwarded-For or an invalid token for another client', async () => {
    const forged = await call(url(), null, 'GET', '/fields', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expectProblem(forged, 429, 'rate_limited');
    const garbage = await fetch(`${url()}/api/v1/fields`, { headers: { authorization: 'Bearer not-a-token' } });
    assert.equal(garbage.status, 429);
  });

  it('leaves other clients alone: another address, a signed-in account (sign-in itself is never limited)', async () => {
    assert.equal(await getFrom('127.0.0.2', `${url()}/api/v1/fields`), 200);
    const an = (await signIn(url(), 'citizen-an')).accessToken;
    assert.equal((await call(url(), an, 'GET', '/me')).status, 200);
    assert.equal((await call(url(), null, 'GET', '/fields')).status, 429, 'the spent address is still spent');
  });

  it('counts a signed-in account across its tokens, apart from other accounts', async () => {
    const an1 = (await signIn(url(), 'citizen-an')).accessToken;
    const an2 = (await signIn(url(), 'citizen-an')).accessToken;
    const binh = (await signIn(url(), 'citizen-binh')).accessToken;
    clock += 60_000; // everyone full again
    await spend(BURST, an1);
    expectProblem(await call(url(), an2, 'GET', '/me'), 429, 'rate_limited');
    expectProblem(await call(url(), an1, 'GET', '/dossiers'), 429, 'rate_limited');
    assert.equal((await call(url(), binh, 'GET', '/me')).status, 200);
  });

  it('refills with the clock: Retry-After later the next request passes', async () => {
    clock += 60_000;
    await spend(BURST);
    const refused = await call(url(), null, 'GET', '/fields');
    expectProblem(refused, 429, 'rate_limited');
    clock += Number(refused.headers.get('retry-after')) * 1000;
    assert.equal((await call(url(), null, 'GET', '/fields')).status, 200);
    expectProblem(await call(url(), null, 'GET', '/fields'), 429, 'rate_limited');
    clock += 60_000;
    await spend(BURST);
  });

  it('never limits uploads, the officer control route, health, the demo page or the embed', async () => {
    clock += 60_000;
    await spend(BURST);
    expectProblem(await call(url(), null, 'GET', '/fields'), 429, 'rate_limited');
    for (let i = 0; i < BURST + 2; i++) {
      const discovery = await fetch(`${url()}/api/v1/uploads`, { method: 'OPTIONS' });
      assert.equal(discovery.status, 204);
      assert.equal(discovery.headers.get('ratelimit-limit'), null);
      const control = await fetch(`${url()}/api/v1/sandbox/dossiers/HS-NOPE/status`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'processing' }),
      });
      assert.equal(control.status, 404, await control.text());
      assert.equal((await fetch(`${url()}/healthz`)).status, 200);
      assert.equal((await fetch(`${url()}/`)).status, 200);
      assert.notEqual((await fetch(`${url()}/embed/dvc-embed.js`)).status, 429);
    }
  });
});

describe('rate limit off', () => {
  let t: TestSandbox;

  before(async () => {
    t = await startTestSandbox({ rateLimit: 0, rateLimitBurst: 1 });
    t.sandbox.deps.now = () => new Date(0); // a frozen clock would never refill a bucket
  });
  after(async () => {
    await t?.close();
  });

  it('0 per minute answers every request, without rate-limit headers', async () => {
    for (let i = 0; i < 50; i++) {
      const result = await call(t.sandbox.url, null, 'GET', '/fields');
      assert.equal(result.status, 200);
      assert.equal(result.headers.get('ratelimit-limit'), null);
    }
  });
});

describe('dvc-sandbox --rate-limit', () => {
  const bin = fileURLToPath(new URL('../bin/dvc-sandbox.mjs', import.meta.url));
  const folders: string[] = [];
  const children: ChildProcess[] = [];

  after(async () => {
    await Promise.all(children.map((child) => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    })));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  /** Starts the CLI on a free port and resolves with its banner once it is ready. */
  async function startCli(args: string[]): Promise<{ banner: string; api: string }> {
    const folder = await mkdtemp(join(tmpdir(), 'dvc-cli-limit-'));
    folders.push(folder);
    const child = spawn(process.execPath, [bin, '--port', '0', '--data-dir', folder, '--officer-speed', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let banner = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        banner += chunk.toString();
        const api = /API\s+(http:\/\/\S+)/.exec(banner)?.[1];
        if (api && banner.includes('Ready in')) resolve({ banner, api });
      });
      child.once('exit', (code) => reject(new Error(`dvc-sandbox exited with ${code}: ${errors}`)));
    });
  }

  it('is on by default, takes a limit, and refuses a negative one', async () => {
    const [byDefault, small] = await Promise.all([startCli([]), startCli(['--rate-limit', '6'])]);
    assert.match(byDefault.banner, /Rate limit\s+1200 API requests per minute per client, bursts of 200/);
    assert.equal((await fetch(`${byDefault.api}/fields`)).headers.get('ratelimit-limit'), '200');

    assert.match(small.banner, /Rate limit\s+6 API requests per minute/);
    assert.equal((await fetch(`${small.api}/fields`)).status, 200);
    const refused = await fetch(`${small.api}/fields`);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '10');

    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 60_000 });
    assert.match(help.stdout, /--rate-limit N/);
    const negative = spawnSync(process.execPath, [bin, '--rate-limit=-5'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(negative.status, 2);
    assert.match(negative.stderr, /--rate-limit must be a number from 0/);
  });
});
