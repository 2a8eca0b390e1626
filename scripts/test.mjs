#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to read.
// Set DVC_NODE24=/path/to/node (CI does) to run the Node-side tests on Node 24 as well.
import { existsSync } from 'node:fs';
import { runSteps } from './run-steps.mjs';

const node24 = process.env.DVC_NODE24;
const steps = [
  { name: 'typecheck', command: 'tsc -p tsconfig.json --noEmit' },
  { name: 'lint', command: 'eslint --max-warnings 0 .' },
  // Before the Node tests: the packaging and manifest checks read dist/, and building it inside
  // them while other test files run in parallel raced (seen once in CI).
  { name: 'build', command: 'rollup -c --silent' },
  { name: 'node tests', command: 'node scripts/node-tests.mjs' },
  ...(node24 && existsSync(node24)
    ? [
        {
          // The product's own tests and the client against the sandbox; the docs and packaging
          // checks exercise tools, not the runtime, and run once above.
          name: `node tests on ${node24}`,
          command: `"${node24}" scripts/node-tests.mjs packages/ test/node/client-`,
        },
      ]
    : []),
  { name: 'browser tests', command: 'node scripts/browser-tests.mjs' },
  { name: 'storybook build', command: 'storybook build --quiet -o storybook-static', env: { STORYBOOK_DISABLE_TELEMETRY: '1' } },
  { name: 'storybook stories render', command: 'node --conditions=source --import tsx --test test/e2e/storybook.test.ts' },
  { name: 'reliability', command: 'node --conditions=source --import tsx --test --test-concurrency=2 test/reliability/*.test.ts' },
  { name: 'end-to-end journeys', command: 'node --conditions=source --import tsx --test test/e2e/journey.test.ts' },
  { name: 'api docs', command: 'typedoc' },
];
await runSteps(steps);
