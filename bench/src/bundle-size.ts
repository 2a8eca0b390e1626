/**
 * Figure 1, bundle size: what each piece of dvc-kit costs a page (minified, then gzip -9 and
 * brotli q11), beside peers installed as dev dependencies of the bench only (bench/node_modules),
 * each bundled the same way. Ratio: against lit alone, the floor every Lit element pays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { saveFigure, type Bar } from './lib/figure.js';
import { kb, ratio } from './lib/stats.js';
import { REPO } from './paths.js';
import { ensureEmbedBuilt } from './embed-build.js';

interface Measured { name: string; group: string; min: number; gzip: number; brotli: number; note: string }

const gzip = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;
const brotli = (b: Uint8Array) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

function measure(name: string, group: string, files: Uint8Array[], note: string): Measured {
  // Files are fetched separately, so each is compressed on its own and the sizes summed.
  return {
    name, group, note,
    min: files.reduce((s, f) => s + f.length, 0),
    gzip: files.reduce((s, f) => s + gzip(f), 0),
    brotli: files.reduce((s, f) => s + brotli(f), 0),
  };
}

/** esbuild bundle of a tiny entry module, resolved from a given folder; CSS (if any) counted too. */
async function bundle(source: string, resolveDir: string, css: string[] = []): Promise<Uint8Array[]> {
  const out = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['source'], write: false, logLevel: 'silent', legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = out.outputFiles.map((f) => f.contents);
  const styles = css.map((file) => new Uint8Array(readFileSync(join(resolveDir, 'node_modules', file))));
  return [...js, ...styles];
}

async function main(): Promise<void> {
  const { dir, manifest } = ensureEmbedBuilt();
  const file = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const rows: Measured[] = [];

  rows.push(measure('dvc-kit loader (dvc-kit.js)', 'dvc-kit', [file(manifest.loader.file)], 'the one script tag'));
  for (const [tag, entry] of Object.entries(manifest.elements).sort()) {
    const files = [entry.entry.file, ...entry.imports.map((i) => i.file)];
    rows.push(measure(`<${tag}> alone`, 'dvc-kit', files.map(file), `entry + every chunk it imports (base included: ${manifest.base.file})`));
  }
  rows.push(measure('dvc-kit full bundle (dvc-kit.full.js)', 'dvc-kit', [file(manifest.full.file)], 'every element in one file'));
  const bench = join(REPO, 'bench');
  rows.push(measure('@dvc-kit/client (createPortalClient)', 'dvc-kit',
    await bundle(`export { createPortalClient } from '@dvc-kit/client';`, REPO), 'core client: middleware + valibot schemas'));
  rows.push(measure('@dvc-kit/client/uploads (tus)', 'dvc-kit',
    await bundle(`export { createUploader } from '@dvc-kit/client/uploads';`, REPO), 'tus-js-client + SHA-256'));
  rows.push(measure('@dvc-kit/client/auth (OIDC + PKCE)', 'dvc-kit',
    await bundle(`export * from '@dvc-kit/client/auth';`, REPO), 'oauth4webapi'));

  rows.push(measure('lit (LitElement, html, css)', 'peers', await bundle(`export * from 'lit';`, bench), 'the floor: any Lit element pays this'));
  rows.push(measure('sgds-web-component: file upload + combobox', 'peers', await bundle(
    `import '@govtechsg/sgds-web-component/components/FileUpload/index.js';
     import '@govtechsg/sgds-web-component/components/ComboBox/index.js';`, bench), 'the two components only (self-registering modules)'));
  rows.push(measure('@uppy/core + @uppy/dashboard + @uppy/tus', 'peers', await bundle(
    `import Uppy from '@uppy/core'; import Dashboard from '@uppy/dashboard'; import Tus from '@uppy/tus';
     export const make = (target: string) => new Uppy().use(Dashboard, { inline: true, target }).use(Tus, { endpoint: '/files' });`,
    bench, ['@uppy/core/dist/style.min.css', '@uppy/dashboard/dist/style.min.css']), 'JS + the two stylesheets Dashboard needs'));
  rows.push(measure('accessible-autocomplete', 'peers', await bundle(
    `export { default } from 'accessible-autocomplete';`, bench, ['accessible-autocomplete/dist/accessible-autocomplete.min.css']), 'JS + its stylesheet'));
  rows.push(measure('oidc-client-ts (UserManager)', 'peers', await bundle(
    `export { UserManager } from 'oidc-client-ts';`, bench), 'compare with @dvc-kit/client/auth'));

  const floor = rows.find((r) => r.name.startsWith('lit '))!;
  const find = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!;
  const search = find('<dvc-procedure-search>');
  const upload = find('<dvc-dossier-upload>');
  const full = find('dvc-kit full');
  const bars: Bar[] = rows.map((r) => ({ label: r.name, value: r.gzip / 1024, group: r.group, baseline: r === floor }));
  saveFigure({
    id: 'bundle-size', order: 1, title: 'Bundle size, min+gzip',
    columns: ['What', 'min KB', 'gzip KB', 'brotli KB', '× lit (gzip)', 'Counted'],
    rows: rows.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli), ratio(r.gzip / floor.gzip), r.note]),
    headline: `full kit ${ratio(full.gzip / floor.gzip)} lit; <dvc-procedure-search> alone ${ratio(search.gzip / floor.gzip)}; loader ${kb(rows[0]!.gzip)} KB gzip`,
    chart: { unit: 'KB, min+gzip -9', bars },
    method: [
      'dvc-kit rows are the files `rollup -c packages/embed/rollup.embed.mjs` writes to `packages/embed/dist` (built first if stale), read from its `manifest.json`: an element counts its entry chunk and every chunk it imports, the shared base chunk (Lit, the client, valibot schemas) included, i.e. what a page that uses only that tag downloads after the loader. The client rows and every peer are bundled here with esbuild (`--bundle --minify`, ESM, browser, es2022, `source` condition) from a one-line entry importing just that piece; peers resolve from `bench/node_modules` (dev dependencies of the bench only, never of the product).',
      'Each file is compressed on its own (gzip level 9, brotli quality 11) and the sizes summed, since a browser fetches them separately. Peers whose components need a stylesheet (Uppy Dashboard, accessible-autocomplete) count it; dvc-kit and sgds carry their styles inside the JS.',
      `Ratio: gzip bytes against \`lit\` alone (${kb(floor.gzip)} KB), the floor under any Lit-based element. Same-purpose pairs: \`<dvc-procedure-search>\` vs accessible-autocomplete and the sgds combobox; \`<dvc-dossier-upload>\` vs Uppy; \`@dvc-kit/client/auth\` vs oidc-client-ts.`,
    ].join('\n\n'),
    gaps: [
      { what: '<dvc-dossier-upload> alone vs @uppy/core+dashboard+tus (gzip KB)', ours: upload.gzip / 1024, best: find('@uppy').gzip / 1024, unit: 'KB', lowerIsBetter: true,
        remedy: 'Split the dossier-upload styles chunk it shares with status/payment, and load tus-js-client only when the first file is picked.' },
      { what: '<dvc-procedure-search> alone vs accessible-autocomplete (gzip KB)', ours: search.gzip / 1024, best: find('accessible').gzip / 1024, unit: 'KB', lowerIsBetter: true,
        remedy: 'The search pays the whole base chunk (Lit + the full client + every valibot schema). Give the base chunk only the procedures schemas and load the dossier/payment schemas with their elements; load <dvc-procedure-detail> on first open instead of with the search.' },
      { what: '@dvc-kit/client/auth vs oidc-client-ts (gzip KB)', ours: find('@dvc-kit/client/auth').gzip / 1024, best: find('oidc').gzip / 1024, unit: 'KB', lowerIsBetter: true,
        remedy: 'Already smaller; nothing to close.' },
    ],
  });
  for (const r of rows) console.log(`  ${r.name.padEnd(48)} ${kb(r.gzip).padStart(7)} KB gzip  ${kb(r.brotli).padStart(7)} KB br`);
}

await main();
