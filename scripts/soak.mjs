#!/usr/bin/env node
// `npm run soak`: the reliability suite at full strength, then the load figures.
//  1. test/reliability/*.test.ts with RELIABILITY_SOAK=1 (fuzzing runs x25-50, load 20 s per
//     endpoint) and RELIABILITY_KILL_ROUNDS journeys of SIGKILLs (default 5);
//  2. autocannon against the real CLI with the real catalog (../shared/data), printing the table
//     docs/reliability.md quotes.
// Env: RELIABILITY_SEED=n replays a failing seed; SOAK_LOAD_SECONDS, SOAK_CONNECTIONS, RELIABILITY_KILL_ROUNDS.
import { readdirSync } from 'node:fs';
import { runSteps } from './run-steps.mjs';

const tests = readdirSync('test/reliability')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/reliability/${f}`)
  .join(' ');
const seconds = process.env.SOAK_LOAD_SECONDS ?? '20';
const connections = process.env.SOAK_CONNECTIONS ?? '10';

await runSteps([
  {
    name: 'reliability (soak)',
    command: `node --conditions=source --import tsx --test --test-concurrency=1 --test-timeout=1800000 ${tests}`,
    env: { RELIABILITY_SOAK: '1', RELIABILITY_KILL_ROUNDS: process.env.RELIABILITY_KILL_ROUNDS ?? '5' },
  },
  {
    name: `load (${seconds} s per endpoint, ${connections} connections, real catalog)`,
    command: `node --conditions=source --import tsx test/reliability/support/load-report.ts ${seconds} ${connections}`,
  },
]);
