// The script-tag build, run from the repo root: rollup -c packages/embed/rollup.embed.mjs
// (scripts/start.mjs does it before starting the sandbox). Three builds, in this order:
//   1. element chunks: one ES entry per tag (the element's define module plus the runtime that
//      applies window.DvcKit's settings), shared chunks for what they have in common (Lit once),
//      content-hashed names [name]-[hash].js;
//   2. the full bundle: every element in one classic script, dvc-kit.full.js;
//   3. the loader, dvc-kit.js, with the element manifest (tag -> files + sha384) injected,
//      then manifest.json, snippet.html and the README's snippet block.
// Everything lands in dist/v<version>/ (or $DVC_EMBED_OUT/v<version>/, which tests use).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { discoverElements } from './build/discover-elements.mjs';
import { describe } from './build/files.mjs';
import { thirdPartyLicenses } from './build/licenses.mjs';
import { snippetFor, updateReadme } from './build/snippet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const customOut = process.env.DVC_EMBED_OUT;
const outDir = join(customOut ? resolve(customOut) : join(here, 'dist'), `v${version}`);
const elements = discoverElements(join(root, 'packages/elements/src'));
const src = (path) => join(here, 'src', path);

if (elements.length === 0) throw new Error('embed: no packages/elements/src/*/define.ts found');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/** What each build learns, handed to the next one (rollup runs an array of configs in order). */
const built = { elements: null, full: null, licenses: new Map() };

const MANIFEST_ID = 'virtual:dvc-embed-manifest';
const ENTRY_PREFIX = '\0dvc-entry:';
const FULL_ID = '\0dvc-full';

/** Virtual modules: one entry per tag, the full bundle's entry, and the manifest the loader reads. */
function virtualModules(manifestSource) {
  return {
    name: 'dvc-virtual',
    resolveId(id) {
      if (id === MANIFEST_ID) return `\0${MANIFEST_ID}`;
      if (id.startsWith(ENTRY_PREFIX) || id === FULL_ID) return id;
      return null;
    },
    load(id) {
      if (id === `\0${MANIFEST_ID}`) return manifestSource();
      const imports = (paths) => paths.map((p) => `import ${JSON.stringify(p)};`).join('\n');
      if (id.startsWith(ENTRY_PREFIX)) {
        const tag = id.slice(ENTRY_PREFIX.length);
        const element = elements.find((e) => e.tag === tag);
        return imports([src('runtime/connect.ts'), element.defineModule]);
      }
      if (id === FULL_ID) {
        // Order matters: install the kit, connect its settings, then define the elements.
        return imports([src('full/install.ts'), src('runtime/connect.ts'), ...new Set(elements.map((e) => e.defineModule))]);
      }
      return null;
    },
  };
}

/**
 * tus-js-client imports the CommonJS package url-parse for one call, `new URL(link, origin)`.
 * Every browser the kit supports has the native URL, so point the import at it: no CommonJS
 * in the bundle and a few KB less.
 */
const nativeUrl = {
  name: 'dvc-native-url',
  resolveId: (id) => (id === 'url-parse' ? '\0native-url' : null),
  load: (id) => (id === '\0native-url' ? 'export default URL;' : null),
};

const plugins = (manifestSource, { module }) => [
  virtualModules(manifestSource),
  nativeUrl,
  nodeResolve({ exportConditions: ['source', 'browser'], browser: true, extensions: ['.ts', '.mjs', '.js', '.json'] }),
  esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.base.json'), minify: false }),
  thirdPartyLicenses(built.licenses),
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } }),
];

const tagsOnly = () =>
  `export const version = ${JSON.stringify(version)};\nexport const files = [];\n` +
  `export const tags = ${JSON.stringify(Object.fromEntries(elements.map((e) => [e.tag, []])))};`;

/** Transitive static imports of a chunk, deepest first, so shared code is fetched before its users. */
function importsOf(bundle, fileName, seen = new Set()) {
  for (const dep of bundle[fileName].imports) {
    if (seen.has(dep)) continue;
    importsOf(bundle, dep, seen);
    seen.add(dep);
  }
  return [...seen];
}

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const elementChunks = {
  input: Object.fromEntries(elements.map((e) => [e.tag, ENTRY_PREFIX + e.tag])),
  plugins: [
    ...plugins(tagsOnly, { module: true }),
    {
      name: 'dvc-element-manifest',
      generateBundle(_options, bundle) {
        const record = (fileName) => describe(fileName, bundle[fileName].code);
        built.elements = {};
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          if (chunk.dynamicImports.length) this.error(`${chunk.fileName} uses import(): its files would escape SRI`);
          built.elements[chunk.name] = { entry: record(chunk.fileName), imports: importsOf(bundle, chunk.fileName).map(record) };
        }
      },
    },
  ],
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name]-[hash].js',
    chunkFileNames: '[name]-[hash].js',
    // Lit and the shared foundations in one chunk rather than many tiny ones: fewer requests.
    experimentalMinChunkSize: 20_000,
  },
  onwarn,
};

// The full bundle returns before any of its code runs when a kit is already on the page:
// a second copy must not even evaluate Lit (a second 'lit-html' Trusted Types policy throws
// under a strict CSP). The message matches installKit()'s.
const FULL_GUARD = `var existing = window.DvcKit, mark = Symbol.for('dvc-kit.duplicate-warned');
if (existing) {
  if (!existing[mark]) { existing[mark] = true; console.warn('[dvc-kit] loaded twice: version ' + existing.version + ' (' + existing.build + ') is already on this page, so this copy (${version}, full) does nothing. Keep one script tag.'); }
  return;
}`;

const fullBundle = {
  input: FULL_ID,
  plugins: [
    ...plugins(tagsOnly, { module: false }),
    {
      name: 'dvc-full-record',
      generateBundle(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk');
        built.full = describe(chunk.fileName, chunk.code);
      },
    },
  ],
  output: { file: join(outDir, 'dvc-kit.full.js'), format: 'iife', intro: FULL_GUARD, inlineDynamicImports: true },
  onwarn,
};

/** The loader's view of the element manifest: compact, since it ships in every page. */
function loaderManifest() {
  const files = [];
  const index = (f) => {
    let i = files.findIndex(([name]) => name === f.file);
    if (i < 0) i = files.push([f.file, f.integrity]) - 1;
    return i;
  };
  const tags = {};
  for (const [tag, { entry, imports }] of Object.entries(built.elements)) tags[tag] = [index(entry), ...imports.map(index)];
  return (
    `export const version = ${JSON.stringify(version)};\n` +
    `export const files = ${JSON.stringify(files)};\nexport const tags = ${JSON.stringify(tags)};`
  );
}

const loader = {
  input: src('loader/loader.ts'),
  plugins: [
    ...plugins(loaderManifest, { module: false }),
    {
      name: 'dvc-publish',
      generateBundle(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk');
        const ids = Object.keys(chunk.modules);
        if (ids.some((id) => /node_modules[\\/](lit|@lit|lit-html|lit-element)[\\/]/.test(id))) this.error('the loader must not include Lit');
        const manifest = {
          name: '@dvc-kit/embed',
          version,
          loader: describe(chunk.fileName, chunk.code),
          full: built.full,
          elements: built.elements,
        };
        const snippet = snippetFor(manifest);
        this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
        this.emitFile({ type: 'asset', fileName: 'snippet.html', source: `${snippet}\n` });
        this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: licensesText() });
        if (!customOut) updateReadme(join(here, 'README.md'), snippet);
      },
    },
  ],
  output: { file: join(outDir, 'dvc-kit.js'), format: 'iife' },
  onwarn,
};

function licensesText() {
  const parts = [...built.licenses.values()].sort((a, b) => a.name.localeCompare(b.name));
  return parts.map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text}`.trim()).join('\n\n---\n\n') + '\n';
}

/** Keeps a top-level `current.json` naming the latest built version, for servers that want one. */
const pointer = {
  name: 'dvc-current',
  writeBundle() {
    if (customOut) return;
    writeFileSync(join(here, 'dist', 'current.json'), `${JSON.stringify({ version, dir: `v${version}` })}\n`);
  },
};
loader.plugins.push(pointer);

export default [elementChunks, fullBundle, loader];
