#!/usr/bin/env node
// `npm start`: builds what the demo page needs, then runs the sandbox portal on
// http://127.0.0.1:4800 (embedded database in .dvc-sandbox/, no other service needed).
// Extra arguments go to the sandbox CLI: npm start -- --port 4900 --catalog ../shared/data/procedures-national.jsonl
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = 'packages/sandbox/bin/dvc-sandbox.mjs';
if (!existsSync(cli)) {
  console.error('The sandbox is not built yet (packages/sandbox/bin/dvc-sandbox.mjs is missing).');
  process.exit(1);
}

const embedBuild = 'packages/embed/rollup.embed.mjs';
if (existsSync(embedBuild)) {
  console.log('Building the embed bundles for the demo page…');
  const built = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', embedBuild, '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the child through the terminal's process group; just mirror its exit.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
