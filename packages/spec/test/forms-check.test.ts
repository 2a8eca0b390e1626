// checkForm(): standard JSON Schema 2020-12 errors and the x-dvc-* checks, one error per answer,
// each with a pointer, a stable code and a vi/en message; and no code generation from strings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { checkForm } from '../src/forms/index.js';

const now = new Date('2026-11-22T03:00:00Z');

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['child', 'mother', 'relationship', 'phone'],
  properties: {
    child: {
      type: 'object',
      required: ['fullName', 'birthDate', 'sex'],
      properties: {
        fullName: { type: 'string', minLength: 1, maxLength: 100 },
        birthDate: { type: 'string', 'x-dvc-format': 'date', 'x-dvc-not-future': true },
        sex: { enum: ['male', 'female'] },
      },
    },
    mother: { $ref: '#/$defs/person' },
    relationship: { enum: ['mother', 'father', 'other'] },
    relationshipOther: { type: 'string', minLength: 1 },
    phone: { type: 'string', 'x-dvc-format': 'phone' },
    taxCode: { type: 'string', 'x-dvc-format': 'tax-code' },
    siblings: { type: 'array', maxItems: 2, items: { $ref: '#/$defs/person' } },
  },
  if: { properties: { relationship: { const: 'other' } }, required: ['relationship'] },
  then: { required: ['relationshipOther'] },
  $defs: {
    person: {
      type: 'object',
      required: ['fullName', 'idNumber'],
      'x-dvc-person': { idNumber: 'idNumber', birthDate: 'birthDate', sex: 'sex' },
      properties: {
        fullName: { type: 'string', minLength: 1 },
        idNumber: {
          type: 'string',
          pattern: '^[0-9]{12}$',
          'x-dvc-format': 'personal-id',
          'x-dvc-messages': { pattern: { vi: 'Nhập 12 chữ số.', en: 'Enter 12 digits.' } },
        },
        birthDate: { type: 'string', 'x-dvc-format': 'date', 'x-dvc-not-future': true },
        sex: { enum: ['male', 'female'] },
      },
    },
  },
  examples: [{
    child: { fullName: 'Nguyễn Minh Khang', birthDate: '2026-11-02', sex: 'male' },
    mother: { fullName: 'Lê Thị Hoa', idNumber: '038190001234', birthDate: '1990-05-14', sex: 'female' },
    relationship: 'mother',
    phone: '0912 345 678',
    taxCode: '038190001234',
  }],
};

describe('checkForm', () => {
  test('the schema example is complete and valid', () => {
    assert.deepEqual(checkForm(schema, schema.examples[0], { now }), []);
  });

  test('an empty form lists every missing required answer by pointer', () => {
    const errors = checkForm(schema, {}, { now });
    assert.deepEqual(errors.map((e) => [e.pointer, e.code]), [
      ['/child', 'required'], ['/mother', 'required'], ['/relationship', 'required'], ['/phone', 'required'],
    ]);
    assert.equal(errors[0]?.message.vi, 'Vui lòng nhập mục này.');
    assert.equal(errors[0]?.message.en, 'Enter this answer.');
  });

  test('each wrong answer gets one error with its own code, the specific check before the generic one', () => {
    const errors = checkForm(schema, {
      child: { fullName: '', birthDate: '2026-12-25', sex: 'boy' },
      mother: { fullName: 'Lê Thị Hoa', idNumber: '003190001234', birthDate: '1990-05-14', sex: 'female' },
      relationship: 'other',
      phone: '0112345678',
      taxCode: '0100109107',
      siblings: [
        { fullName: 'Nguyễn Văn Bình', idNumber: '038090001234', birthDate: '1991-01-01', sex: 'male' },
        { fullName: 'Nguyễn Thị Lan', idNumber: '038190001234', sex: 'male' },
        { fullName: 'Nguyễn Văn Cường', idNumber: '12345' },
      ],
      extra: true,
    }, { now });
    const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e.code]));
    assert.deepEqual(byPointer, {
      '/child/fullName': 'too_short',
      '/child/birthDate': 'date_in_future',
      '/child/sex': 'choice',
      '/mother/idNumber': 'id_number_province',
      '/relationshipOther': 'required',
      '/phone': 'phone_invalid',
      '/taxCode': 'tax_code_check_digit',
      '/siblings': 'too_many',
      '/siblings/0/idNumber': 'id_number_birth_year',
      '/siblings/1/idNumber': 'id_number_sex',
      '/siblings/2/idNumber': 'id_number_format',
      '/extra': 'not_allowed',
    }, JSON.stringify(errors, null, 1));
  });

  test('a conditional answer is required only when its condition holds', () => {
    const base = schema.examples[0]!;
    assert.deepEqual(checkForm(schema, { ...base, relationship: 'other' }, { now }).map((e) => e.pointer), ['/relationshipOther']);
    assert.deepEqual(checkForm(schema, { ...base, relationship: 'other', relationshipOther: 'Bà nội' }, { now }), []);
  });

  test('limits appear in the messages; an author may word a code itself', () => {
    const long = checkForm(schema, { ...schema.examples[0], child: { fullName: 'x'.repeat(101), birthDate: '02/11/2026', sex: 'male' } }, { now });
    assert.equal(long[0]?.code, 'too_long');
    assert.equal(long[0]?.message.en, 'Use at most 100 characters.');
    const authored = checkForm({ type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{12}$', 'x-dvc-messages': { pattern: { vi: 'Nhập 12 chữ số.', en: 'Enter 12 digits.' } } } } }, { id: 'abc' });
    assert.deepEqual(authored.map((e) => [e.pointer, e.code, e.message.en]), [['/id', 'pattern', 'Enter 12 digits.']]);
  });

  test('dates in the future are judged by Vietnam\'s calendar day', () => {
    const dateSchema = { type: 'object', properties: { d: { type: 'string', 'x-dvc-format': 'date', 'x-dvc-not-future': true } } };
    // 23:30 in Hà Nội on 22/11 is still 16:30 UTC: 22/11 is today there, 23/11 is not.
    const late = new Date('2026-11-22T16:30:00Z');
    assert.deepEqual(checkForm(dateSchema, { d: '22/11/2026' }, { now: late }), []);
    assert.equal(checkForm(dateSchema, { d: '23/11/2026' }, { now: late })[0]?.code, 'date_in_future');
    assert.equal(checkForm(dateSchema, { d: '31/11/2026' }, { now: late })[0]?.code, 'date_invalid');
  });

  test('answers that are not an object are one error for the whole form', () => {
    assert.deepEqual(checkForm(schema, [1, 2]).map((e) => [e.pointer, e.code]), [['', 'type']]);
  });

  test('runs with code generation from strings disabled (as under a CSP without unsafe-eval)', () => {
    const script = `
      import { checkForm } from ${JSON.stringify(fileURLToPath(new URL('../src/forms/index.ts', import.meta.url)))};
      let refused = false;
      try { new Function('return 1'); } catch { refused = true; }
      const errors = checkForm({ type: 'object', required: ['a'], properties: { a: { type: 'string', 'x-dvc-format': 'phone' } } }, { a: '0112345678' });
      console.log(JSON.stringify({ refused, codes: errors.map((e) => e.code) }));`;
    const result = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}'), { refused: true, codes: ['phone_invalid'] });
  });
});
