// The script-tag build, run from the repo root: rollup -c packages/embed/rollup.embed.mjs
// (scripts/start.mjs does it before starting the sandbox). Three builds, in this order:
//   1. ES chunks: one entry per tag (the element's define module plus the runtime that applies
//      window.DvcKit's settings), one per lazily loaded part (the e-ID sign-in), a 'base' chunk
//      every element shares (Lit, the client, the elements' foundations) and shared chunks for
//      the rest (build/chunks.mjs names them); content-hashed names [name]-[hash:6].js;
//   2. the full bundle: every element but the online form's, in one classic script, dvc-kit.full.js;
//   3. the loader, dvc-kit.js, with the manifest (name -> files + SHA-256) injected, then
//      manifest.json, snippet.html, LICENSES.txt and the README's snippet block.
// Everything lands in dist/v<version>/ (or $DVC_EMBED_OUT/v<version>/, which tests use).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { discoverElements } from './build/discover-elements.mjs';
import { describe, loaderDigest } from './build/files.mjs';
import { thirdPartyLicenses } from './build/licenses.mjs';
import { sharedChunks, isFormElement } from './build/chunks.mjs';
import { compactTemplates } from './build/compact-templates.mjs';
import { noThirdPartyGlobals } from './build/no-globals.mjs';
import { platformShims } from './build/shims.mjs';
import { snippetFor, updateReadme } from './build/snippet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const customOut = process.env.DVC_EMBED_OUT;
const outDir = join(customOut ? resolve(customOut) : join(here, 'dist'), `v${version}`);
const elements = discoverElements(join(root, 'packages/elements/src'));
/** What the one-file full bundle defines: every element but the online form's (see build/chunks.mjs). */
const fullElements = elements.filter((e) => !isFormElement(root, e.defineModule));
const src = (path) => join(here, 'src', path);
/** Code loaded on first need rather than with the first element. */
const PARTS = { 'sign-in': src('runtime/sign-in-part.ts') };

if (elements.length === 0) throw new Error('embed: no packages/elements/src/*/define.ts found');
// Files of the previous build stay until this one is complete (a running sandbox may be serving
// them); the last step removes whatever this build did not write.
mkdirSync(outDir, { recursive: true });

/** What each build learns, handed to the next one (rollup runs an array of configs in order). */
const built = { entries: null, full: null, digests: new Map(), licenses: new Map(), written: new Set() };

/** Remembers every file a build writes, for the clean-up at the end. */
const recordWritten = {
  name: 'dvc-record-written',
  writeBundle(_options, bundle) {
    for (const fileName of Object.keys(bundle)) built.written.add(fileName);
  },
};

const MANIFEST_ID = 'virtual:dvc-embed-manifest';
const ENTRY_PREFIX = '\0dvc-entry:';
const PART_PREFIX = '\0dvc-part:';
const FULL_ID = '\0dvc-full';
const imports = (paths) => paths.map((p) => `import ${JSON.stringify(p)};`).join('\n');

/** Virtual modules: one entry per tag and per part, the full bundle's entry, and the manifest the loader reads. */
function virtualModules(manifestSource) {
  return {
    name: 'dvc-virtual',
    resolveId(id) {
      if (id === MANIFEST_ID) return `\0${MANIFEST_ID}`;
      if (id.startsWith(ENTRY_PREFIX) || id.startsWith(PART_PREFIX) || id === FULL_ID) return id;
      return null;
    },
    load(id) {
      if (id === `\0${MANIFEST_ID}`) return manifestSource();
      if (id.startsWith(ENTRY_PREFIX)) {
        const element = elements.find((e) => e.tag === id.slice(ENTRY_PREFIX.length));
        return imports([src('runtime/connect.ts'), element.defineModule]);
      }
      if (id.startsWith(PART_PREFIX)) return imports([PARTS[id.slice(PART_PREFIX.length)]]);
      if (id === FULL_ID) {
        // Order matters: install the kit, register the parts, connect its settings, define the elements.
        const defines = [...new Set(fullElements.map((e) => e.defineModule))];
        return imports([src('full/install.ts'), ...Object.values(PARTS), src('runtime/connect.ts'), ...defines]);
      }
      return null;
    },
  };
}

const plugins = (manifestSource, { module }) => [
  virtualModules(manifestSource),
  platformShims(),
  nodeResolve({ exportConditions: ['source', 'browser'], browser: true, extensions: ['.ts', '.mjs', '.js', '.json'] }),
  esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
  compactTemplates(),
  noThirdPartyGlobals(),
  thirdPartyLicenses(built.licenses),
  recordWritten,
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } }),
];

const namesOnly = (defined) => () =>
  `export const version = ${JSON.stringify(version)};\nexport const files = [];\n` +
  `export const tags = ${JSON.stringify(Object.fromEntries(defined.map((e) => [e.tag, []])))};\nexport const parts = {};`;

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
  // Some libraries' sources carry /*#__PURE__*/ notes rollup cannot place; harmless.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

const chunks = {
  input: {
    ...Object.fromEntries(elements.map((e) => [e.tag, ENTRY_PREFIX + e.tag])),
    ...Object.fromEntries(Object.keys(PARTS).map((name) => [name, PART_PREFIX + name])),
  },
  plugins: [
    ...plugins(namesOnly(elements), { module: true }),
    {
      name: 'dvc-chunk-manifest',
      generateBundle(_options, bundle) {
        const record = (fileName) => {
          built.digests.set(fileName, loaderDigest(bundle[fileName].code));
          return describe(fileName, bundle[fileName].code);
        };
        built.entries = {};
        const base = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'base');
        if (!base) this.error('no base chunk: check build/chunks.mjs');
        built.base = record(base.fileName);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          if (chunk.dynamicImports.length) this.error(`${chunk.fileName} uses import(): its files would escape SRI`);
          built.entries[chunk.name] = { entry: record(chunk.fileName), imports: importsOf(bundle, chunk.fileName).map(record) };
        }
      },
    },
  ],
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name]-[hash:6].js',
    chunkFileNames: '[name]-[hash:6].js',
    manualChunks: sharedChunks(root),
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
    ...plugins(namesOnly(fullElements), { module: false }),
    {
      name: 'dvc-full-record',
      generateBundle(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk');
        built.full = describe(chunk.fileName, chunk.code);
      },
    },
  ],
  output: { file: join(outDir, 'dvc-kit.full.js'), format: 'iife', intro: FULL_GUARD },
  onwarn,
};

/** The loader's view of the manifest: compact, since it ships in every page. */
function loaderManifest() {
  const files = [];
  // The manifest is in every page, so it is kept short: a file of the same bytes as another
  // (the form elements' entries each only import the shared 'forms' chunk) is listed once, with
  // its SHA-256 digest (files.mjs) and without the '.js' every name ends with.
  const index = (f) => {
    const digest = built.digests.get(f.file);
    let i = files.findIndex(([, d]) => d === digest);
    if (i < 0) i = files.push([f.file.replace(/\.js$/, ''), digest]) - 1;
    return i;
  };
  // The base chunk, which every entry imports, is file 0 and left out of each list: the loader
  // always fetches it first.
  index(built.base);
  const indices = ({ entry, imports: deps }) => {
    const shared = deps.filter((d) => d.file !== built.base.file);
    if (shared.length === deps.length) throw new Error(`embed: ${entry.file} does not import the base chunk`);
    return [index(entry), ...shared.map(index)];
  };
  const tags = Object.fromEntries(elements.map((e) => [e.tag, indices(built.entries[e.tag])]));
  const parts = Object.fromEntries(Object.keys(PARTS).map((name) => [name, indices(built.entries[name])]));
  return [
    `export const version = ${JSON.stringify(version)};`,
    `export const files = ${JSON.stringify(files)};`,
    `export const tags = ${JSON.stringify(tags)};`,
    `export const parts = ${JSON.stringify(parts)};`,
  ].join('\n');
}

function licensesText() {
  const all = [...built.licenses.values()].sort((a, b) => a.name.localeCompare(b.name));
  return `${all.map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text.trim()}`).join('\n\n---\n\n')}\n`;
}

const loader = {
  input: src('loader/loader.ts'),
  plugins: [
    ...plugins(loaderManifest, { module: false }),
    {
      name: 'dvc-publish',
      generateBundle(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk');
        if (Object.keys(chunk.modules).some((id) => /node_modules[\\/](lit|@lit|lit-html|lit-element)[\\/]/.test(id))) {
          this.error('the loader must not include Lit');
        }
        const pick = (names) => Object.fromEntries(names.map((n) => [n, built.entries[n]]));
        const manifest = {
          name: '@dvc-kit/embed',
          version,
          loader: describe(chunk.fileName, chunk.code),
          full: { ...built.full, tags: fullElements.map((e) => e.tag) },
          base: built.base,
          elements: pick(elements.map((e) => e.tag)),
          parts: pick(Object.keys(PARTS)),
        };
        const snippet = snippetFor(manifest);
        this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
        this.emitFile({ type: 'asset', fileName: 'snippet.html', source: `${snippet}\n` });
        this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: licensesText() });
        if (!customOut) updateReadme(join(here, 'README.md'), snippet);
      },
      writeBundle(_options, bundle) {
        // writeBundle hooks run in parallel: count this build's own files here too.
        for (const fileName of Object.keys(bundle)) built.written.add(fileName);
        for (const name of readdirSync(outDir)) {
          if (!built.written.has(name)) rmSync(join(outDir, name), { recursive: true, force: true });
        }
        // Names the latest build for servers (the sandbox) that fill the loader into pages.
        const pointer = join(dirname(outDir), 'current.json');
        writeFileSync(pointer, `${JSON.stringify({ version, dir: `v${version}` })}\n`);
      },
    },
  ],
  output: { file: join(outDir, 'dvc-kit.js'), format: 'iife' },
  onwarn,
};

export default [chunks, fullBundle, loader];
