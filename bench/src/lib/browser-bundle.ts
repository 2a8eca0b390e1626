import { build } from 'esbuild';
import { REPO } from '../paths.js';

/** Bundles a page script (TypeScript source text importing workspace packages) for Chromium. */
export async function browserBundle(source: string): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: REPO, loader: 'ts', sourcefile: 'page.ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['source'], write: false, logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export const page = (title: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><script type="module" src="/page.js"></script></head><body></body></html>`;
