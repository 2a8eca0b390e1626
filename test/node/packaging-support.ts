// Reading the workspace's publishable packages, for the packaging and docs tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from '../support/build-lock.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type ExportTarget = string | Record<string, string>;

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  type?: string;
  license?: string;
  main?: string;
  bin?: string | Record<string, string>;
  engines?: { node?: string };
  files?: string[];
  exports?: Record<string, ExportTarget>;
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  customElements?: string;
}

export interface WorkspacePackage {
  dir: string;
  json: PackageJson;
}

export function readPackageJson(path: string): PackageJson {
  return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
}

/** Every workspace package that is published (not private), in the root's workspace order. */
export function publishedPackages(): WorkspacePackage[] {
  const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { workspaces: string[] };
  return root.workspaces
    .map((workspace) => join(REPO, workspace))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, json: readPackageJson(join(dir, 'package.json')) }))
    .filter((p) => !p.json.private);
}

/** Files the exports point at for consumers (every condition but the repo-only "source"). */
export function exportTargets(json: PackageJson): string[] {
  const files = new Set<string>();
  for (const target of Object.values(json.exports ?? {})) {
    if (typeof target === 'string') files.add(target);
    else for (const [condition, file] of Object.entries(target)) if (condition !== 'source') files.add(file);
  }
  return [...files].filter((f) => !f.includes('*')).map((f) => f.replace(/^\.\//, ''));
}

/**
 * The dist files (and their sources) of exports that register custom elements when imported:
 * their source calls defineElement()/customElements.define() or imports a define module.
 */
export function registrationModules(pkg: WorkspacePackage): string[] {
  const files: string[] = [];
  for (const target of Object.values(pkg.json.exports ?? {})) {
    if (typeof target !== 'object' || !target.source || !target.default) continue;
    const source = join(pkg.dir, target.source);
    if (!existsSync(source)) continue;
    const text = readFileSync(source, 'utf8');
    const registers =
      /\bdefineElement\(\s*['"]/.test(text) ||
      /customElements\.define\(/.test(text) ||
      /^import\s+['"]\.{1,2}\/[^'"]*define\.js['"]/m.test(text);
    if (registers) files.push(target.source.replace(/^\.\//, ''), target.default.replace(/^\.\//, ''));
  }
  return files;
}

/**
 * Runs `npm <args>` for each step until `isBuilt()` holds, at most one build at a time across
 * test files (they run in parallel, and two builds writing one dist/ would corrupt it).
 */
export function buildUnlessBuilt(isBuilt: () => boolean, steps: string[][]): void {
  if (isBuilt()) return;
  withBuildLock(() => {
    for (const args of steps) {
      if (isBuilt()) return;
      const result = spawnSync('npm', args, { cwd: REPO, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    }
    if (!isBuilt()) throw new Error(`npm ${steps.map((s) => s.join(' ')).join(', then npm ')} did not produce the build`);
  });
}
