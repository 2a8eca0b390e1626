// Reference tables in the guides are generated from the code they describe, between markers:
//
//   <!-- generated:events -->
//   ...
//   <!-- /generated:events -->
//
// docs-reference.test.ts fails when a block is stale; `DVC_UPDATE_DOCS=1 npm run test:node --
// docs-reference` rewrites them. The sources: the custom elements manifest (tags, attributes,
// events, parts, tokens), the problem codes of @dvc-kit/spec, `dvc-sandbox --help` and the
// sandbox's test accounts.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROBLEM_CODES, PROBLEM_STATUS, PROBLEM_TITLES } from '@dvc-kit/spec';
import { REPO } from './packaging-support.js';

export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
}
export interface ManifestTag {
  name: string;
  tagName: string;
  description?: string;
  attributes: ManifestItem[];
  events: ManifestItem[];
  slots: ManifestItem[];
  cssParts: ManifestItem[];
  cssProperties: ManifestItem[];
}

export const MANIFEST_PATH = join(REPO, 'packages', 'elements', 'custom-elements.json');

/** Every custom element in the committed manifest, in tag order. */
export function manifestTags(path = MANIFEST_PATH): ManifestTag[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    modules: Array<{ declarations?: Array<Partial<ManifestTag> & { name: string; tagName?: string }> }>;
  };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Partial<ManifestTag> & { name: string; tagName: string } => typeof d.tagName === 'string')
    .map((d) => ({
      name: d.name,
      tagName: d.tagName,
      description: d.description,
      attributes: d.attributes ?? [],
      events: d.events ?? [],
      slots: d.slots ?? [],
      cssParts: d.cssParts ?? [],
      cssProperties: d.cssProperties ?? [],
    }))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string | undefined) => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function eventsBlock(): string {
  const tags = manifestTags().filter((t) => t.events.length > 0);
  return tags
    .map((tag) =>
      [
        `### \`<${tag.tagName}>\``,
        '',
        table(
          ['event', 'detail', 'when'],
          tag.events.map((e) => [code(e.name), code(e.type?.text?.replace(/^CustomEvent<(.*)>$/s, '$1')), cell(e.description)]),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

function tokensBlock(): string {
  const seen = new Map<string, ManifestItem>();
  for (const tag of manifestTags()) for (const p of tag.cssProperties) if (!seen.has(p.name)) seen.set(p.name, p);
  return table(
    ['token', 'default (light)', 'used for'],
    [...seen.values()].map((p) => [code(p.name), code(p.default), cell(p.description)]),
  );
}

function partsBlock(): string {
  return manifestTags()
    .filter((t) => t.cssParts.length > 0)
    .map((tag) =>
      [
        `### \`<${tag.tagName}>\``,
        '',
        table(['part', 'what it is'], tag.cssParts.map((p) => [code(p.name), cell(p.description)])),
      ].join('\n'),
    )
    .join('\n\n');
}

function attributesBlock(): string {
  return manifestTags()
    .map((tag) => {
      const rows = tag.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]);
      const slots = tag.slots.length
        ? `\n\nSlots: ${tag.slots.map((s) => `${s.name ? code(s.name) : 'default'} (${cell(s.description)})`).join('; ')}.`
        : '';
      return [`### \`<${tag.tagName}>\``, '', table(['attribute', 'property', 'type', 'default', 'meaning'], rows)].join('\n') + slots;
    })
    .join('\n\n');
}

function problemsBlock(): string {
  return table(
    ['code', 'HTTP status', 'title (vi)', 'title (en)'],
    PROBLEM_CODES.map((c) => [code(c), String(PROBLEM_STATUS[c]), cell(PROBLEM_TITLES[c].vi), cell(PROBLEM_TITLES[c].en)]),
  );
}

function sandboxHelpBlock(): string {
  const result = spawnSync(process.execPath, ['packages/sandbox/bin/dvc-sandbox.mjs', '--help'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dvc-sandbox --help failed: ${result.stderr}`);
  return ['```text', result.stdout.trimEnd(), '```'].join('\n');
}

async function accountsBlock(): Promise<string> {
  const { TEST_ACCOUNTS } = await import('../../packages/sandbox/src/auth/accounts.js');
  return table(
    ['account (`sub`)', 'name', 'type', 'ID number (CCCD)', 'tax code', 'email'],
    TEST_ACCOUNTS.map((a) => [code(a.sub), cell(a.name), a.accountType, code(a.idNumber ?? ''), code(a.taxCode ?? ''), cell(a.email ?? '')]),
  );
}

/** The copy-paste snippet, exactly as the embed build writes it (packages/embed/build/snippet.mjs). */
async function embedSnippet(): Promise<string> {
  const { embedManifest, ensureEmbedBuilt } = await import('./docs-browser-support.js');
  ensureEmbedBuilt();
  const modulePath = join(REPO, 'packages', 'embed', 'build', 'snippet.mjs');
  const { snippetFor } = (await import(modulePath)) as { snippetFor: (manifest: unknown) => string };
  return snippetFor(embedManifest());
}

async function embedSnippetBlock(): Promise<string> {
  return ['```html run=browser', await embedSnippet(), '```'].join('\n');
}

/** The five-minute page: a blank HTML page with the loader tag and a search. */
async function embedQuickstartBlock(): Promise<string> {
  const snippet = await embedSnippet();
  const end = snippet.indexOf('</script>') + '</script>'.length;
  const loader = snippet
    .slice(0, end)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return [
    '```html run=browser wait="dvc-procedure-search input"',
    '<!doctype html>',
    '<html lang="vi">',
    '  <head>',
    '    <meta charset="utf-8">',
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    '    <title>Tra cứu thủ tục hành chính</title>',
    loader,
    '  </head>',
    '  <body>',
    '    <h1>Tra cứu thủ tục hành chính</h1>',
    '    <dvc-procedure-search></dvc-procedure-search>',
    '  </body>',
    '</html>',
    '```',
  ].join('\n');
}

export const GENERATORS: Record<string, () => string | Promise<string>> = {
  'embed-snippet': embedSnippetBlock,
  'embed-quickstart': embedQuickstartBlock,
  events: eventsBlock,
  tokens: tokensBlock,
  parts: partsBlock,
  attributes: attributesBlock,
  problems: problemsBlock,
  'sandbox-help': sandboxHelpBlock,
  'test-accounts': accountsBlock,
};

const BLOCK = /<!-- generated:([\w-]+) -->\n([\s\S]*?)<!-- \/generated:\1 -->/g;

/** The document with every generated block refreshed; unknown block names throw. */
export async function refreshGenerated(text: string): Promise<string> {
  const names = [...text.matchAll(BLOCK)].map((m) => m[1]!);
  const fresh = new Map<string, string>();
  for (const name of names) {
    const generate = GENERATORS[name];
    if (!generate) throw new Error(`unknown generated block "${name}"`);
    fresh.set(name, await generate());
  }
  return text.replace(BLOCK, (_all, name: string) => `<!-- generated:${name} -->\n${fresh.get(name)}\n<!-- /generated:${name} -->`);
}

export function generatedBlockNames(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1]!);
}
