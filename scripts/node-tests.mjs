#!/usr/bin/env node
// Runs every Node-side test through tsx with the "source" export condition, so workspace
// packages resolve to their TypeScript sources. Browser tests (*.test.ts under src/ or
// test/browser/) belong to web-test-runner and are left out here.
// Usage: node scripts/node-tests.mjs [substring ...]   (only files whose path contains one)
import { spawnSync } from 'node:child_process';
import { findFiles } from './find-files.mjs';

const isNodeTest = (p) =>
  p.endsWith('.test.ts') && (/^packages\/[^/]+\/test\//.test(p) || p.startsWith('test/node/'));
const files = findFiles('.', (p) => isNodeTest(p.replace(/^\.\//, '')));
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (selected.length === 0) {
  console.error('node-tests: no test files matched');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', ...selected],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
