#!/usr/bin/env node
// `npm run bench` (not part of `npm test`): measures dvc-kit against baselines taken in the same
// run and writes docs/benchmarks.md + docs/benchmarks/*.svg. Figures (bench/src/):
//   bundle-size     1. min+gzip/brotli of the embed and client vs peers (bench/ dev dependencies)
//   upload          3. 200 MiB through the client's tus uploader vs one raw PUT, peak JS heap
//   search-latency  2. sandbox search p50/p95/p99, 2,642 and ~92k procedures, PGlite and PostgreSQL
//   search-render   2. keystroke to rendered suggestions in Chromium, 4x CPU
//   client-overhead 4. full client vs raw fetch + JSON.parse, Node and Chromium
//   embed-tti       5. time to interactive search, loader vs full bundle, cold/warm, 4x CPU + Slow 3G
// Each runs as its own process (tsx, "source" condition) with a time limit; results are JSON in
// a temp folder, then bench/src/report.ts writes the page. `--only a,b` reruns some figures and
// keeps the previous run's others. Env: BENCH_DATABASE_URL, BENCH_EMBED_RUNS, CHROME_PATH.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startSandboxProcess } from './sandbox-process.mjs';

const STEPS = [
  { name: 'bundle-size', limit: 180 },
  { name: 'upload', limit: 240 },
  { name: 'search-latency', limit: 720 },
  { name: 'search-render', limit: 240, sandbox: true },
  { name: 'client-overhead', limit: 180, sandbox: true },
  { name: 'embed-tti', limit: 420, sandbox: true },
];
const CATALOG = '../shared/data/procedures-national.jsonl';
const started = Date.now();
const seconds = () => (Date.now() - started) / 1000;
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(process.argv[onlyIndex + 1].split(',')) : null;
for (const name of only ?? []) if (!STEPS.some((s) => s.name === name)) throw new Error(`bench: no figure "${name}" (${STEPS.map((s) => s.name).join(', ')})`);

if (!existsSync(CATALOG)) {
  console.error(`bench: the real catalog is missing at ${CATALOG} (run from the repo root, with ../shared/data present)`);
  process.exit(1);
}
if (!existsSync('bench/node_modules/lit')) {
  console.log('bench: installing the peers compared in figure 1 into bench/node_modules ...');
  execFileSync('npm', ['install', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

const out = join(tmpdir(), 'dvc-kit-bench-results');
if (!only) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return `${cmd}: unknown`;
  }
}

function runStep(step, env) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n== ${step.name} (limit ${step.limit} s) ==`);
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', `bench/src/${step.name}.ts`, '--out', out], {
      stdio: 'inherit', env: { ...process.env, ...env },
    });
    const timer = setTimeout(() => {
      console.error(`bench: ${step.name} passed its ${step.limit} s limit; stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
    }, step.limit * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ name: step.name, seconds: (Date.now() - t0) / 1000, ok: code === 0 });
    });
  });
}

const context = {
  started: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: version(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version']),
  postgres: version('psql', ['--version']),
  loadBefore: load(),
  steps: [],
};

let sandbox;
try {
  for (const step of STEPS) {
    if (only && !only.has(step.name)) continue;
    let env = {};
    if (step.sandbox) {
      if (!sandbox) {
        console.log('\n== starting a sandbox with the real catalog (PGlite) for the browser figures ==');
        // --rate-limit 0: the figures measure the sandbox, not its per-client limit.
        sandbox = await startSandboxProcess(['--catalog', CATALOG, '--rate-limit', '0']);
      }
      env = { BENCH_SANDBOX_URL: sandbox.url };
    }
    context.steps.push(await runStep(step, env));
  }
} finally {
  await sandbox?.stop();
}

context.loadAfter = load();
context.totalSeconds = seconds();
const contextFile = join(out, 'context.json');
if (only && existsSync(contextFile)) {
  // A partial rerun: keep the previous run's record of the figures not rerun, and say so.
  const previous = JSON.parse(readFileSync(contextFile, 'utf8'));
  const kept = (previous.steps ?? []).filter((s) => !only.has(s.name));
  context.steps = STEPS.map((s) => context.steps.find((r) => r.name === s.name) ?? kept.find((k) => k.name === s.name)).filter(Boolean);
  const firstRun = previous.firstRun ?? previous.started;
  context.firstRun = firstRun;
  context.started = `${firstRun} (full run; rerun ${context.started} of ${[...only].join(', ')})`;
  context.totalSeconds = context.steps.reduce((sum, s) => sum + s.seconds, 0);
}
writeFileSync(contextFile, JSON.stringify(context, null, 2));
execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'bench/src/report.ts', '--out', out, '--context', contextFile], { stdio: 'inherit' });

const failed = context.steps.filter((s) => !s.ok);
console.log(`\nbench: ${context.steps.length - failed.length} of ${context.steps.length} figures in ${Math.round(seconds())} s; results in ${out}; ${readdirSync(out).length - 1} figure files`);
if (failed.length) {
  console.error(`bench: failed: ${failed.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
