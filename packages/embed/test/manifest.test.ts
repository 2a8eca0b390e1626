import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { discoverElements } from '../build/discover-elements.mjs';
import { readmeSnippet } from '../build/snippet.mjs';
import { EMBED, REPO, ensureBuilt, type Built } from './support/built.js';

let built: Built;
before(() => {
  built = ensureBuilt();
});

const sri = (dir: string, file: string) =>
  `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;

function allFiles(b: Built) {
  const m = b.manifest;
  return [m.loader, m.full, m.base, ...[...Object.values(m.elements), ...Object.values(m.parts)].flatMap((e) => [e.entry, ...e.imports])];
}

test('every SRI hash in the manifest matches the file as served', () => {
  for (const f of allFiles(built)) assert.equal(sri(built.dir, f.file), f.integrity, `${f.file}: integrity does not match its bytes`);
});

test('element and part files are content-hashed; nothing unlisted is published', () => {
  const listed = new Set(allFiles(built).map((f) => f.file));
  for (const f of listed) {
    if (f === built.manifest.loader.file || f === built.manifest.full.file) continue;
    assert.match(f, /^[a-z][\w.-]*-[\w-]{6}\.js$/, `${f} has no content hash in its name`);
  }
  const js = readdirSync(built.dir).filter((f) => f.endsWith('.js'));
  assert.deepEqual(js.filter((f) => !listed.has(f)), [], 'JavaScript files in dist that the manifest does not list');
});

test('the loader carries the manifest: every file with its hash, every tag the elements define', () => {
  const loader = readFileSync(join(built.dir, built.manifest.loader.file), 'utf8');
  const elementFiles = [...Object.values(built.manifest.elements), ...Object.values(built.manifest.parts)].flatMap((e) => [e.entry, ...e.imports]);
  // Each file by its SHA-256 (the SRI the loader checks) and its name without '.js'; a file of
  // the same bytes as another is listed once, under the other's name.
  for (const f of elementFiles) {
    const digest = createHash('sha256').update(readFileSync(join(built.dir, f.file))).digest('base64');
    assert.ok(loader.includes(`"${digest}"`), `loader lacks the SHA-256 of ${f.file}`);
    const twins = elementFiles.filter((g) => createHash('sha256').update(readFileSync(join(built.dir, g.file))).digest('base64') === digest);
    assert.ok(twins.some((g) => loader.includes(JSON.stringify(g.file.replace(/\.js$/, '')))), `loader lacks ${f.file} (or a file of its bytes)`);
  }
  const defined = discoverElements(join(REPO, 'packages/elements/src')).map((e: { tag: string }) => e.tag).sort();
  assert.deepEqual(Object.keys(built.manifest.elements).sort(), defined);
  for (const tag of defined) assert.ok(loader.includes(tag), `loader does not know <${tag}>`);
});

test('the loader does not contain Lit', () => {
  const loader = readFileSync(join(built.dir, built.manifest.loader.file), 'utf8');
  // Version registries every copy of Lit writes; the loader itself may mention the policy name.
  for (const marker of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) {
    assert.ok(!loader.includes(marker), `the loader contains "${marker}"`);
  }
});

test('the copy-paste snippet carries the SRI of the loader and of the full bundle, in the build and the README', () => {
  const snippet = readFileSync(join(built.dir, 'snippet.html'), 'utf8').trimEnd();
  assert.ok(snippet.includes(`integrity="${sri(built.dir, built.manifest.loader.file)}"`), 'snippet: loader hash');
  assert.ok(snippet.includes(`integrity="${sri(built.dir, built.manifest.full.file)}"`), 'snippet: full bundle hash');
  assert.ok(snippet.includes(`/embed/v${built.manifest.version}/`), 'snippet: versioned path');
  assert.equal(readmeSnippet(join(EMBED, 'README.md')), snippet, 'README.md shows another snippet: rebuild the embed');
});
