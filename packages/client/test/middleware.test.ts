import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError, PortalError, type PortalClientOptions } from '@dvc-kit/client';
import { backoffDelay, parseRetryAfter } from '../src/core/retry.js';
import { dossier, searchPage } from './helpers/fixtures.js';
import { fakeFetch, hang, instantSleep, json, networkError, problem, type Handler } from './helpers/fake-fetch.js';

const BASE = 'http://portal.test';

function clientWith(handlers: Handler[], options: Partial<PortalClientOptions> = {}) {
  const fake = fakeFetch(...handlers);
  const sleeper = instantSleep();
  const client = createPortalClient({
    baseUrl: BASE,
    fetch: fake.fetch,
    ...options,
    retry: options.retry === false ? false : { random: () => 0.5, sleep: sleeper.sleep, ...options.retry },
  });
  return { client, calls: fake.calls, waits: sleeper.waits };
}

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPortalError(error), `expected a PortalError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

test('backoff doubles per retry within the jitter and the cap', () => {
  assert.equal(backoffDelay(0, { baseDelayMs: 100, random: () => 0.5 }), 50);
  assert.equal(backoffDelay(3, { baseDelayMs: 100, random: () => 0.5 }), 400);
  assert.equal(backoffDelay(10, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 }), 999);
  assert.equal(backoffDelay(2, { baseDelayMs: 100, random: () => 0 }), 0);
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1)), 10_000);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('GET is retried on 503 with exponential backoff until it succeeds', async () => {
  const { client, calls, waits } = clientWith(
    [() => problem(503, 'internal_error'), () => new Response('bad gateway', { status: 502 }), () => json(searchPage(1, 20, 1))],
    { retry: { baseDelayMs: 100 } },
  );
  const result = await client.procedures.search({ q: 'khai sinh' });
  assert.equal(result.items.length, 1);
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, [50, 100]);
  assert.equal(new URL(calls[0]!.url).pathname, '/api/v1/procedures');
  assert.equal(new URL(calls[0]!.url).searchParams.get('q'), 'khai sinh');
});

test('Retry-After decides the wait, and a too long one ends the retries', async () => {
  const first = clientWith([() => problem(429, 'rate_limited', {}, { 'Retry-After': '2' }), () => json(searchPage(1, 20, 0))]);
  await first.client.procedures.search();
  assert.deepEqual(first.waits, [2000]);

  const second = clientWith([() => problem(503, 'internal_error', {}, { 'Retry-After': '3600' })]);
  const error = await rejection(second.client.procedures.search());
  assert.equal(error.code, 'internal_error');
  assert.equal(error.status, 503);
  assert.equal(second.calls.length, 1);
});

test('retries stop after the configured number and surface the last error', async () => {
  const { client, calls } = clientWith([() => problem(503, 'internal_error')], { retry: { retries: 2 } });
  const error = await rejection(client.agencies.list());
  assert.equal(calls.length, 3);
  assert.equal(error.code, 'internal_error');
});

test('network failures are retried for GET and end as code network', async () => {
  const ok = clientWith([networkError, () => json({ items: [] })]);
  assert.deepEqual(await ok.client.fields.list(), { items: [] });
  assert.equal(ok.calls.length, 2);

  const down = clientWith([networkError], { retry: { retries: 1 } });
  const error = await rejection(down.client.fields.list());
  assert.equal(error.code, 'network');
  assert.equal(error.status, 0);
  assert.equal(down.calls.length, 2);
});

test('a POST with an Idempotency-Key is retried with the same key; each call gets a new key', async () => {
  const { client, calls } = clientWith([networkError, () => problem(503, 'internal_error'), () => json(dossier(), 201)]);
  await client.dossiers.create({ procedureCode: '1.001193' });
  assert.equal(calls.length, 3);
  const keys = calls.map((c) => c.headers.get('Idempotency-Key'));
  assert.match(keys[0] ?? '', /^[0-9a-f-]{36}$/);
  assert.deepEqual(new Set(keys).size, 1);
  assert.deepEqual(calls.map((c) => JSON.parse(c.body)), Array(3).fill({ procedureCode: '1.001193' }));

  await client.dossiers.create({ procedureCode: '1.001193' });
  assert.notEqual(calls[3]!.headers.get('Idempotency-Key'), keys[0]);

  await client.dossiers.submit(dossier().id, { idempotencyKey: 'my-key' });
  assert.equal(calls.at(-1)!.headers.get('Idempotency-Key'), 'my-key');
});

test('a POST without an Idempotency-Key is never retried', async () => {
  const { client, calls } = clientWith([() => problem(503, 'internal_error'), () => json(dossier())]);
  const error = await rejection(client.dossiers.attach(dossier().id, { componentId: 'c1', uploadId: 'u1' }));
  assert.equal(error.code, 'internal_error');
  assert.equal(calls.length, 1);

  const net = clientWith([networkError, () => json(dossier())]);
  assert.equal((await rejection(net.client.dossiers.withdraw('x', { reason: 'nhầm' }))).code, 'network');
  assert.equal(net.calls.length, 1);
});

test('a hung request fails with code timeout, and a GET is retried after it', async () => {
  const hung = clientWith([hang], { timeoutMs: 30, retry: false });
  const started = Date.now();
  const error = await rejection(hung.client.procedures.get('1.001193'));
  assert.equal(error.code, 'timeout');
  assert.ok(Date.now() - started < 2000);

  const recovers = clientWith([hang, () => json(searchPage(1, 20, 0))], { timeoutMs: 30 });
  await recovers.client.procedures.search();
  assert.equal(recovers.calls.length, 2);
});

test('the caller signal aborts a pending call and a retry wait with code aborted', async () => {
  const { client } = clientWith([hang], { retry: false });
  const controller = new AbortController();
  const pending = client.procedures.search({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 10);
  assert.equal((await rejection(pending)).code, 'aborted');

  // Real sleep: the abort must cut the 60 s Retry-After wait short.
  const fake = fakeFetch(() => problem(503, 'internal_error', {}, { 'Retry-After': '20' }));
  const waiting = createPortalClient({ baseUrl: BASE, fetch: fake.fetch });
  const controller2 = new AbortController();
  const started = Date.now();
  const pending2 = waiting.procedures.search({}, { signal: controller2.signal });
  setTimeout(() => controller2.abort(), 20);
  assert.equal((await rejection(pending2)).code, 'aborted');
  assert.ok(Date.now() - started < 2000);
  assert.equal(fake.calls.length, 1);

  const already = clientWith([() => json(searchPage(1, 20, 0))]);
  assert.equal((await rejection(already.client.procedures.search({}, { signal: AbortSignal.abort() }))).code, 'aborted');
});

test('problem+json becomes a PortalError with status, code, title, detail and fieldErrors', async () => {
  const { client } = clientWith([
    () =>
      problem(422, 'missing_required_components', {
        title: 'Thiếu thành phần hồ sơ bắt buộc',
        detail: 'Hồ sơ còn thiếu 1 thành phần bắt buộc.',
        fieldErrors: [{ path: '/components/c2', message: 'Chưa đính kèm Giấy chứng sinh.' }],
      }),
  ]);
  const error = await rejection(client.dossiers.submit('3f1c2a9e-7b4d-4c1a-9f2e-5d8b6a7c0e41'));
  assert.ok(error instanceof PortalError);
  assert.equal(error.status, 422);
  assert.equal(error.code, 'missing_required_components');
  assert.equal(error.title, 'Thiếu thành phần hồ sơ bắt buộc');
  assert.equal(error.detail, 'Hồ sơ còn thiếu 1 thành phần bắt buộc.');
  assert.deepEqual(error.fieldErrors, [{ path: '/components/c2', message: 'Chưa đính kèm Giấy chứng sinh.' }]);

  const notFound = clientWith([() => problem(404, 'procedure_not_found')]);
  assert.equal((await rejection(notFound.client.procedures.get('9.999999'))).code, 'procedure_not_found');

  const html = clientWith([() => new Response('<html>oops</html>', { status: 418, headers: { 'content-type': 'text/html' } })]);
  const odd = await rejection(html.client.procedures.search());
  assert.equal(odd.code, 'http_error');
  assert.equal(odd.status, 418);
});

test('a response that breaks the contract fails with invalid_response naming the path', async () => {
  const broken = { ...searchPage(1, 20, 1), total: 'many' };
  const { client } = clientWith([() => json(broken)]);
  const error = await rejection(client.procedures.search());
  assert.equal(error.code, 'invalid_response');
  assert.match(error.detail, /GET \/procedures/);
  assert.match(error.detail, /total/);

  const missing = clientWith([() => json({ ...dossier(), status: 'lost' })]);
  const error2 = await rejection(missing.client.dossiers.get('x'));
  assert.equal(error2.code, 'invalid_response');
  assert.match(error2.detail, /GET \/dossiers\/\{ref\}.*status/);

  const notJson = clientWith([() => new Response('not json', { status: 200, headers: { 'content-type': 'application/json' } })]);
  assert.ok(['invalid_response'].includes((await rejection(notJson.client.fields.list())).code));
});

test('auth adds the bearer token and refreshes once on 401', async () => {
  let token = 'old';
  let refreshes = 0;
  const auth = {
    getAccessToken: () => token,
    refreshAccessToken: async () => {
      refreshes++;
      token = 'new';
      return token;
    },
  };
  const { client, calls } = clientWith(
    [(r) => (r.headers.get('Authorization') === 'Bearer new' ? json(dossier(), 201) : problem(401, 'unauthenticated'))],
    { auth },
  );
  await client.dossiers.create({ procedureCode: '1.001193' });
  assert.deepEqual(calls.map((c) => c.headers.get('Authorization')), ['Bearer old', 'Bearer new']);
  assert.equal(calls[1]!.body, calls[0]!.body);
  assert.equal(refreshes, 1);

  // A token the server keeps refusing: one refresh, then unauthenticated.
  const refused = clientWith([() => problem(401, 'unauthenticated')], {
    auth: { getAccessToken: () => 'a', refreshAccessToken: async () => 'b' },
  });
  assert.equal((await rejection(refused.client.me.get())).code, 'unauthenticated');
  assert.equal(refused.calls.length, 2);
});

test('concurrent 401s share one refresh', async () => {
  let token = 'old';
  let refreshes = 0;
  const { client } = clientWith(
    [(r) => (r.headers.get('Authorization') === 'Bearer new' ? json({ items: [] }) : problem(401, 'unauthenticated'))],
    {
      auth: {
        getAccessToken: () => token,
        refreshAccessToken: async () => {
          refreshes++;
          await new Promise((r) => setTimeout(r, 10));
          token = 'new';
          return token;
        },
      },
    },
  );
  await Promise.all([client.fields.list(), client.fields.list(), client.fields.list()]);
  assert.equal(refreshes, 1);
});

test('a plain function works as auth; Accept-Language follows locale', async () => {
  let locale = 'vi';
  const { client, calls } = clientWith([() => json({ items: [] })], { auth: () => 'tok', locale: () => locale });
  await client.fields.list();
  locale = 'en';
  await client.fields.list();
  assert.equal(calls[0]!.headers.get('Authorization'), 'Bearer tok');
  assert.deepEqual(calls.map((c) => c.headers.get('Accept-Language')), ['vi', 'en']);
});

test('iterate walks pages lazily and stops at the last page', async () => {
  const { client, calls } = clientWith([
    (r) => {
      const url = new URL(r.url);
      return json(searchPage(Number(url.searchParams.get('page')), 2, 5));
    },
  ]);
  const pages: number[] = [];
  for await (const page of client.procedures.iterate({ q: 'x', pageSize: 2 })) pages.push(page.page);
  assert.deepEqual(pages, [1, 2, 3]);
  assert.equal(calls.length, 3);

  calls.length = 0;
  for await (const page of client.procedures.iterate({ pageSize: 2 })) {
    assert.equal(page.page, 1);
    break;
  }
  assert.equal(calls.length, 1, 'breaking out fetches no further page');
});

test('raw keeps openapi-fetch semantics with the same pipeline', async () => {
  const { client, calls } = clientWith([() => problem(404, 'procedure_not_found')], { locale: 'en' });
  const { data, error, response } = await client.raw.GET('/procedures/{code}', { params: { path: { code: '1.001193' } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.equal((error as { code?: string }).code, 'procedure_not_found');
  assert.equal(calls[0]!.headers.get('Accept-Language'), 'en');
  assert.equal(client.apiUrl, 'http://portal.test/api/v1');
  assert.equal(createPortalClient({ baseUrl: 'http://x/api/v1/' }).apiUrl, 'http://x/api/v1');
});
