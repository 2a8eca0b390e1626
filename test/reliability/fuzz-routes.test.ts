// Every route of the contract (and some that are not) with random and hostile path parameters,
// query strings, bodies and headers, tus headers included, signed in or not. The sandbox must
// never answer 5xx, and every error must be problem+json whose status matches the response.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadOpenApiDocumentSync } from '@dvc-kit/spec/document';
import { fcSeed, runs } from './support/budget.js';
import { startInProcess, type InProcessSandbox } from './support/in-process.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const document = loadOpenApiDocumentSync() as unknown as { paths: Record<string, Record<string, unknown>> };
const routes = Object.entries(document.paths).flatMap(([template, operations]) =>
  Object.keys(operations).filter((m) => METHODS.includes(m.toUpperCase() as (typeof METHODS)[number])).map((m) => ({ template, method: m.toUpperCase() })),
);

/** Printable ASCII (what a header value may carry through fetch). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });
/** Any code points; lone surrogates replaced so the text can be percent-encoded. */
const anyText = fc
  .string({ unit: 'binary', maxLength: 120 })
  .map((s) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

describe('every route under random and hostile input', () => {
  let sandbox: InProcessSandbox;
  let token: string;
  let otherToken: string;
  let dossierId: string;
  let uploadId: string;

  before(async () => {
    sandbox = await startInProcess();
    [token, otherToken] = await Promise.all([sandbox.token('citizen-an'), sandbox.token('citizen-binh')]);
    const created = await fetch(`${sandbox.url}/api/v1/dossiers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ procedureCode: '2.000200' }),
    });
    dossierId = ((await created.json()) as { id: string }).id;
    const upload = await fetch(`${sandbox.url}/api/v1/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', 'upload-length': '1000',
        'upload-metadata': `dossierId ${btoa(dossierId)},componentId ${btoa('c1')},filename ${btoa('a.pdf')},filetype ${btoa('application/pdf')},sha256 ${btoa('0'.repeat(64))}`,
      },
    });
    uploadId = (upload.headers.get('location') ?? '').split('/').pop() ?? '';
    assert.ok(dossierId && uploadId, 'set-up made a dossier and an upload');
  });
  after(async () => {
    await sandbox?.close();
  });

  const paramValue = () =>
    fc.oneof(
      anyText.map(encodeURIComponent),
      fc.constantFrom(
        '..', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', '%00', '%', '%zz', '%C0%AE', ' ', '%20', 'null', 'undefined', '0', '-1',
        '1.001193', '000.00.00.H56-261122-0001', "'%20OR%201%3D1--", '%3Cscript%3E', 'a'.repeat(3000),
        '00000000-0000-0000-0000-000000000000', randomUUID(),
      ),
      fc.constant('__DOSSIER__'), fc.constant('__UPLOAD__'),
    );
  const body = fc.oneof(
    fc.constant(undefined),
    fc.json({ maxDepth: 3 }),
    anyText,
    fc.constantFrom(
      '{', '[]', 'null', '{"procedureCode":{"$ne":null}}', '{"__proto__":{"admin":true}}', `{"a":"${'x'.repeat(200_000)}"}`,
      '{"componentId":"c1","uploadId":"__UPLOAD__"}', '{"procedureCode":"2.000200","applicant":{"type":"citizen","name":"\u202e<b>x"}}',
      '{"status":"returned"}', '{"attachments":[{"componentId":"c1","uploadId":"__UPLOAD__"}]}', '{"url":"http://127.0.0.1:1/x","events":["dossier.status_changed"]}',
      '{"dossierId":"__DOSSIER__","returnUrl":"javascript:alert(1)"}', '{"reason":""}',
    ),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
  const headers = fc.record(
    {
      authorization: fc.oneof(fc.constant('valid'), fc.constant('valid'), fc.constant('valid'), fc.constant('other'), headerText.map((t) => `Bearer ${t}`), fc.constantFrom('Bearer', 'Basic YTpi', 'bearer valid', 'Bearer valid extra')),
      'content-type': fc.oneof(headerText, fc.constantFrom('application/json', 'application/problem+json', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/offset+octet-stream')),
      'accept-language': fc.oneof(headerText, fc.constantFrom('en', 'vi', '*', 'en;q=abc', 'zz-ZZ')),
      accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml'),
      'idempotency-key': fc.oneof(headerText, fc.constant(randomUUID())),
      'tus-resumable': fc.oneof(fc.constantFrom('1.0.0', '0.2.2', '2.0.0', ''), headerText),
      'upload-length': fc.oneof(fc.constantFrom('0', '1', '-1', '1000', '20971521', '99999999999999999999', 'NaN', '1e3'), headerText),
      'upload-offset': fc.oneof(fc.constantFrom('0', '-1', '999', '1000', '1001', 'x'), headerText),
      'upload-metadata': fc.oneof(headerText, fc.constantFrom('filename', 'filename ../../x', `dossierId ${'A'.repeat(2000)}`, 'a b c,d e')),
      'upload-defer-length': fc.constant('1'),
      'x-http-method-override': fc.constantFrom('DELETE', 'PATCH'),
    },
    { requiredKeys: ['authorization'] },
  );
  const query = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom('q', 'page', 'pageSize', 'field', 'level', 'onlineLevel', 'agency', 'status'), headerText), fc.oneof(anyText, fc.constantFrom('0', '-1', '1e9', '100', '101', 'NaN', '[]', 'ministry'))),
    { maxLength: 4 },
  );
  type Route = { template: string; method: string };
  const requestsFor = (route: fc.Arbitrary<Route>) =>
    fc.record({ route, params: fc.array(paramValue(), { minLength: 3, maxLength: 3 }), query, body, headers });
  const elsewhere: fc.Arbitrary<Route> = fc.oneof(
    fc.record({ template: fc.constantFrom(...routes.map((r) => r.template)), method: fc.constantFrom(...METHODS) }),
    fc.record({ template: anyText.map((t) => `/${encodeURIComponent(t)}/x`), method: fc.constantFrom(...METHODS) }),
  );
  const seen = new Map<number, number>();
  /** The last requests sent, to explain a dropped connection (it may be the previous one's doing). */
  const recent: string[] = [];
  async function check({ route, params, query: pairs, body: rawBody, headers: rawHeaders }: {
    route: Route; params: string[]; query: [string, string][]; body: string | undefined; headers: Record<string, string | undefined>;
  }): Promise<void> {
    let i = 0;
    const fill = (value: string) => value.replace('__DOSSIER__', dossierId).replace('__UPLOAD__', uploadId);
    const path = route.template.replace(/\{[^}]+\}/g, () => fill(params[i++ % params.length] as string));
    const search = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
    const target = route.template === '/healthz' ? `${sandbox.url}/healthz` : `${sandbox.url}/api/v1${path}${search ? `?${search}` : ''}`;
    const sent: Record<string, string> = {};
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined) continue;
      sent[name] = name === 'authorization' ? value.replace(/^valid$/, `Bearer ${token}`).replace(/^other$/, `Bearer ${otherToken}`).replace('Bearer valid extra', `Bearer ${token} extra`) : value;
    }
    const withBody = rawBody !== undefined && route.method !== 'GET' && route.method !== 'HEAD';
    let response: Response;
    const previous = recent.slice(-2).join(' | ');
    recent.push(`${route.method} ${target.slice(0, 200)} ${JSON.stringify(sent).slice(0, 300)} body ${String(rawBody?.length ?? 'none')}: ${JSON.stringify(rawBody?.slice(0, 80))}`);
    try {
      response = await fetch(target, { method: route.method, headers: sent, body: withBody ? fill(rawBody) : undefined, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      // fetch itself refuses some inputs before sending (a header value it will not send): not the
      // server's fault. "fetch failed" is different: the server dropped the connection.
      if (error instanceof TypeError && error.message !== 'fetch failed') return;
      throw new Error(`${route.method} ${target}: ${String(error)} ${String((error as { cause?: unknown }).cause ?? '')}; just before: ${previous}`);
    }
    const text = await response.text();
    seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
    const where = `${route.method} ${target.slice(0, 300)} ${JSON.stringify(sent).slice(0, 300)} -> ${response.status} ${text.slice(0, 300)}`;
    assert.ok(response.status < 500, where);
    if (response.status >= 400 && route.method !== 'HEAD') {
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, where);
      const problem = JSON.parse(text) as { status: unknown; code: unknown; title: unknown };
      assert.equal(problem.status, response.status, where);
      assert.equal(typeof problem.code, 'string', where);
      assert.equal(typeof problem.title, 'string', where);
    }
  }

  for (const route of routes) {
    it(`${route.method} ${route.template}: never 5xx, every error problem+json`, async () => {
      await fc.assert(fc.asyncProperty(requestsFor(fc.constant(route)), check), { numRuns: runs(20, 25), includeErrorInReport: true, ...fcSeed() });
    });
  }

  it('any method on any path: never 5xx, every error problem+json', async (t) => {
    await fc.assert(fc.asyncProperty(requestsFor(elsewhere), check), { numRuns: runs(100, 25), includeErrorInReport: true, ...fcSeed() });
    t.diagnostic(`statuses seen: ${JSON.stringify([...seen].sort((a, b) => a[0] - b[0]))}`);
    // The run is only worth something if it got past validation into the routes now and then.
    assert.ok([...seen.keys()].some((s) => s < 400), `only errors: ${JSON.stringify([...seen])}`);
  });
});
