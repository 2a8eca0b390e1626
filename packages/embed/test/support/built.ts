import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from '../../../../test/support/build-lock.js';
import type { EmbedManifest } from '../../src/shared/types.js';

/** The repo root and the embed package, wherever the tests are started from. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const EMBED = join(REPO, 'packages/embed');
export const DIST = join(EMBED, 'dist');

/** Newest modification time under a folder (sources the bundles are made of). */
function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    // Tests and notes beside the sources are not in the bundles.
    if (name === 'node_modules' || name === 'dist' || name.endsWith('.test.ts') || name.endsWith('.md')) continue;
    const path = join(dir, name);
    const info = statSync(path);
    latest = Math.max(latest, info.isDirectory() ? newest(path) : info.mtimeMs);
  }
  return latest;
}

const INPUTS = ['packages/embed/src', 'packages/embed/build', 'packages/embed/rollup.embed.mjs', 'packages/embed/package.json',
  'packages/elements/src', 'packages/client/src', 'packages/spec/src'];

/** True when dist is missing or older than any source it is built from. */
function stale(manifestFile: string): boolean {
  if (!existsSync(manifestFile)) return true;
  const builtAt = statSync(manifestFile).mtimeMs;
  return INPUTS.some((input) => {
    const path = join(REPO, input);
    if (!existsSync(path)) return false;
    return (statSync(path).isDirectory() ? newest(path) : statSync(path).mtimeMs) > builtAt;
  });
}

export interface Built {
  /** dist/v<version>/ */
  dir: string;
  manifest: EmbedManifest;
}

/** The embed's build output, building it first when it is missing or out of date (one build at a time). */
export function ensureBuilt(): Built {
  const { version } = JSON.parse(readFileSync(join(EMBED, 'package.json'), 'utf8')) as { version: string };
  const dir = join(DIST, `v${version}`);
  const manifestFile = join(dir, 'manifest.json');
  if (stale(manifestFile)) {
    withBuildLock(() => {
      if (!stale(manifestFile)) return; // another process built it while we waited
      const run = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'packages/embed/rollup.embed.mjs', '--silent'], {
        cwd: REPO,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (run.status !== 0) throw new Error(`the embed build failed (exit ${run.status ?? run.signal})`);
    });
  }
  return { dir, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as EmbedManifest };
}
