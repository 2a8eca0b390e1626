// The reference parts of the guides are generated from the code (see docs-reference-support.ts)
// and must be current; the hand-written parts must cover every code, tag and guide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROBLEM_CODES } from '@dvc-kit/spec';
import { REPO } from './packaging-support.js';
import { DOCS, GUIDES, docFiles } from './docs-support.js';
import { generatedBlockNames, refreshGenerated } from './docs-reference-support.js';

const update = process.env.DVC_UPDATE_DOCS === '1';
const read = (name: string) => readFileSync(join(GUIDES, name), 'utf8');

test('generated reference blocks are current', async () => {
  const stale: string[] = [];
  for (const file of docFiles()) {
    const text = readFileSync(file, 'utf8');
    const fresh = await refreshGenerated(text);
    if (fresh === text) continue;
    if (update) writeFileSync(file, fresh);
    else stale.push(file.replace(`${REPO}/`, ''));
  }
  assert.deepEqual(stale, [], 'stale generated blocks: run DVC_UPDATE_DOCS=1 node scripts/node-tests.mjs docs-reference');
});

test('each reference lives in its guide', () => {
  const expected: Record<string, string[]> = {
    'events.md': ['events'],
    'theming.md': ['tokens', 'parts'],
    'configuration.md': ['attributes'],
    'troubleshooting.md': ['problems'],
    'sandbox.md': ['sandbox-help', 'test-accounts'],
  };
  for (const [file, blocks] of Object.entries(expected)) {
    assert.ok(existsSync(join(GUIDES, file)), `docs/guides/${file} exists`);
    const names = generatedBlockNames(read(file));
    for (const block of blocks) assert.ok(names.includes(block), `docs/guides/${file} has the generated ${block} block`);
  }
});

test('troubleshooting explains every error code a user can meet', async () => {
  const text = read('troubleshooting.md');
  const clientCodes = ['network', 'timeout', 'aborted', 'invalid_response', 'http_error'];
  const { AUTH_ERROR_CODES } = await authCodes();
  const missing = [...PROBLEM_CODES, ...clientCodes, ...AUTH_ERROR_CODES].filter(
    (code) => !new RegExp(`^#{2,4} .*\`${code}\``, 'm').test(text),
  );
  assert.deepEqual(missing, [], 'each code needs a heading like ### `code` with what to do');
});

test('the home page links every guide, and every guide has a title', () => {
  const index = readFileSync(join(DOCS, 'index.md'), 'utf8');
  for (const file of docFiles().filter((f) => f.startsWith(GUIDES))) {
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^---\ntitle: .+\n/, `${basename(file)} starts with front matter naming its title`);
    assert.ok(index.includes(`guides/${basename(file)}`), `docs/index.md links guides/${basename(file)}`);
  }
});

test('typedoc includes every guide in the order the home page lists them, and every other page it links', () => {
  const config = JSON.parse(readFileSync(join(REPO, 'typedoc.json'), 'utf8')) as { projectDocuments: string[]; readme: string };
  assert.equal(config.readme, 'docs/index.md');
  const index = readFileSync(join(DOCS, 'index.md'), 'utf8');
  const linked = [...new Set([...index.matchAll(/\]\(\.\/([\w/-]+\.md)\)/g)].map((m) => `docs/${m[1]}`))];
  const guides = linked.filter((p) => p.startsWith('docs/guides/'));
  assert.deepEqual(config.projectDocuments.filter((p) => p.startsWith('docs/guides/')), guides);
  assert.deepEqual([...config.projectDocuments].sort(), [...linked].sort(), 'every page the home page links is in the site');
  for (const page of config.projectDocuments) assert.ok(existsSync(join(REPO, page)), `${page} exists`);
});

async function authCodes(): Promise<{ AUTH_ERROR_CODES: string[] }> {
  // The element's stable sign-in failure codes (AuthErrorCode), read from its source.
  const source = readFileSync(join(REPO, 'packages/elements/src/base/events.ts'), 'utf8');
  const union = source.match(/export type AuthErrorCode\s*=([^;]+);/)?.[1] ?? '';
  return { AUTH_ERROR_CODES: [...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!) };
}
