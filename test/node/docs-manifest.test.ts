// The custom elements manifest (and the VS Code custom data made from it) is current and
// complete: every tag with its attributes, properties, events (with detail types), slots,
// CSS parts and theme tokens, each described.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO, readPackageJson } from './packaging-support.js';
import { manifestTags, MANIFEST_PATH, type ManifestTag } from './docs-reference-support.js';

const ELEMENTS = join(REPO, 'packages', 'elements');
const GENERATED = ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'];
let fresh = '';

before(() => {
  fresh = mkdtempSync(join(tmpdir(), 'dvc-cem-'));
  // Seen in fresh clones: the analyzer's first run there wrote output that differed from every
  // later run (cause not yet found); analyze twice and compare the settled second result.
  const analyze = () => spawnSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, DVC_CEM_OUTDIR: relative(REPO, fresh) } },
  );
  analyze();
  const result = analyze();
  assert.equal(result.status, 0, `cem analyze failed:\n${result.stdout}\n${result.stderr}`);
});

after(() => rmSync(fresh, { recursive: true, force: true }));

test('the committed manifest and VS Code data are current', () => {
  for (const file of GENERATED) {
    assert.equal(
      readFileSync(join(ELEMENTS, file), 'utf8'),
      readFileSync(join(fresh, file), 'utf8'),
      `packages/elements/${file} is stale: run npx cem analyze --config custom-elements-manifest.config.mjs`,
    );
  }
});

/** Tags registered by the elements' define modules (defineElement('dvc-x', ...)). */
function registeredTags(): string[] {
  const tags: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'define.ts') {
        for (const m of readFileSync(path, 'utf8').matchAll(/defineElement\(\s*'([\w-]+)'/g)) tags.push(m[1]!);
      }
    }
  };
  walk(join(ELEMENTS, 'src'));
  return tags.sort();
}

const tags = () => manifestTags(join(fresh, 'custom-elements.json'));
const byTag = (tag: string): ManifestTag => {
  const found = tags().find((t) => t.tagName === tag);
  assert.ok(found, `<${tag}> is in the manifest`);
  return found;
};

test('every registered tag is in the manifest', () => {
  assert.deepEqual(tags().map((t) => t.tagName), registeredTags());
  assert.ok(registeredTags().length >= 4);
});

test('every element, attribute, event, slot and part is described', () => {
  const missing: string[] = [];
  for (const tag of tags()) {
    if (!tag.description?.trim()) missing.push(`<${tag.tagName}>: class description`);
    for (const a of tag.attributes) if (!a.description?.trim()) missing.push(`<${tag.tagName}> attribute ${a.name}`);
    for (const e of tag.events) if (!e.description?.trim()) missing.push(`<${tag.tagName}> event ${e.name}: @fires`);
    for (const s of tag.slots) if (!s.description?.trim()) missing.push(`<${tag.tagName}> slot ${s.name || '(default)'}`);
    for (const p of tag.cssParts) if (!p.description?.trim()) missing.push(`<${tag.tagName}> part ${p.name}`);
  }
  assert.deepEqual(missing, []);
});

test('every dvc- event has its detail type', () => {
  const untyped = tags().flatMap((t) =>
    t.events.filter((e) => e.name.startsWith('dvc-') && !/^CustomEvent<.+>$/s.test(e.type?.text ?? '')).map((e) => `<${t.tagName}> ${e.name}`),
  );
  assert.deepEqual(untyped, []);
});

test('every visual element lists its CSS parts and every theme token', () => {
  const tokens = [...readFileSync(join(ELEMENTS, 'src/theme/tokens.ts'), 'utf8').matchAll(/var\((--dvc-[\w-]+)/g)].map((m) => m[1]!);
  const unique = [...new Set(tokens)].sort();
  assert.ok(unique.length >= 10, 'tokens.ts defines the theme tokens');
  for (const tag of tags().filter((t) => t.tagName !== 'dvc-provider')) {
    assert.ok(tag.cssParts.length > 0, `<${tag.tagName}> has @csspart tags`);
    assert.deepEqual(tag.cssProperties.map((p) => p.name).sort(), unique, `<${tag.tagName}> lists every --dvc-* token`);
  }
  assert.equal(byTag('dvc-provider').slots.length, 1, '<dvc-provider> documents its default slot');
});

test('VS Code custom data covers every tag, attribute, token and part', () => {
  const html = JSON.parse(readFileSync(join(fresh, 'vscode.html-custom-data.json'), 'utf8')) as {
    tags: Array<{ name: string; attributes: Array<{ name: string }> }>;
  };
  const css = JSON.parse(readFileSync(join(fresh, 'vscode.css-custom-data.json'), 'utf8')) as {
    properties: Array<{ name: string }>;
    pseudoElements: Array<{ name: string }>;
  };
  for (const tag of tags()) {
    const entry = html.tags.find((t) => t.name === tag.tagName);
    assert.ok(entry, `html custom data has <${tag.tagName}>`);
    assert.deepEqual(entry.attributes.map((a) => a.name).sort(), tag.attributes.map((a) => a.name).sort());
    for (const p of tag.cssProperties) assert.ok(css.properties.some((c) => c.name === p.name), p.name);
    for (const p of tag.cssParts) assert.ok(css.pseudoElements.some((c) => c.name === `::part(${p.name})`), p.name);
  }
});

test('the elements package publishes the manifest and editor data', () => {
  const pkg = readPackageJson(join(ELEMENTS, 'package.json'));
  assert.equal(pkg.customElements, 'custom-elements.json', 'package.json "customElements" points at the manifest');
  for (const file of GENERATED) assert.ok(pkg.files?.includes(file), `"files" includes ${file}`);
  assert.equal(MANIFEST_PATH, join(ELEMENTS, 'custom-elements.json'));
});

test('Storybook autodocs read the manifest', () => {
  const preview = readFileSync(join(REPO, '.storybook', 'preview.ts'), 'utf8');
  assert.match(preview, /setCustomElementsManifest\(/);
  assert.match(preview, /packages\/elements\/custom-elements\.json/);
});
