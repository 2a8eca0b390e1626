import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, type Built } from '../../../packages/embed/test/support/built.js';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const SCREENSHOTS = join(REPO, 'test-output/screenshots');

export interface RunningSandbox {
  url: string;
  stop(): Promise<void>;
}

/** The sandbox CLI on a free port with a throw-away data folder (scripts/sandbox-process.mjs). */
export async function startSandbox(): Promise<RunningSandbox> {
  const { startSandboxProcess } = (await import(join(REPO, 'scripts/sandbox-process.mjs'))) as {
    startSandboxProcess: () => Promise<RunningSandbox>;
  };
  return startSandboxProcess();
}

/** Builds the embed when its output is missing or older than its sources; the sandbox serves it. */
export function buildEmbed(): Built {
  return ensureBuilt();
}

/** Empties test-output/screenshots: every run leaves only its own pictures. */
export function cleanScreenshots(): void {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
}
