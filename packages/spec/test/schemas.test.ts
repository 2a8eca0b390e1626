// The schemas as their users meet them: through the Standard Schema interface (what the client and
// the sandbox call) and on the formats whose library checks differ most between validators.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import {
  AttachedFileSchema,
  DossierEventSchema,
  DossierFormSchema,
  MeSchema,
  ProblemSchema,
  ProvinceListSchema,
  SaveFormRequestSchema,
  WebhookSubscriptionSchema,
} from '../src/index.js';

const problem = { type: 'urn:dvc-kit:problem:not_found', title: 'Not found', status: 404, detail: 'd', code: 'not_found' };

describe('Standard Schema interface', () => {
  test('validate answers synchronously: the value on success', () => {
    const result = ProblemSchema['~standard'].validate(problem);
    assert.ok(!(result instanceof Promise));
    assert.equal(ProblemSchema['~standard'].version, 1);
    assert.equal(result.issues, undefined);
    assert.deepEqual('value' in result ? result.value : null, problem);
  });

  test('validate answers the issues with a message and a path of keys', () => {
    const result = ProblemSchema['~standard'].validate({ ...problem, status: 200, fieldErrors: [{ path: '/a' }] });
    assert.ok(!(result instanceof Promise) && result.issues);
    const paths = result.issues.map((issue) => (issue.path ?? []).map((s) => (typeof s === 'object' ? s.key : s)));
    assert.deepEqual(paths, [['status'], ['fieldErrors', 0, 'message']]);
    assert.ok(result.issues.every((issue) => issue.message.length > 0));
  });
});

describe('formats and bounds', () => {
  const event = { at: '2026-11-22T08:00:00+07:00', status: 'submitted', actor: 'applicant', note: null, dueAt: null };

  test('date-times need a Z or an offset', () => {
    assert.equal(v.is(DossierEventSchema, event), true);
    assert.equal(v.is(DossierEventSchema, { ...event, at: '2026-11-22T01:00:00.123Z' }), true);
    assert.equal(v.is(DossierEventSchema, { ...event, at: '2026-11-22T08:00:00' }), false);
    assert.equal(v.is(DossierEventSchema, { ...event, at: '2026-11-22' }), false);
    assert.equal(v.is(DossierEventSchema, { ...event, dueAt: 'soon' }), false);
  });

  test('nullable members must be present; optional ones may be left out', () => {
    const { dueAt: _dueAt, ...withoutDue } = event;
    assert.equal(v.is(DossierEventSchema, withoutDue), false);
    const { instance: _instance, ...plain } = { ...problem, instance: '/x' };
    assert.equal(v.is(ProblemSchema, plain), true);
    assert.equal(v.is(ProblemSchema, { ...problem, instance: null }), false);
  });

  test('dates, emails and the 12-digit personal ID number', () => {
    const me = {
      sub: 's', accountType: 'citizen', name: 'Nguyễn Văn A', idNumber: '001203004567', taxCode: null,
      birthDate: '1990-05-17', email: 'a.nguyen@example.vn', phone: null, acr: 'LoA2',
    };
    assert.equal(v.is(MeSchema, me), true);
    assert.equal(v.is(MeSchema, { ...me, birthDate: '17/05/1990' }), false);
    assert.equal(v.is(MeSchema, { ...me, email: 'not-an-email' }), false);
    assert.equal(v.is(MeSchema, { ...me, idNumber: '00120300456' }), false);
    assert.equal(v.is(ProvinceListSchema, { effective: '2025-07-01T00:00:00Z', items: [] }), false);
  });

  test('integers stay integers within their bounds', () => {
    const file = { uploadId: 'u', fileName: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: null, uploadedAt: '2026-11-22T02:10:00Z' };
    assert.equal(v.is(AttachedFileSchema, file), true);
    assert.equal(v.is(AttachedFileSchema, { ...file, size: 10.5 }), false);
    assert.equal(v.is(AttachedFileSchema, { ...file, size: 0 }), false);
    assert.equal(v.is(AttachedFileSchema, { ...file, size: '10' }), false);
    assert.equal(v.is(ProblemSchema, { ...problem, status: 600 }), false);
  });

  test('free-form JSON objects refuse arrays and null, and keep every member', () => {
    const form = { id: 'f', version: 1, data: { applicant: { name: 'A' }, extra: [1] } };
    assert.deepEqual(v.parse(DossierFormSchema, form), form);
    assert.equal(v.is(DossierFormSchema, { ...form, data: [] }), false);
    assert.equal(v.is(SaveFormRequestSchema, { data: null }), false);
    assert.equal(v.is(SaveFormRequestSchema, { data: {}, other: 1 }), false, 'request bodies are strict');
  });

  test('webhook events are not empty and do not repeat', () => {
    const hook = { id: 'w', url: 'https://a.gov.vn/h', events: ['dossier.status_changed'], createdAt: '2026-11-22T08:00:00Z' };
    assert.equal(v.is(WebhookSubscriptionSchema, hook), true);
    assert.equal(v.is(WebhookSubscriptionSchema, { ...hook, events: [] }), false);
    const repeated = v.safeParse(WebhookSubscriptionSchema, { ...hook, events: ['dossier.status_changed', 'dossier.status_changed'] });
    assert.deepEqual(repeated.issues?.map((i) => i.message), ['Events must not repeat']);
  });
});
