/**
 * The embed's build output (packages/embed/dist/v<version>), built first when missing or older
 * than its sources. The bench only reads it; the build is the embed package's own rollup config.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths.js';

export interface ManifestFile { file: string; integrity: string; bytes: number; gzipBytes: number }
export interface EmbedManifest {
  version: string;
  loader: ManifestFile;
  full: ManifestFile;
  base: ManifestFile;
  elements: Record<string, { entry: ManifestFile; imports: ManifestFile[] }>;
}

const INPUTS = ['packages/embed/src', 'packages/embed/build', 'packages/embed/rollup.embed.mjs',
  'packages/elements/src', 'packages/client/src', 'packages/spec/src'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

export function ensureEmbedBuilt(): { dir: string; manifest: EmbedManifest } {
  const { version } = JSON.parse(readFileSync(join(REPO, 'packages/embed/package.json'), 'utf8')) as { version: string };
  const dir = join(REPO, 'packages/embed/dist', `v${version}`);
  const manifestFile = join(dir, 'manifest.json');
  const stale = !existsSync(manifestFile) ||
    INPUTS.some((p) => existsSync(join(REPO, p)) && newest(join(REPO, p)) > statSync(manifestFile).mtimeMs);
  if (stale) {
    console.log('  building the embed (rollup -c packages/embed/rollup.embed.mjs) ...');
    const run = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'packages/embed/rollup.embed.mjs', '--silent'], {
      cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`the embed build failed (exit ${run.status ?? run.signal})`);
  }
  return { dir, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as EmbedManifest };
}
