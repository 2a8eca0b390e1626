// parseResponse works with any Standard Schema: the contract's valibot schemas, or a hand-made
// one whose issue paths use `{ key }` segments, as the interface allows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HealthSchema } from '@dvc-kit/spec';
import { parseResponse, type ResponseSchema, type SchemaResult } from '../src/core/validate.js';
import { isPortalError, type PortalError } from '../src/errors.js';

function failure(run: () => unknown): PortalError {
  try {
    run();
  } catch (error) {
    assert.ok(isPortalError(error), `expected a PortalError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected parseResponse to throw');
}

test('the contract schema gives the typed value, or invalid_response with a pointer per issue', () => {
  const ok = { status: 'ok', version: '0.1.0', database: 'pglite' };
  assert.deepEqual(parseResponse(HealthSchema, ok, 'GET /healthz'), ok);
  const error = failure(() => parseResponse(HealthSchema, { ...ok, version: 1, database: 'sqlite' }, 'GET /healthz', 200));
  assert.equal(error.code, 'invalid_response');
  assert.equal(error.status, 200);
  assert.deepEqual(error.fieldErrors.map((e) => e.path), ['/version', '/database']);
  assert.match(error.detail, /^GET \/healthz answered a body that breaks the contract: version: .+; database: .+/);
});

test('issue paths may mix plain keys and { key } segments; no path means the root', () => {
  const schema: ResponseSchema<never> = {
    '~standard': {
      validate: (): SchemaResult<never> => ({
        issues: [
          { message: 'bad item', path: [{ key: 'items' }, 2, { key: 'code' }] },
          { message: 'bad body' },
        ],
      }),
    },
  };
  const error = failure(() => parseResponse(schema, {}, 'GET /x'));
  assert.deepEqual(error.fieldErrors, [
    { path: '/items/2/code', message: 'bad item' },
    { path: '/', message: 'bad body' },
  ]);
  assert.match(error.detail, /items\[2\]\.code: bad item; \(root\): bad body/);
});

test('an asynchronous schema is a programming error, not an invalid response', () => {
  const schema: ResponseSchema<number> = { '~standard': { validate: async () => ({ value: 1 }) } };
  assert.throws(() => parseResponse(schema, 1, 'GET /x'), TypeError);
});
