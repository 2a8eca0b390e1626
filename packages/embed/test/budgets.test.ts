import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { EMBED, ensureBuilt, type Built } from './support/built.js';
import { gzipBytes, ownBytes } from './support/sizes.js';

interface Budgets {
  loader: number;
  base: number;
  full: number;
  elements: Record<string, number>;
  parts: Record<string, number>;
}

const budgets = JSON.parse(readFileSync(join(EMBED, 'budgets.json'), 'utf8')) as Budgets;
let built: Built;

before(() => {
  built = ensureBuilt();
});

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

function within(name: string, actual: number, budget: number | undefined): void {
  assert.ok(budget !== undefined, `budgets.json has no budget for ${name}`);
  console.log(`  ${name}: ${kb(actual)} of ${kb(budget)}`);
  assert.ok(actual <= budget, `${name} is ${actual} B min+gzip, over its budget of ${budget} B (packages/embed/budgets.json)`);
}

test('the loader stays within its budget', () => {
  within('loader', gzipBytes(built.dir, built.manifest.loader.file), budgets.loader);
});

test('the base chunk every element shares stays within its budget', () => {
  within('base', gzipBytes(built.dir, built.manifest.base.file), budgets.base);
});

test('each element adds no more than its budget on top of the base chunk', () => {
  const tags = Object.keys(built.manifest.elements);
  assert.ok(tags.includes('dvc-procedure-search'), 'the build has no <dvc-procedure-search>');
  for (const tag of tags) {
    within(tag, ownBytes(built.dir, built.manifest, built.manifest.elements[tag]!), budgets.elements[tag] ?? budgets.elements['*']);
  }
});

test('each lazily loaded part stays within its budget', () => {
  for (const [name, entry] of Object.entries(built.manifest.parts)) {
    within(`part ${name}`, ownBytes(built.dir, built.manifest, entry), budgets.parts[name]);
  }
});

test('the whole kit in one file stays within its budget', () => {
  within('full bundle', gzipBytes(built.dir, built.manifest.full.file), budgets.full);
});

test('every budget names something the build still has', () => {
  const known = new Set([...Object.keys(built.manifest.elements), '*']);
  for (const tag of Object.keys(budgets.elements)) assert.ok(known.has(tag), `budgets.json names <${tag}>, which the kit no longer builds`);
  for (const name of Object.keys(budgets.parts)) assert.ok(name in built.manifest.parts, `budgets.json names part "${name}", which the kit no longer builds`);
});
