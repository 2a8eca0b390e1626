// `npm run new:element -- dvc-name` (scripts/new-element.mjs): what it writes type-checks with
// the repo as it is, and its registration comes out again byte for byte with --remove. Checked
// in memory: the generated files are laid over the real tree for the compiler, nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { SCAFFOLD_MARK, addRegistration, elementFiles, namesOf, removeRegistration } from '../../scripts/new-element.mjs';
import { REPO } from './packaging-support.js';

const TAG = 'dvc-scaffold-check';
const ELEMENTS = join(REPO, 'packages/elements');
const current = {
  all: readFileSync(join(ELEMENTS, 'src/all.ts'), 'utf8'),
  index: readFileSync(join(ELEMENTS, 'src/index.ts'), 'utf8'),
  packageJson: readFileSync(join(ELEMENTS, 'package.json'), 'utf8'),
};

test('tags that cannot name an element are refused', () => {
  for (const bad of ['example', 'dvc-', 'dvc-Example', 'dvc-a_b', 'x-example', 'dvc-example-']) assert.throws(() => namesOf(bad), bad);
  assert.deepEqual(namesOf('dvc-tax-code'), { tag: 'dvc-tax-code', folder: 'tax-code', className: 'DvcTaxCode', prefix: 'taxCode' });
});

test('it writes the files every element folder has, its story, and marks the component as a scaffold', () => {
  const files = [...elementFiles(TAG).keys()].sort();
  const dir = 'packages/elements/src/scaffold-check';
  assert.deepEqual(files, [
    `${dir}/define.ts`,
    `${dir}/${TAG}.component.ts`,
    `${dir}/${TAG}.strings.ts`,
    `${dir}/${TAG}.styles.ts`,
    `${dir}/${TAG}.suite.test.ts`,
    `${dir}/${TAG}.test.ts`,
    `stories/${TAG}.stories.ts`,
  ].sort());
  assert.ok(elementFiles(TAG).get(`${dir}/${TAG}.component.ts`)!.includes(SCAFFOLD_MARK));
});

test('the registration goes into all.ts, index.ts and the exports, and --remove takes exactly that out', () => {
  const added = addRegistration(current, TAG);
  assert.match(added.all, /^import '\.\/scaffold-check\/define\.js';$/m);
  assert.match(added.index, /^export \{ DvcScaffoldCheck \} from '\.\/scaffold-check\/dvc-scaffold-check\.component\.js';$/m);
  const exports = (JSON.parse(added.packageJson) as { exports: Record<string, { source: string }> }).exports;
  assert.equal(exports['./scaffold-check']?.source, './src/scaffold-check/define.ts');
  assert.equal(exports['./scaffold-check/component']?.source, './src/scaffold-check/dvc-scaffold-check.component.ts');
  assert.deepEqual(removeRegistration(added, TAG), current);
  assert.throws(() => addRegistration(added, TAG), /already registers/);
});

test('what it writes type-checks against the repo as it is', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(REPO, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  });
  assert.ok(config);
  const registered = addRegistration(current, TAG);
  const overlay = new Map<string, string>([...elementFiles(TAG)].map(([path, text]) => [join(REPO, path), text]));
  overlay.set(join(ELEMENTS, 'src/all.ts'), registered.all);
  overlay.set(join(ELEMENTS, 'src/index.ts'), registered.index);
  // The story imports '@dvc-kit/elements/scaffold-check': resolution reads the package's exports.
  for (const path of new Set([join(ELEMENTS, 'package.json'), join(REPO, 'node_modules/@dvc-kit/elements/package.json')])) {
    overlay.set(path, registered.packageJson);
    overlay.set(realpathSync(path), registered.packageJson);
  }
  const host = ts.createCompilerHost(config.options);
  const { fileExists, readFile, directoryExists } = host;
  const overlayDirs = new Set([...overlay.keys()].map((file) => dirname(file)));
  host.fileExists = (file) => overlay.has(file) || fileExists.call(host, file);
  host.directoryExists = (dir) => overlayDirs.has(dir) || (directoryExists?.call(host, dir) ?? ts.sys.directoryExists(dir));
  host.readFile = (file) => overlay.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language) => {
    const text = host.readFile(file);
    return text === undefined ? undefined : ts.createSourceFile(file, text, language);
  };
  const roots = [...elementFiles(TAG).keys()].map((p) => join(REPO, p));
  const program = ts.createProgram({ rootNames: [...roots, join(ELEMENTS, 'src/all.ts'), join(ELEMENTS, 'src/index.ts')], options: config.options, host });
  const checked = [...roots, join(ELEMENTS, 'src/all.ts'), join(ELEMENTS, 'src/index.ts')];
  const problems = checked.flatMap((file) => {
    const source = program.getSourceFile(file);
    assert.ok(source, `${file} is in the program`);
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
      const at = d.start === undefined ? '' : `:${source.getLineAndCharacterOfPosition(d.start).line + 1}`;
      return `${file.slice(REPO.length + 1)}${at}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  });
  assert.deepEqual(problems, []);
});
