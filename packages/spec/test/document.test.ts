// Structural rules for portal.openapi.yaml that a linter does not know about.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES, PAGE_SIZE_MAX, SEARCH_QUERY_MAX_LENGTH, TUS_VERSION, UPLOAD_METADATA_KEYS } from '../src/limits.js';
import { PROBLEM_CODES, PROBLEM_STATUS } from '../src/problems.js';
import { document, operations, resolve } from './helpers.js';

type Named = Record<string, unknown>;

const EXPECTED_OPERATIONS = [
  'searchProcedures', 'getProcedure', 'listAgencies', 'listFields', 'createDossier',
  'listMyDossiers', 'getDossier', 'updateDossier', 'attachFile', 'detachFile', 'submitDossier',
  'withdrawDossier', 'respondToSupplement', 'getMe', 'initiatePayment', 'getPayment',
  'getStatistics', 'createWebhook', 'listWebhooks', 'deleteWebhook', 'setDossierStatus',
  'getHealth', 'createUpload', 'getUploadOffset', 'uploadChunk', 'deleteUpload',
  'getUploadCapabilities', 'listProvinces', 'getProvince', 'listForms', 'getProcedureForm',
  'saveDossierForm', 'getDossierFormPdf',
];

function parametersOf(path: string, operation: Named): Named[] {
  const pathLevel = (document.paths[path]?.parameters as Named[] | undefined) ?? [];
  const own = (operation.parameters as Named[] | undefined) ?? [];
  return [...pathLevel, ...own].map((p) => resolve(p));
}

describe('operations', () => {
  test('every path under /api/v1 has an operationId on every operation, all unique', () => {
    const ids: string[] = [];
    for (const { path, method, operation } of operations()) {
      const underApi = !Array.isArray(document.paths[path]?.servers);
      if (underApi) {
        assert.equal(typeof operation.operationId, 'string', `${method.toUpperCase()} ${path} has no operationId`);
      }
      if (typeof operation.operationId === 'string') ids.push(operation.operationId);
    }
    assert.equal(new Set(ids).size, ids.length, 'duplicate operationId');
    assert.deepEqual([...ids].sort(), [...EXPECTED_OPERATIONS].sort());
  });

  test('every operation documents at least one 4xx problem+json response', () => {
    for (const { path, method, operation } of operations()) {
      const responses = operation.responses as Record<string, unknown>;
      const problems = Object.entries(responses).filter(([status, raw]) => {
        const content = resolve<{ content?: Record<string, Named> }>(raw).content ?? {};
        return /^4\d\d$/.test(status) && 'application/problem+json' in content;
      });
      assert.ok(problems.length > 0, `${method.toUpperCase()} ${path} has no 4xx problem+json response`);
    }
  });

  test('every 4xx/5xx response is problem+json with the Problem schema (HEAD aside: no body)', () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, raw] of Object.entries(operation.responses as Record<string, unknown>)) {
        if (!/^[45]/.test(status)) continue;
        const content = resolve<{ content?: Record<string, Named> }>(raw).content ?? {};
        assert.deepEqual(Object.keys(content), ['application/problem+json'], `${method} ${path} ${status}`);
        assert.deepEqual(content['application/problem+json']?.schema, { $ref: '#/components/schemas/Problem' });
      }
    }
  });

  test('every operation takes Accept-Language; creating POSTs take Idempotency-Key', () => {
    const mustBeIdempotent = ['createDossier', 'submitDossier', 'initiatePayment'];
    for (const { path, operation } of operations()) {
      const names = parametersOf(path, operation).map((p) => p.name);
      if (path !== '/healthz') assert.ok(names.includes('Accept-Language'), `${path} lacks Accept-Language`);
      if (mustBeIdempotent.includes(operation.operationId as string)) {
        const key = parametersOf(path, operation).find((p) => p.name === 'Idempotency-Key');
        assert.equal(key?.required, true, `${String(operation.operationId)} needs a required Idempotency-Key`);
      }
    }
  });

  test('/healthz is served from the origin root, outside /api/v1', () => {
    assert.deepEqual(document.servers?.map((s) => s.url), ['/api/v1']);
    const servers = document.paths['/healthz']?.servers as { url: string }[];
    assert.deepEqual(servers.map((s) => s.url), ['/']);
  });

  test('security is the eID OpenID Connect scheme; catalog and health are public', () => {
    const scheme = document.components.securitySchemes?.eID;
    assert.equal(scheme?.type, 'openIdConnect');
    assert.equal(scheme?.openIdConnectUrl, '/oidc/.well-known/openid-configuration');
    assert.deepEqual(document.security, [{ eID: [] }]);
    const publicOps = operations().filter(({ operation }) => Array.isArray(operation.security) && operation.security.length === 0);
    const publicIds = publicOps.map(({ operation }) => operation.operationId).sort();
    assert.deepEqual(publicIds, ['getHealth', 'getProcedure', 'getProcedureForm', 'getProvince', 'getStatistics', 'getUploadCapabilities', 'listAgencies', 'listFields', 'listForms', 'listProvinces', 'searchProcedures', 'setDossierStatus']);
  });
});

describe('limits in the document match the exported constants', () => {
  const search = document.paths['/procedures']?.get as Named;
  const create = document.paths['/uploads']?.post as Named;

  test('paging and search text', () => {
    const params = parametersOf('/procedures', search);
    const q = params.find((p) => p.name === 'q');
    const pageSize = params.find((p) => p.name === 'pageSize');
    assert.equal((q?.schema as Named).maxLength, SEARCH_QUERY_MAX_LENGTH);
    assert.equal((pageSize?.schema as Named).maximum, PAGE_SIZE_MAX);
    assert.equal((pageSize?.schema as Named).default, 20);
  });

  test('uploads: size, types, metadata keys, tus version', () => {
    assert.equal(create['x-dvc-max-upload-bytes'], MAX_UPLOAD_BYTES);
    assert.equal(MAX_UPLOAD_BYTES, 20 * 1024 * 1024);
    const length = parametersOf('/uploads', create).find((p) => p.name === 'Upload-Length');
    assert.equal((length?.schema as Named).maximum, MAX_UPLOAD_BYTES);
    assert.deepEqual(create['x-dvc-allowed-content-types'], [...ALLOWED_UPLOAD_MIME_TYPES]);
    assert.deepEqual(create['x-dvc-upload-metadata'], [...UPLOAD_METADATA_KEYS]);
    assert.deepEqual(document.components.schemas.UploadContentType?.enum, [...ALLOWED_UPLOAD_MIME_TYPES]);
    assert.deepEqual((resolve(document.components.parameters?.TusResumable).schema as Named).enum, [TUS_VERSION]);
    for (const key of UPLOAD_METADATA_KEYS) {
      assert.match(String(create.description), new RegExp('`' + key + '`'), `metadata key ${key} undocumented`);
    }
  });

  test('problem codes and statuses match the Problem schema description', () => {
    const text = String(document.components.schemas.Problem?.description);
    const table = new Map<string, number>();
    for (const match of text.matchAll(/([a-z_]+) (\d{3})/g)) {
      if (!table.has(match[1] as string)) table.set(match[1] as string, Number(match[2]));
    }
    assert.deepEqual([...table.keys()].sort(), [...PROBLEM_CODES].sort());
    for (const code of PROBLEM_CODES) assert.equal(table.get(code), PROBLEM_STATUS[code], code);
  });

  test('every problem code appears in some reusable response', () => {
    const responses = JSON.stringify(document.components.responses);
    for (const code of PROBLEM_CODES) assert.ok(responses.includes(code), `${code} not mentioned`);
  });
});
