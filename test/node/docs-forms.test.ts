// The forms guide names every widget and every form error code the contract has, so an agency
// writing a definition finds each one explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_ERROR_CODES, FORM_WIDGETS } from '@dvc-kit/spec/forms';
import { GUIDES } from './docs-support.js';

const guide = readFileSync(join(GUIDES, 'forms.md'), 'utf8');
const tableCells = (heading: string) => {
  const section = guide.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  return new Set([...section.matchAll(/^\| (.+?) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([\w-]+)`/g)].map((c) => c[1])));
};

test('the forms guide explains every widget', () => {
  const listed = tableCells('Widgets');
  assert.deepEqual(FORM_WIDGETS.filter((w) => !listed.has(w)), []);
});

test('the forms guide explains every form error code', () => {
  const listed = tableCells('Error codes');
  assert.deepEqual(FORM_ERROR_CODES.filter((c) => !listed.has(c)), []);
});
