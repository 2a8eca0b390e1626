// Runs named shell steps one after another, echoing their output, and totals the test counts
// that node:test and web-test-runner print, so `npm test` ends with one honest summary line.
import { spawn } from 'node:child_process';

/** Counts from one step's output: node:test's "ℹ pass N"/"ℹ fail N", web-test-runner's "N passed, N failed". */
export function countTests(output) {
  let passed = 0;
  let failed = 0;
  for (const m of output.matchAll(/^[ℹ#] pass (\d+)$/gm)) passed += Number(m[1]);
  for (const m of output.matchAll(/^[ℹ#] fail (\d+)$/gm)) failed += Number(m[1]);
  // web-test-runner's final line; it repeats progress lines, so only its last summary counts.
  const wtr = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) {
    passed += Number(wtr[1]);
    failed += Number(wtr[2]);
  }
  return { passed, failed };
}

function runStep({ name, command, env }) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n▶ ${name}: ${command}`);
    const child = spawn(command, { shell: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk, stream) => {
      stream.write(chunk);
      output += chunk.toString();
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      resolve({ name, ok: code === 0, seconds, ...countTests(output) });
    });
  });
}

/** Runs every step (a failed step does not stop the others) and exits non-zero if any failed. */
export async function runSteps(steps) {
  const results = [];
  for (const step of steps) results.push(await runStep(step));
  console.log('\nSummary:');
  for (const r of results) {
    const counts = r.passed || r.failed ? ` (${r.passed} passed, ${r.failed} failed)` : '';
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${counts} ${r.seconds}s`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0) + results.filter((r) => !r.ok && !r.failed).length;
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
