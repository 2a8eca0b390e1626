// Starts the sandbox CLI as a child process on a free loopback port with a throw-away data
// folder, for test steps that need a running portal (browser tests, end-to-end journeys).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with code ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`sandbox at ${url} was not healthy within ${deadlineMs} ms`);
}

/** Returns { url, stop() }. Extra CLI flags may be passed (e.g. ['--catalog', file]). */
export async function startSandboxProcess(extraArgs = [], { quiet = true } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-test-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['packages/sandbox/bin/dvc-sandbox.mjs', '--port', String(port), '--data-dir', dataDir, '--officer-speed', '0', ...extraArgs],
    // Its own process group: the bin starts the real server as a child, and a stop must reach both.
    { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], detached: true },
  );
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  await waitForHealth(url, child, 60_000);
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signalGroup('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) signalGroup('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
