// The real sandbox CLI (packages/sandbox/bin/dvc-sandbox.mjs) as a child process whose data folder
// outlives it, so a test can SIGKILL it mid-request and start it again on the same data.
// The bin wrapper runs the CLI in a grandchild (tsx); the child is started in its own process group
// and killed as a group, or SIGKILL would leave the grandchild serving on the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface SandboxChild {
  url: string;
  port: number;
  child: ChildProcess;
  /** stderr of the run so far (to explain a failure). */
  stderr(): string;
  /** SIGKILL the whole process group, no clean-up of any kind; resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM (clean stop), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, deadlineMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with ${child.exitCode} before it was healthy:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`sandbox at ${url} was not healthy within ${deadlineMs} ms:\n${log()}`);
}

function groupSignal(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Starts the CLI on `dataDir` (and `port`, else a free one, plus any CLI flags); resolves when /healthz answers. */
export async function startSandboxChild(dataDir: string, options: { port?: number; extraArgs?: string[] } = {}): Promise<SandboxChild> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['packages/sandbox/bin/dvc-sandbox.mjs', '--port', String(port), '--data-dir', dataDir, '--officer-speed', '0', ...(options.extraArgs ?? [])],
    { cwd: REPO, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const gone = async (): Promise<void> => {
    await exited;
    await lockReleased(dataDir);
    // The grandchild may outlive the wrapper by a moment: wait until the port is free.
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(500) });
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    await waitForHealth(url, child, 180_000, () => log);
  } catch (error) {
    groupSignal(child, 'SIGKILL');
    throw error;
  }
  return {
    url,
    port,
    child,
    stderr: () => log,
    async kill() {
      groupSignal(child, 'SIGKILL');
      await gone();
    },
    async stop() {
      groupSignal(child, 'SIGTERM');
      const timer = setTimeout(() => groupSignal(child, 'SIGKILL'), 5000);
      await gone();
      clearTimeout(timer);
    },
  };
}

/** A pid that still runs (a zombie, killed but not yet reaped, does not count). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Waits (up to 10 s) until the process named in the data folder's lock is gone. */
async function lockReleased(dataDir: string): Promise<void> {
  const lock = join(dataDir, 'db.lock');
  const pid = existsSync(lock) ? Number(readFileSync(lock, 'utf8').trim() || 0) : 0;
  for (let i = 0; i < 100 && pid > 0 && running(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-reliability-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
