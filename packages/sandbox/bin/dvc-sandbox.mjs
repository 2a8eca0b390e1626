#!/usr/bin/env node
// Launcher for the dvc-sandbox CLI. A built package runs dist/cli.js directly; in the repo the
// TypeScript sources run through tsx with the "source" export condition (so workspace packages
// resolve to their src/), in a child Node process because conditions are fixed at start-up.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
const source = new URL('../src/cli.ts', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    console.error('dvc-sandbox: running from source needs tsx (npm install -D tsx), or build the package first.');
    process.exit(1);
  }
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', tsx, fileURLToPath(source), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Pass stop signals on (a terminal's Ctrl-C reaches both processes; the CLI copes with that).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 2 : 1)));
}
