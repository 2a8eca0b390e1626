#!/usr/bin/env node
// Launcher for the dvc-sandbox CLI. In the repo (src/ present) the TypeScript sources run through
// tsx with the "source" export condition, so workspace packages resolve to their src/ and a stale
// build never shadows an edit; this needs a child Node process because conditions are fixed at
// start-up. A published package (no src/) runs its built dist/cli.js directly.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/cli.ts', import.meta.url);
const built = new URL('../dist/cli.js', import.meta.url);

function tsxLoader() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return null;
  }
}

const tsx = existsSync(source) ? tsxLoader() : null;
if (tsx) {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', tsx, fileURLToPath(source), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Pass stop signals on (a terminal's Ctrl-C reaches both processes; the CLI copes with that).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
} else if (existsSync(built)) {
  await import(built.href);
} else {
  console.error('dvc-sandbox: nothing to run: build the package (dist/cli.js), or install tsx to run from src/.');
  process.exit(1);
}
