// The client against a hostile or broken server: every answer (any status, any content type,
// malformed, truncated, deeply nested or prototype-polluting JSON, absurd Retry-After) must end
// in a validated value or a PortalError, quickly. Never a raw TypeError/SyntaxError, never a
// hang, never a polluted Object.prototype, never an unvalidated object handed to the caller.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createPortalClient, isPortalError, type PortalClient } from '@dvc-kit/client';
import { fcSeed, runs } from './support/budget.js';

interface Answer {
  status: number;
  contentType: string;
  body: string;
  retryAfter: string | null;
}

const validSearch = JSON.stringify({
  items: [], total: 0, page: 1, pageSize: 20, facets: { field: [], level: [], onlineLevel: [], agency: [] },
});
const bodies = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '', 'null', '[]', '{}', '"x"', '1e309', '{"a":', '{"type":1,"code":{},"status":"500"}', '\ufeff{}',
    '{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"code":"__proto__","status":400,"title":"t","type":"about:blank","detail":"d"}',
    '{"code":"dossier_not_found","status":404,"title":"<img src=x onerror=alert(1)>","type":"x","detail":"\u202e"}',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `{"items":${'['.repeat(5000)}`,
    validSearch, validSearch.slice(0, 40),
    validSearch.replace('"total":0', '"total":"0"'),
    validSearch.replace('"items":[]', '"items":[{"code":1}]'),
  ),
);
const answers = fc.record<Answer>({
  status: fc.oneof(fc.constantFrom(200, 201, 204, 301, 304, 400, 401, 404, 409, 413, 422, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 })),
  contentType: fc.constantFrom('application/json', 'application/problem+json', 'application/json; charset=utf-8', 'text/html', 'text/plain', '', 'application/octet-stream'),
  body: bodies,
  retryAfter: fc.constantFrom(null, '0', '1', '999999', '-5', 'soon', 'Fri, 31 Dec 9999 23:59:59 GMT', '1e400'),
});

type Call = (client: PortalClient) => Promise<unknown>;
const calls: Record<string, Call> = {
  'procedures.search': (c) => c.procedures.search({ q: 'khai sinh' }),
  'procedures.get': (c) => c.procedures.get('1.001193'),
  'agencies.list': (c) => c.agencies.list(),
  'me.get': (c) => c.me.get(),
  'dossiers.get': (c) => c.dossiers.get('00000000-0000-4000-8000-000000000000'),
  'dossiers.mine': (c) => c.dossiers.mine(),
  'dossiers.create': (c) => c.dossiers.create({ procedureCode: '1.001193' }),
  'dossiers.submit': (c) => c.dossiers.submit('00000000-0000-4000-8000-000000000000'),
  'payments.get': (c) => c.payments.get('00000000-0000-4000-8000-000000000000'),
};

function clientAnswering(sequence: Answer[], retry: boolean): PortalClient {
  let index = 0;
  const fetchStub: typeof fetch = async () => {
    const answer = sequence[Math.min(index, sequence.length - 1)] as Answer;
    index += 1;
    const headers = new Headers();
    if (answer.contentType) headers.set('content-type', answer.contentType);
    if (answer.retryAfter !== null) headers.set('retry-after', answer.retryAfter);
    const noBody = answer.status === 204 || answer.status === 304;
    return new Response(noBody ? null : answer.body, { status: answer.status, headers });
  };
  return createPortalClient({
    baseUrl: 'http://127.0.0.1:9',
    auth: () => 'token',
    fetch: fetchStub,
    timeoutMs: 2000,
    retry: retry ? { retries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 50 } : false,
  });
}

/** Settles `promise`, failing if it takes longer than `ms` (a hang). */
async function settle(promise: Promise<unknown>, ms: number): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: the client hangs`)), ms);
  });
  try {
    return { ok: true, value: await Promise.race([promise, hang]) };
  } catch (error) {
    if (error instanceof Error && error.message.includes('the client hangs')) throw error;
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

function checkOutcome(name: string, answers: Answer[], result: { ok: boolean; value?: unknown; error?: unknown }): void {
  const context = `${name} after ${JSON.stringify(answers).slice(0, 400)}`;
  assert.equal(({} as Record<string, unknown>).polluted, undefined, `Object.prototype polluted by ${context}`);
  if (result.ok) {
    const last = answers.at(-1) as Answer;
    assert.ok(answers.some((a) => a.status >= 200 && a.status < 300), `resolved without any 2xx: ${context}`);
    assert.ok(last.status < 300 || answers.length > 1, context);
    assert.ok(result.value !== null && typeof result.value === 'object', `resolved with a non-object: ${context}`);
  } else {
    assert.ok(isPortalError(result.error), `rejected with ${String(result.error)} instead of a PortalError: ${context}`);
    assert.equal(typeof result.error.code, 'string');
    assert.ok(result.error.code.length > 0, `empty code: ${context}`);
    assert.ok(Number.isInteger(result.error.status), context);
  }
}

describe('the client on hostile responses', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a validated value or a PortalError, never a crash or a hang`, async () => {
      await fc.assert(
        fc.asyncProperty(answers, async (answer) => {
          const result = await settle(call(clientAnswering([answer], false)), 3000);
          checkOutcome(name, [answer], result);
        }),
        { numRuns: runs(60), ...fcSeed() },
      );
    });
  }

  it('retries end, whatever Retry-After says, in a PortalError or a value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answers, { minLength: 1, maxLength: 4 }), fc.constantFrom(...Object.keys(calls)), async (sequence, name) => {
        const result = await settle((calls[name] as Call)(clientAnswering(sequence, true)), 4000);
        checkOutcome(name, sequence, result);
      }),
      { numRuns: runs(60), ...fcSeed() },
    );
  });
});
