// Every example in the document is valid for its schema, checked twice: with Ajv
// (JSON Schema 2020-12, independent of our code) and with the matching valibot schema.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { componentSchemas } from '../src/schemas/index.js';
import { ajvFor, ajvForInline, document, operations, resolve } from './helpers.js';

type Named = Record<string, unknown>;

function examplesOf(schema: Named): unknown[] {
  const list = Array.isArray(schema.examples) ? [...(schema.examples as unknown[])] : [];
  if ('example' in schema) list.push(schema.example);
  return list;
}

// Widened to the base type: the test looks schemas up by the document's names.
const schemaByName: Record<string, v.GenericSchema | undefined> = componentSchemas;

describe('component schema examples', () => {
  const schemas = document.components.schemas;

  test('the schemas and the document name the same schemas', () => {
    assert.deepEqual(Object.keys(schemaByName).sort(), Object.keys(schemas).sort());
  });

  for (const [name, schema] of Object.entries(schemas)) {
    test(`${name}: has examples, valid for Ajv and valibot`, () => {
      const examples = examplesOf(schema);
      assert.ok(examples.length > 0, `${name} has no example`);
      const validate = ajvFor(name);
      const checker = schemaByName[name];
      assert.ok(checker, `no valibot schema for ${name}`);
      for (const [i, example] of examples.entries()) {
        assert.ok(
          validate(example),
          `${name} example ${i} fails Ajv: ${JSON.stringify(validate.errors, null, 2)}`,
        );
        const parsed: v.SafeParseResult<v.GenericSchema> = v.safeParse(checker, example);
        assert.ok(
          parsed.success,
          `${name} example ${i} fails valibot: ${parsed.success ? '' : v.summarize(parsed.issues)}`,
        );
        // The schema keeps everything the document declares: nothing is stripped from a valid example.
        assert.deepEqual(parsed.output, example, `${name} example ${i} changed by valibot`);
      }
    });
  }
});

describe('media-type and parameter examples', () => {
  test('response examples match their schema (Ajv and valibot)', () => {
    let checked = 0;
    for (const [name, raw] of Object.entries(document.components.responses ?? {})) {
      const response = resolve(raw) as { content?: Record<string, Named> };
      for (const [mediaType, media] of Object.entries(response.content ?? {})) {
        if (!('example' in media)) continue;
        const validate = ajvForInline(media.schema);
        assert.ok(validate(media.example), `${name} ${mediaType}: ${JSON.stringify(validate.errors)}`);
        assert.ok(v.is(componentSchemas.Problem, media.example), `${name}: valibot Problem`);
        checked++;
      }
    }
    assert.ok(checked >= 10, `only ${checked} response examples checked`);
  });

  test('parameter examples match their schema', () => {
    const parameters: Named[] = [];
    for (const item of Object.values(document.paths)) {
      if (Array.isArray(item.parameters)) parameters.push(...(item.parameters as Named[]));
    }
    for (const { operation } of operations()) {
      if (Array.isArray(operation.parameters)) parameters.push(...(operation.parameters as Named[]));
    }
    let checked = 0;
    for (const raw of parameters) {
      const parameter = resolve(raw);
      const values: unknown[] = [];
      if ('example' in parameter) values.push(parameter.example);
      for (const ex of Object.values((parameter.examples as Record<string, Named> | undefined) ?? {})) {
        values.push(ex.value);
      }
      const validate = ajvForInline(parameter.schema);
      for (const value of values) {
        assert.ok(validate(value), `${String(parameter.name)} example ${JSON.stringify(value)}`);
        checked++;
      }
    }
    assert.ok(checked >= 10, `only ${checked} parameter examples checked`);
  });
});

describe('both validators refuse what the document forbids', () => {
  const dossier = (document.components.schemas.Dossier?.examples as Named[])[0] as Named;
  const cases: [string, string, unknown][] = [
    ['Dossier', 'unknown status', { ...dossier, status: 'lost' }],
    ['Dossier', 'missing required member', { ...dossier, events: undefined }],
    ['Dossier', 'id not a uuid', { ...dossier, id: '42' }],
    ['Dossier', 'bad dossier code', { ...dossier, code: 'H56-42' }],
    ['Applicant', 'idNumber not 12 digits', { ...(dossier.applicant as Named), idNumber: '12345' }],
    ['ProcedureSearchResult', 'pageSize over 100', { items: [], total: 0, page: 1, pageSize: 101, facets: { field: [], level: [], onlineLevel: [], agency: [] } }],
    ['AttachedFile', 'over 20 MiB', { uploadId: 'u', fileName: 'a.pdf', contentType: 'application/pdf', size: 20971521, sha256: null, uploadedAt: '2026-11-22T02:10:00Z' }],
    ['AttachedFile', 'type not allowed', { uploadId: 'u', fileName: 'a.gif', contentType: 'image/gif', size: 10, sha256: null, uploadedAt: '2026-11-22T02:10:00Z' }],
    ['Problem', 'status below 400', { type: 'urn:dvc-kit:problem:x', title: 't', status: 200, detail: 'd', code: 'x' }],
    ['CreateDossierRequest', 'unknown member', { procedureCode: '1.001193', extra: true }],
    ['CreateDossierRequest', 'bad procedure code', { procedureCode: '1193' }],
    ['UpdateDossierRequest', 'empty body', {}],
    ['CreateWebhookRequest', 'repeated events', { url: 'https://a.gov.vn/h', events: ['dossier.status_changed', 'dossier.status_changed'] }],
    ['Statistics', 'onTimeRate above 1', { total: 1, byStatus: [], onTimeRate: 1.5, overdue: 0 }],
    ['Health', 'unknown database', { status: 'ok', version: '0.1.0', database: 'sqlite' }],
  ];
  for (const [name, why, value] of cases) {
    test(`${name}: ${why}`, () => {
      const clean = JSON.parse(JSON.stringify(value)) as unknown;
      assert.equal(ajvFor(name)(clean), false, 'Ajv accepted it');
      const schema = schemaByName[name];
      assert.ok(schema, `no valibot schema for ${name}`);
      assert.equal(v.is(schema, clean), false, 'valibot accepted it');
    });
  }
});
