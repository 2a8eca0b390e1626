// Browser tests run in the machine's own Chromium: no test tool may download a browser here.
import { existsSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { sandboxSignInPlugin } from './scripts/wtr-sandbox-sign-in.mjs';
import { sandboxPopupPlugin } from './scripts/wtr-sandbox-popup.mjs';

// tus-js-client imports CommonJS packages (url-parse, js-base64), which the dev server cannot
// serve as ES modules: serve the one module the kit imports from it (see
// packages/client/src/uploads/tus-upload.ts) pre-bundled by esbuild instead, built once per run.
const TUS_UPLOAD = 'tus-js-client/lib/upload.js';
const TUS_UPLOAD_PATH = '/__prebundled__/tus-upload.js';
let tusBundle;
const prebundle = {
  name: 'prebundle-cjs-deps',
  resolveImport: ({ source }) => (source === TUS_UPLOAD ? TUS_UPLOAD_PATH : undefined),
  async serve(context) {
    if (context.path !== TUS_UPLOAD_PATH) return undefined;
    tusBundle ??= build({
      entryPoints: [TUS_UPLOAD], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
    }).then((r) => r.outputFiles[0].text);
    return { body: await tusBundle, type: 'js' };
  },
};

// A JSON file a module imports (the forms fixtures import the sandbox's seed forms) is served as a
// module exporting it, as Vite does for the stories; fetch() of a JSON file still gets the JSON.
const importedJson = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  resolveMimeType: (context) => (importedJson(context) ? 'js' : undefined),
  transform: (context) => (importedJson(context) ? { body: `export default ${context.body};` } : undefined),
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it (Debian: "apt-get install -y chromium") ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // browser: true honours package.json "browser" maps (tus-js-client's browser build).
  nodeResolve: { browser: true, exportConditions: ['source', 'browser'] },
  plugins: [prebundle, jsonModules, sandboxSignInPlugin, sandboxPopupPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
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
