import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** One lock for every build a test may start: they all write dist/ folders another test reads. */
const LOCK = join(REPO, 'test-output', 'build.lock');
const WAIT_MS = 15 * 60_000;

/**
 * Runs `run` while holding the repo's build lock, waiting (synchronously: tests call this from
 * before()) while another test process builds. Whoever waited should re-check whether the build
 * is still needed. A lock older than the wait is left over from a killed run and is taken over.
 */
export function withBuildLock<T>(run: () => T): T {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        continue; // released between the two calls: try again at once
      }
      if (age > WAIT_MS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 60_000} minutes for ${LOCK}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
