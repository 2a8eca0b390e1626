// The client against a sandbox with a small rate limit: an idempotent GET (and a POST with an
// Idempotency-Key) waits for Retry-After and succeeds; a POST without a key is never sent twice
// and rejects with a typed rate_limited PortalError. The client's waits advance the sandbox's
// injected clock instead of real time, so nothing here sleeps.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalClient, isPortalError, type PortalClient } from '@dvc-kit/client';
import { startSandbox, type RunningSandbox } from '@dvc-kit/sandbox';
import { accessTokenFor } from './client-support.js';

const BURST = 2;
let sandbox: RunningSandbox;
let dataDir: string;
let clock = Date.parse('2026-03-02T08:00:00Z');
/** Every answer the client received, as `METHOD path status`. */
const answers: string[] = [];
/** Every wait the client asked for between attempts, in ms. */
const waits: number[] = [];

function clientFor(token?: string): PortalClient {
  return createPortalClient({
    baseUrl: sandbox.url,
    auth: token === undefined ? undefined : () => token,
    locale: 'en',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const request = input instanceof Request ? input : new Request(input, init);
      answers.push(`${request.method} ${new URL(request.url).pathname} ${response.status}`);
      return response;
    },
    retry: {
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    },
  });
}

/** Spends the anonymous (address) bucket, or a token's (account) bucket, with plain fetches. */
async function spendBucket(token?: string): Promise<void> {
  clock += 60_000; // full again first
  for (let i = 0; i < BURST; i++) {
    const response = await fetch(`${sandbox.url}/api/v1/fields`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    assert.equal(response.status, 200);
  }
  answers.length = 0;
  waits.length = 0;
}

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dvc-client-limit-'));
  sandbox = await startSandbox({ port: 0, dataDir, officerSpeed: 0, rateLimit: 60, rateLimitBurst: BURST });
  sandbox.deps.now = () => new Date(clock);
});
after(async () => {
  await sandbox?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('client under the sandbox rate limit', () => {
  test('an idempotent GET waits for Retry-After, then succeeds', async () => {
    await spendBucket();
    const procedure = await clientFor().procedures.get('1.001193');
    assert.equal(procedure.code, '1.001193');
    assert.deepEqual(answers, ['GET /api/v1/procedures/1.001193 429', 'GET /api/v1/procedures/1.001193 200']);
    assert.deepEqual(waits, [1000], 'the wait is the Retry-After of 1 s, not a backoff guess');
  });

  test('a POST without an Idempotency-Key is not repeated: a typed rate_limited PortalError', async () => {
    const token = await accessTokenFor(sandbox.url, 'citizen-an');
    const client = clientFor(token);
    clock += 60_000;
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    await spendBucket(token);

    await assert.rejects(client.dossiers.attach(draft.id, { componentId: 'c1', uploadId: 'up_none' }), (error: unknown) => {
      assert.ok(isPortalError(error, 'rate_limited'), String(error));
      assert.equal(error.status, 429);
      assert.equal(error.title, 'Too many requests');
      assert.match(error.detail, /Try again in 1 second/);
      return true;
    });
    assert.deepEqual(answers, [`POST /api/v1/dossiers/${draft.id}/attachments 429`]);
    assert.deepEqual(waits, []);
  });

  test('a POST with an Idempotency-Key is retried after Retry-After, and creates one dossier', async () => {
    const token = await accessTokenFor(sandbox.url, 'citizen-binh');
    const client = clientFor(token);
    await spendBucket(token);
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    assert.equal(draft.status, 'draft');
    assert.deepEqual(answers, ['POST /api/v1/dossiers 429', 'POST /api/v1/dossiers 201']);
    assert.deepEqual(waits, [1000]);
    clock += 60_000;
    const mine = await client.dossiers.mine();
    assert.deepEqual(mine.items.map((d) => d.id), [draft.id]);
  });
});
