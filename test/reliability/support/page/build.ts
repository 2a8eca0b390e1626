// Bundles support/page/entry.ts (the elements from source) with esbuild and serves it with a
// test page on loopback, so a real Chromium can run the elements.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serveFolder, type StaticServer } from '../../../support/static-server.js';

export interface ReliabilityPage extends StaticServer {
  /** The page URL with `body` (HTML) in it. */
  page(name: string, body: string): Promise<string>;
}

export async function servePage(): Promise<ReliabilityPage> {
  const dir = await mkdtemp(join(tmpdir(), 'dvc-reliability-page-'));
  await build({
    entryPoints: [join(import.meta.dirname, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    outfile: join(dir, 'bundle.js'),
    logLevel: 'silent',
    tsconfig: join(import.meta.dirname, '../../../../tsconfig.base.json'),
  });
  const server = await serveFolder(dir, { 'cache-control': 'no-store' });
  return {
    ...server,
    async page(name, body) {
      await writeFile(join(dir, `${name}.html`), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/bundle.js"></script></head><body>${body}</body></html>`);
      return `${server.url}/${name}.html`;
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
