// Every publishable package, as npm would publish it: the built dist/ passes publint and
// "are the types wrong" (ESM-only profile), the tarball holds what it needs and nothing else,
// and package.json says the right things (exports with types, sideEffects, engines, files).
// Builds first (`npm run build`) when a package's dist/ is missing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import {
  REPO,
  buildUnlessBuilt,
  exportTargets,
  publishedPackages,
  readPackageJson,
  registrationModules,
  type PackageJson,
} from './packaging-support.js';
import { filesUnder, relativeImports, unreachableDistFiles } from './dist-reach.js';

const packages = publishedPackages();

before(() => {
  const allBuilt = () => packages.every((p) => exportTargets(p.json).every((file) => existsSync(join(p.dir, file))));
  buildUnlessBuilt(allBuilt, [['run', 'build', '--silent'], ['run', 'build', '-w', '@dvc-kit/embed', '--silent']]);
});

test('the publishable packages are the ones the docs promise', () => {
  assert.deepEqual(
    packages.map((p) => p.json.name).sort(),
    ['@dvc-kit/client', '@dvc-kit/elements', '@dvc-kit/embed', '@dvc-kit/react', '@dvc-kit/sandbox', '@dvc-kit/spec'],
  );
});

for (const pkg of packages) {
  const name = pkg.json.name;

  test(`${name}: package.json describes an ESM package for Node 20.19+`, () => {
    const json = pkg.json;
    assert.equal(json.type, 'module');
    assert.equal(json.license, 'MIT');
    assert.match(json.version, /^\d+\.\d+\.\d+/);
    assert.ok(json.description && json.description.length > 20, 'a description for the registry');
    assert.equal(json.engines?.node, '>=20.19');
    assert.ok(Array.isArray(json.files) && json.files.length > 0, '"files" lists what to publish');
    assert.ok(json.exports && typeof json.exports === 'object', '"exports" is set');
    assert.equal(json.main, undefined, 'exports only: no legacy "main"');
    for (const [subpath, target] of Object.entries(json.exports)) {
      if (typeof target === 'string') {
        assert.doesNotMatch(target, /\.(ts|js)$/, `${subpath}: a JavaScript export needs types and default conditions`);
        continue;
      }
      const keys = Object.keys(target);
      assert.ok(keys.includes('types') && keys.includes('default'), `${subpath}: has "types" and "default"`);
      assert.ok(keys.indexOf('types') < keys.indexOf('default'), `${subpath}: "types" comes before "default"`);
      if (keys.includes('source')) assert.equal(keys[0], 'source', `${subpath}: "source" (repo-only) comes first`);
    }
  });

  test(`${name}: sideEffects names only registration modules`, () => {
    const registration = registrationModules(pkg);
    const sideEffects = pkg.json.sideEffects;
    assert.ok(sideEffects === false || Array.isArray(sideEffects), '"sideEffects" is false or a list, never true or missing');
    if (sideEffects === false) {
      assert.deepEqual(registration, [], 'modules that register elements must be listed in sideEffects');
      return;
    }
    // Of the files consumers import, exactly the registration modules are marked.
    const patterns = sideEffects.map(globToRegExp);
    const dist = registration.filter((file) => file.startsWith('dist/'));
    for (const file of exportTargets(pkg.json).filter((f) => f.endsWith('.js'))) {
      const covered = patterns.some((p) => p.test(`./${file}`));
      assert.equal(covered, dist.includes(file), `${file}: in sideEffects exactly when it registers an element`);
    }
  });

  test(`${name}: the tarball holds what it needs and nothing else`, () => {
    const files = packFiles(pkg.dir);
    assert.ok(files.includes('package.json'));
    assert.ok(files.includes('README.md'), 'a README for the registry page');
    assert.ok(files.includes('CHANGELOG.md'), 'a CHANGELOG (written by Changesets)');
    for (const target of exportTargets(pkg.json)) assert.ok(files.includes(target), `export target ${target} is packed`);
    for (const bin of Object.values(binOf(pkg.json))) assert.ok(files.includes(bin.replace(/^\.\//, '')), `bin ${bin} is packed`);
    const unwanted = files.filter(
      (f) =>
        /(^|\/)(test|tests|__tests__|test-support|stories)\//.test(f) ||
        /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(f) ||
        /(^|\/)tsconfig[^/]*\.json$/.test(f) ||
        /\.tsbuildinfo$/.test(f) ||
        /(^|\/)typedoc\.json$/.test(f) ||
        /(^|\/)(node_modules|\.dvc-sandbox)\//.test(f) ||
        /(^|\/)test-helpers\.[jt]s$/.test(f) ||
        (f.startsWith('src/') && name !== '@dvc-kit/spec'),
    );
    assert.deepEqual(unwanted, [], 'no tests, stories, configs or sources in the tarball');
    if (name === '@dvc-kit/sandbox') {
      // `dvc-sandbox` serves the demo agency portal from its own demo/ and the kit from @dvc-kit/embed.
      for (const page of ['demo/index.html', 'demo/tra-cuu.html', 'demo/nop-ho-so.html', 'demo/partials/header.html']) {
        assert.ok(files.includes(page), `${page} is packed`);
      }
      assert.equal(pkg.json.dependencies?.['@dvc-kit/embed'], pkg.json.version, 'the demo pages load the kit from @dvc-kit/embed');
    }
    const declarations = files.filter((f) => f.endsWith('.d.ts'));
    const scripts = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.includes('/chunks/'));
    if (scripts.length > 0 && name !== '@dvc-kit/embed') assert.ok(declarations.length > 0, 'declarations are packed');
  });

  test(`${name}: publint finds nothing (strict, suggestions included)`, async () => {
    const { messages } = await publint({ pkgDir: pkg.dir, strict: true, level: 'suggestion', pack: 'npm' });
    const text = messages.map((m) => `${m.type}: ${formatMessage(m, pkg.json, { color: false }) ?? m.code}`);
    assert.deepEqual(text, []);
  });

  test(`${name}: are-the-types-wrong passes (ESM only)`, () => {
    const nonModules = Object.entries(pkg.json.exports ?? {})
      .filter(([subpath, target]) => typeof target === 'string' && subpath !== './package.json')
      .map(([subpath]) => subpath);
    const args = ['node_modules/@arethetypeswrong/cli/dist/index.js', '--pack', pkg.dir, '--profile', 'esm-only', '--format', 'ascii'];
    if (nonModules.length) args.push('--exclude-entrypoints', ...nonModules);
    const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    assert.equal(result.status, 0, `attw ${args.slice(1).join(' ')}\n${result.stdout}\n${result.stderr}`);
  });
}

// Libraries whose dist/ is one import graph from their exports. Not the embed (its bundles are
// fetched by URL from its manifest) nor the sandbox (its bin starts dist/cli.js by path).
const LIBRARIES = ['@dvc-kit/spec', '@dvc-kit/client', '@dvc-kit/elements', '@dvc-kit/react'];

for (const pkg of packages.filter((p) => LIBRARIES.includes(p.json.name))) {
  test(`${pkg.json.name}: every file in dist/ is reached from an export`, () => {
    const unreached = unreachableDistFiles(pkg.dir, exportTargets(pkg.json));
    assert.deepEqual(
      unreached,
      [],
      'files no export reaches (through imports, source maps and declarations) ship for nothing; ' +
        'a file left by an earlier build goes with `rm -rf dist` and a new build',
    );
  });
}

test('@dvc-kit/elements: dist/ holds no fake, fixture, sandbox or test helper', () => {
  const pkg = packages.find((p) => p.json.name === '@dvc-kit/elements');
  assert.ok(pkg, '@dvc-kit/elements is published');
  const files = filesUnder(join(pkg.dir, 'dist'), pkg.dir);
  assert.ok(files.includes('dist/index.js'), 'built');
  const testLike = /(fake|fixture|sandbox|mock|stub|test|spec|stories|story|expect-accessible|helpers)[^/]*$/i;
  assert.deepEqual(files.filter((f) => testLike.test(f)), [], 'no test-only module is built');
  // What only tests use: the private testing workspace, axe, the test runners, the sandbox's page global.
  const testOnly = /^(@dvc-kit\/testing|@dvc-kit\/sandbox|axe-core|@open-wc\/|@web\/|chai|mocha|sinon)(\/|$)/;
  for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const text: string = readFileSync(join(pkg.dir, file), 'utf8');
    const bare: string[] = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'".][^'"]*)['"]/g)].map((m) => m[1]!);
    assert.deepEqual(bare.filter((specifier) => testOnly.test(specifier)), [], `${file} imports nothing test-only`);
    assert.doesNotMatch(text, /__DVC_SANDBOX_URL__/, `${file} knows nothing of the test sandbox's page global`);
    for (const specifier of relativeImports(text)) assert.doesNotMatch(specifier, /\/(stories|test)\//, `${file} imports ${specifier}`);
  }
});

test('every package has its own typedoc.json naming the sources of its exports', () => {
  for (const pkg of packages) {
    const config = readPackageJson(join(pkg.dir, 'typedoc.json')) as { entryPoints?: string[] };
    const sources = Object.values(pkg.json.exports ?? {})
      .map((t) => (typeof t === 'object' ? t.source : undefined))
      .filter((source): source is string => typeof source === 'string')
      .filter((source) => !/\/define\.ts$|\/all\.ts$/.test(source) && !/\.component\.ts$/.test(source))
      .map((source) => source.replace(/^\.\//, ''));
    assert.deepEqual([...(config.entryPoints ?? [])].sort(), [...new Set(sources)].sort(), `${pkg.json.name}/typedoc.json entryPoints`);
  }
});

test('Changesets keeps every package on one version, with a changelog per package', () => {
  const config = JSON.parse(readFileSync(join(REPO, '.changeset', 'config.json'), 'utf8')) as {
    fixed: string[][];
    baseBranch: string;
    access: string;
  };
  assert.equal(config.baseBranch, 'main');
  assert.equal(config.access, 'public');
  const group = config.fixed[0] ?? [];
  const versions = new Set<string>();
  for (const pkg of packages) {
    const inGroup = group.some((p) => p === pkg.json.name || (p.endsWith('/*') && pkg.json.name.startsWith(p.slice(0, -1))));
    assert.ok(inGroup, `${pkg.json.name} is in the fixed group`);
    versions.add(pkg.json.version);
    const changelog = readFileSync(join(pkg.dir, 'CHANGELOG.md'), 'utf8');
    assert.ok(changelog.startsWith(`# ${pkg.json.name}\n`), `${pkg.json.name}/CHANGELOG.md starts with its name`);
    assert.match(changelog, new RegExp(`^## ${pkg.json.version.replace(/\./g, '\\.')}$`, 'm'), `${pkg.json.name}/CHANGELOG.md has its version`);
  }
  assert.equal(versions.size, 1, 'one version for all packages');
  // Internal dependencies name that same version.
  for (const pkg of packages) {
    for (const [dep, range] of Object.entries({ ...pkg.json.dependencies, ...pkg.json.peerDependencies })) {
      if (dep.startsWith('@dvc-kit/')) assert.equal(range, [...versions][0], `${pkg.json.name} depends on ${dep}@${range}`);
    }
  }
});

function packFiles(dir: string): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, `npm pack failed in ${dir}: ${result.stderr}`);
  const [report] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
  assert.ok(report, 'npm pack printed a report');
  return report.files.map((f) => f.path).sort();
}

function binOf(json: PackageJson): Record<string, string> {
  if (typeof json.bin === 'string') return { [json.name]: json.bin };
  return json.bin ?? {};
}

/** The subset of glob syntax sideEffects patterns use: `*` within a path segment, `**` across. */
function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split(/(\*\*\/?|\*)/)
    .map((piece) => (piece === '*' ? '[^/]*' : piece.startsWith('**') ? '(?:.*/)?' : piece.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${glob.startsWith('./') ? '' : '(?:\\./)?'}${pattern}$`);
}
