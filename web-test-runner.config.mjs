// Browser tests run in the machine's own Chromium: no test tool may download a browser here.
import { existsSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it (Debian: "apt-get install -y chromium") ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  concurrency: 1,
  // Tests that talk to the running sandbox read its URL from here (scripts/browser-tests.mjs starts it).
  testRunnerHtml: (testFramework) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>
    <script>window.__DVC_SANDBOX_URL__ = ${JSON.stringify(process.env.DVC_SANDBOX_URL ?? '')};</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
      },
    }),
  ],
};
