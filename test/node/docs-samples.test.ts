// Every code sample in docs/ runs (or is checked) as its info string says (see docs-support.ts):
// TypeScript samples are type-checked together, then run in Node, against a sandbox started for
// this test, or in Chromium; HTML pages load in Chromium with the embed and the portal served
// at their documented URLs; CSS may only use tokens and parts that exist; shell lines may only
// name scripts, packages and CLI flags that exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { REPO, publishedPackages } from './packaging-support.js';
import { allSamples, where, SANDBOX_ORIGIN_IN_DOCS, type Sample } from './docs-support.js';
import { openSamplePage, bundleForBrowser, ensureEmbedBuilt } from './docs-browser-support.js';
import { manifestTags } from './docs-reference-support.js';
import { signIn } from '../../packages/sandbox/test/helpers/sign-in.js';

const OUT = join(REPO, 'test-output', 'doc-samples');
const samples = allSamples();
const ofMode = (mode: Sample['mode']) => samples.filter((s) => s.mode === mode);
const isScript = (s: Sample) => ['ts', 'tsx', 'typescript', 'js', 'javascript'].includes(s.lang);

let sandbox: { url: string; stop(): Promise<void> } | null = null;
let browser: Browser | null = null;

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
});

/** scripts/sandbox-process.mjs (plain JavaScript): the CLI on a free port with a temp data folder. */
async function runningSandbox(): Promise<string> {
  if (!sandbox) {
    const path = join(REPO, 'scripts', 'sandbox-process.mjs');
    const { startSandboxProcess } = (await import(path)) as {
      startSandboxProcess: () => Promise<{ url: string; stop(): Promise<void> }>;
    };
    sandbox = await startSandboxProcess();
  }
  return sandbox.url;
}

let accessToken: Promise<string> | null = null;
/** A test account's access token, got the way a browser would (the sandbox's sign-in helper). */
function testAccountToken(sandboxUrl: string): Promise<string> {
  accessToken ??= signIn(sandboxUrl, 'citizen-an').then((tokens) => tokens.accessToken);
  return accessToken;
}

/** The sample as it runs here: the documented sandbox origin becomes the test's own. */
function localized(code: string, sandboxUrl: string | null): string {
  return sandboxUrl ? code.split(SANDBOX_ORIGIN_IN_DOCS).join(sandboxUrl) : code;
}

function fileName(sample: Sample): string {
  const ext = sample.lang === 'tsx' ? 'tsx' : sample.lang.startsWith('j') ? 'js' : 'ts';
  return `${sample.id.replace(/[^\w-]/g, '_')}.${ext}`;
}

test('the guides have samples, and every code block says how it is tested', () => {
  assert.ok(samples.length >= 20, `expected the guides to be full of samples, found ${samples.length}`);
  const untested = samples.filter((s) => s.mode === null && s.lang !== 'text');
  assert.deepEqual(untested.map(where), [], 'add run=node|sandbox|browser|types|commands|parse to these fences');
  const mismatched = samples.filter(
    (s) =>
      (s.mode === 'commands' && !['sh', 'bash', 'shell', 'console'].includes(s.lang)) ||
      (s.mode === 'parse' && s.lang !== 'json') ||
      ((s.mode === 'node' || s.mode === 'sandbox' || s.mode === 'types') && !isScript(s)) ||
      (s.mode === 'browser' && !isScript(s) && s.lang !== 'html' && s.lang !== 'css'),
  );
  assert.deepEqual(mismatched.map(where), [], 'run mode does not fit the language');
});

test('TypeScript samples type-check (strict, as a user would compile them)', () => {
  const dir = join(OUT, 'typecheck');
  mkdirSync(join(dir, 'src'), { recursive: true });
  const scripts = samples.filter((s) => isScript(s) && s.mode !== null);
  for (const sample of scripts) {
    // Each sample is its own module, as in a user's file.
    const code = /^\s*(import|export)\s/m.test(sample.code) ? sample.code : `${sample.code}\nexport {};\n`;
    writeFileSync(join(dir, 'src', fileName(sample)), code);
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, types: ['node'], jsx: 'react-jsx', allowJs: true, checkJs: true },
      include: ['src'],
    }),
  );
  const result = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', dir], {
    cwd: REPO,
    encoding: 'utf8',
  });
  // Point errors back at the guide and line they came from.
  const byFile = new Map(scripts.map((s) => [fileName(s), s]));
  const report = (result.stdout + result.stderr).replace(/src\/([\w-]+\.(?:ts|tsx|js))\((\d+),(\d+)\)/g, (all, name, line) => {
    const sample = byFile.get(name);
    return sample ? `${sample.file}:${sample.line + Number(line)}` : all;
  });
  assert.equal(result.status, 0, report);
});

for (const sample of [...ofMode('node'), ...ofMode('sandbox')].filter(isScript)) {
  test(`runs in Node: ${where(sample)}`, async () => {
    const sandboxUrl = sample.mode === 'sandbox' ? await runningSandbox() : null;
    const dir = join(OUT, 'node');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, fileName(sample));
    writeFileSync(file, localized(sample.code, sandboxUrl));
    const env: Record<string, string> = sandboxUrl ? { DVC_ACCESS_TOKEN: await testAccountToken(sandboxUrl) } : {};
    const { status, stdout, stderr } = await runNode(file, 90_000, env);
    assert.equal(status, 0, `${where(sample)} exited with ${status}\n${stdout}\n${stderr}`);
    if (sample.output) assertPrinted(sample, localized(sample.output, sandboxUrl), stdout);
  });
}

for (const sample of ofMode('browser')) {
  test(`runs in Chromium: ${where(sample)}`, async () => {
    const sandboxUrl = await runningSandbox();
    if (sample.lang === 'css') {
      assertKnownTokensAndParts(sample);
    }
    if (sample.lang === 'html' || sample.lang === 'css') ensureEmbedBuilt();
    browser ??= await launchChromium();
    let script: string | null = null;
    if (isScript(sample)) {
      const file = join(OUT, 'browser', fileName(sample));
      mkdirSync(join(OUT, 'browser'), { recursive: true });
      writeFileSync(file, localized(sample.code, sandboxUrl));
      script = await bundleForBrowser(file);
    }
    const page = await openSamplePage(browser, { sample, sandboxUrl, script, html: localized(sample.code, sandboxUrl) });
    try {
      if (sample.output) await waitForLogs(page.logs, localized(sample.output, sandboxUrl));
      assert.deepEqual(page.errors, [], `${where(sample)} raised errors in the page`);
      if (sample.output) assertPrinted(sample, localized(sample.output, sandboxUrl), page.logs.join('\n'));
    } finally {
      await page.close();
    }
  });
}

test('shell samples name only scripts, packages, binaries and flags that exist', async () => {
  const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const workspaceNames = new Set(publishedPackages().map((p) => p.json.name));
  const knownDeps = new Set<string>([...workspaceNames, ...Object.keys(root.devDependencies)]);
  for (const p of publishedPackages()) {
    for (const deps of [p.json.dependencies, p.json.peerDependencies, p.json.devDependencies]) for (const d of Object.keys(deps ?? {})) knownDeps.add(d);
  }
  const help = spawnSync(process.execPath, ['packages/sandbox/bin/dvc-sandbox.mjs', '--help'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(help.status, 0, `dvc-sandbox --help failed: ${help.stderr}`);
  const problems: string[] = [];
  for (const sample of ofMode('commands')) {
    for (const raw of sample.code.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').replace(/^\$\s*/, '').trim();
      if (!line || line.startsWith('#')) continue;
      const problem = checkCommand(line, { root, knownDeps, help: help.stdout });
      if (problem) problems.push(`${where(sample)}: "${line}": ${problem}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('JSON samples parse', () => {
  for (const sample of ofMode('parse')) {
    assert.doesNotThrow(() => JSON.parse(sample.code), where(sample));
  }
});

function checkCommand(
  line: string,
  ctx: { root: { scripts: Record<string, string> }; knownDeps: Set<string>; help: string },
): string | null {
  const words = line.split(/\s+/);
  const [cmd, sub, ...rest] = words;
  if (cmd === 'cd' || cmd === 'open' || cmd === 'curl') return null;
  if (cmd === 'npm' && (sub === 'install' || sub === 'i')) {
    const packages = rest.filter((w) => !w.startsWith('-')).map((w) => w.replace(/(?<=.)@[^/]*$/, ''));
    const unknown = packages.filter((p) => !ctx.knownDeps.has(p));
    return unknown.length ? `unknown packages ${unknown.join(', ')}` : null;
  }
  if (cmd === 'npm' && (sub === 'start' || sub === 'test')) return sub in ctx.root.scripts ? null : `no "${sub}" script`;
  if (cmd === 'npm' && sub === 'run') {
    const script = rest[0] ?? '';
    return script in ctx.root.scripts ? null : `no "${script}" script in package.json`;
  }
  if (cmd === 'npx') {
    const bin = sub ?? '';
    if (!existsSync(join(REPO, 'node_modules', '.bin', bin))) return `no "${bin}" binary installed`;
    if (bin === 'dvc-sandbox') {
      const flags = rest.filter((w) => w.startsWith('-')).map((w) => w.split('=')[0]!);
      const unknown = flags.filter((f) => !new RegExp(`(^|[\\s,])${f.replace(/[-]/g, '\\-')}(\\s|,|$)`, 'm').test(ctx.help));
      return unknown.length ? `dvc-sandbox has no ${unknown.join(', ')} (see dvc-sandbox --help)` : null;
    }
    return null;
  }
  if (/^[A-Z_]+=/.test(cmd ?? '')) return checkCommand(words.slice(1).join(' '), ctx);
  return `not a command the sample test knows (${cmd})`;
}

function assertKnownTokensAndParts(sample: Sample): void {
  const tags = manifestTags();
  const tokens = new Set(tags.flatMap((t) => t.cssProperties.map((p) => p.name)));
  for (const [, token] of sample.code.matchAll(/(--dvc-[\w-]+)\s*:/g)) {
    assert.ok(tokens.has(token!), `${where(sample)}: ${token} is not a theme token`);
  }
  for (const [, tag, part] of sample.code.matchAll(/(dvc-[\w-]+)::part\(([\w-]+)\)/g)) {
    const element = tags.find((t) => t.tagName === tag);
    assert.ok(element, `${where(sample)}: <${tag}> is not an element`);
    assert.ok(element.cssParts.some((p) => p.name === part), `${where(sample)}: <${tag}> has no part "${part}"`);
  }
}

/** Browser samples print asynchronously: give them a moment to reach the expected lines. */
async function waitForLogs(logs: string[], expected: string): Promise<void> {
  const lines = expected.split('\n').map((l) => l.trim()).filter(Boolean);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !lines.every((line) => plainSpaces(logs.join('\n')).includes(plainSpaces(line)))) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Intl puts no-break spaces in numbers and money; the guides show plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function assertPrinted(sample: Sample, expected: string, actual: string): void {
  for (const line of expected.split('\n').map((l) => plainSpaces(l.trim())).filter(Boolean)) {
    assert.ok(plainSpaces(actual).includes(line), `${where(sample)} should print "${line}"; it printed:\n${actual}`);
  }
}

function runNode(
  file: string,
  timeoutMs: number,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
      cwd: REPO,
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
