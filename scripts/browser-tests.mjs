#!/usr/bin/env node
// Browser tests in headless Chromium, with a real sandbox portal running beside them so that
// tests can talk to it (its URL reaches the page as window.__DVC_SANDBOX_URL__).
import { spawnSync } from 'node:child_process';
import { findFiles } from './find-files.mjs';
import { startSandboxProcess } from './sandbox-process.mjs';

// Arguments pick files as the Node tests' do: a glob passes through to the runner as it is, and a
// plain path part (`payment`, `packages/elements/src/controllers`) means every browser test file
// whose path contains it, as the README says.
const isBrowserTest = (path) =>
  path.endsWith('.test.ts') && (/^packages\/[^/]+\/src\//.test(path) || path.startsWith('test/browser/'));
const picked = process.argv.slice(2).flatMap((arg) => {
  if (arg.startsWith('-') || /[*?{[]/.test(arg)) return [arg];
  const files = findFiles('.', (path) => isBrowserTest(path.replace(/^\.\//, '')) && path.includes(arg));
  if (files.length === 0) throw new Error(`no browser test file's path contains "${arg}"`);
  return files;
});

const sandbox = await startSandboxProcess();
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...picked],
    { stdio: 'inherit', env: { ...process.env, DVC_SANDBOX_URL: sandbox.url } },
  );
  status = result.status ?? 1;
} finally {
  await sandbox.stop();
}
process.exit(status);
