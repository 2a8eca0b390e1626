// Reading the guides: which Markdown files make the docs site, and the code samples in them.
//
// A sample is a fenced code block. Its info string names the language and how the sample
// test runs it (docs/guides/writing-docs.md lists the modes):
//   ```ts run=node        executed in Node (packages resolve to their sources)
//   ```ts run=sandbox     executed in Node against a running sandbox (http://127.0.0.1:4800 is
//                         replaced by the test's own sandbox)
//   ```ts run=browser     bundled and executed in Chromium, on a page with <div id="app">
//   ```ts run=types       type-checked only (servers that would not stop, framework configs)
//   ```html run=browser   the page itself, loaded in Chromium (the embed and the portal are
//                         served at https://dichvucong.example.vn by the test)
//   ```css run=browser    applied to a page of elements; every --dvc-* token and ::part() must exist
//   ```sh run=commands    checked: npm scripts, package names and dvc-sandbox flags must exist
//   ```json run=parse     must parse
//   ```text               output of the sample just above; each line must appear in what it printed
// `wait="<selector>"` makes a browser sample wait until that selector (which may cross shadow
// roots) is visible.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './packaging-support.js';

export const DOCS = join(REPO, 'docs');
export const GUIDES = join(DOCS, 'guides');

/** The origin the guides use for the sandbox, as `npm start` / `dvc-sandbox` print it. */
export const SANDBOX_ORIGIN_IN_DOCS = 'http://127.0.0.1:4800';
/** The made-up portal origin the guides use for the script-tag embed and the production API. */
export const PORTAL_ORIGIN_IN_DOCS = 'https://dichvucong.example.vn';

export type SampleMode = 'node' | 'sandbox' | 'browser' | 'types' | 'commands' | 'parse';

export interface Sample {
  /** Repo-relative path of the guide. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  mode: SampleMode | null;
  attrs: Record<string, string>;
  code: string;
  /** The `text` block right after it (expected output), if any. */
  output: string | null;
  /** A short stable name, e.g. `getting-started-42`. */
  id: string;
}

/** The Markdown files of the docs site, home page first. */
export function docFiles(): string[] {
  const guides = existsSync(GUIDES)
    ? readdirSync(GUIDES)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(GUIDES, f))
    : [];
  return [join(DOCS, 'index.md'), ...guides].filter((f) => existsSync(f));
}

const MODES = new Set<SampleMode>(['node', 'sandbox', 'browser', 'types', 'commands', 'parse']);

function parseInfo(info: string): { lang: string; attrs: Record<string, string> } {
  const [lang = '', ...rest] = info.trim().split(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const attrs: Record<string, string> = {};
  for (const token of rest) {
    const match = token.match(/^([\w-]+)=(?:"([^"]*)"|(\S+))$/);
    if (match) attrs[match[1]!] = match[2] ?? match[3] ?? '';
  }
  return { lang: lang.toLowerCase(), attrs };
}

/** Every fenced block of one Markdown file, with `text` blocks attached to the sample before them. */
export function extractSamples(path: string): Sample[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const file = relative(REPO, path);
  const slug = file.replace(/^docs\/(guides\/)?/, '').replace(/\.md$/, '');
  const samples: Sample[] = [];
  let lastSample: Sample | null = null;
  let linesSinceSample = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(/^(`{3,}|~{3,})(.*)$/);
    if (!open) {
      if (lines[i]!.trim() !== '') linesSinceSample++;
      continue;
    }
    const fence = open[1]!;
    const { lang, attrs } = parseInfo(open[2] ?? '');
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trimEnd() !== fence) body.push(lines[j++]!);
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: unclosed code fence`);
    const code = body.join('\n') + '\n';
    if (lang === 'text' && lastSample && linesSinceSample <= 2 && lastSample.output === null) {
      lastSample.output = code;
    } else {
      const mode = attrs.run && MODES.has(attrs.run as SampleMode) ? (attrs.run as SampleMode) : null;
      const sample: Sample = { file, line: i + 1, lang, mode, attrs, code, output: null, id: `${slug}-${i + 1}` };
      samples.push(sample);
      lastSample = sample;
    }
    linesSinceSample = 0;
    i = j;
  }
  return samples;
}

export function allSamples(): Sample[] {
  return docFiles().flatMap(extractSamples);
}

/** Where a sample failed, for assertion messages. */
export function where(sample: Sample): string {
  return `${sample.file}:${sample.line} (${sample.lang} run=${sample.mode ?? '?'})`;
}
