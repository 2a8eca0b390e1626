#!/usr/bin/env node
// Browser tests in headless Chromium, with a real sandbox portal running beside them so that
// tests can talk to it (its URL reaches the page as window.__DVC_SANDBOX_URL__).
import { spawnSync } from 'node:child_process';
import { startSandboxProcess } from './sandbox-process.mjs';

const sandbox = await startSandboxProcess();
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, DVC_SANDBOX_URL: sandbox.url } },
  );
  status = result.status ?? 1;
} finally {
  await sandbox.stop();
}
process.exit(status);
