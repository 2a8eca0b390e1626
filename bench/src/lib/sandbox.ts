/**
 * Runs the sandbox CLI (packages/sandbox/bin/dvc-sandbox.mjs) as its own process on a free
 * loopback port, so the bench's measuring loop never shares a process (or an event loop) with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { REPO } from '../paths.js';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SandboxProcess { url: string; child: ChildProcess; stop(): Promise<void> }

export async function startSandboxCli(options: { dataDir: string; databaseUrl?: string; args?: string[]; timeoutMs?: number }): Promise<SandboxProcess> {
  const port = await freePort();
  const env = { ...process.env };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [
    // --rate-limit 0: the bench measures the sandbox, not its per-client limit.
    'packages/sandbox/bin/dvc-sandbox.mjs', '--port', String(port), '--data-dir', options.dataDir, '--officer-speed', '0', '--rate-limit', '0', ...(options.args ?? []),
  ], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with ${child.exitCode} before it was healthy`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child, stop };
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error(`sandbox at ${url} not healthy in time`); }
    await new Promise((r) => setTimeout(r, 250));
  }
}
