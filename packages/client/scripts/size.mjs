#!/usr/bin/env node
// Measures what each browser entry of @dvc-kit/client costs a page: esbuild
// --bundle --minify --format=esm (browser platform, "source" condition so the
// workspace's TypeScript is used), then gzip -9. The core client is the
// number to watch; `--json` prints machine-readable output.
// Usage: node packages/client/scripts/size.mjs [--json]
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = {
  '@dvc-kit/client': 'src/index.ts',
  '@dvc-kit/client/auth': 'src/auth/index.ts',
  '@dvc-kit/client/uploads': 'src/uploads/index.ts',
  '@dvc-kit/client/text': 'src/text/index.ts',
  '@dvc-kit/client/forms': 'src/forms/index.ts',
};

const results = [];
for (const [name, entry] of Object.entries(entries)) {
  const out = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  results.push({ name, minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.name.padEnd(26)} ${(r.minBytes / 1024).toFixed(1).padStart(7)} KiB min  ${(r.gzipBytes / 1024).toFixed(1).padStart(6)} KiB min+gzip`);
  }
}
