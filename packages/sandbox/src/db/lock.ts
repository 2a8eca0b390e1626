import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';

/**
 * One process per embedded database: PGlite keeps the files open and two processes writing the
 * same folder would corrupt it. The lock file holds the owner's pid; a lock left by a process that
 * no longer runs (a crash, kill -9) is taken over.
 */
export async function lockFolder(lockFile: string): Promise<() => Promise<void>> {
  try {
    await writeFile(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `the data folder is in use by another sandbox (pid ${owner}); stop it or pick another --data-dir`,
      );
    }
    await writeFile(lockFile, String(process.pid));
  }
  return async () => {
    await rm(lockFile, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process killed (kill -9) but not yet reaped by its parent still answers kill(pid, 0), yet it
 * holds no files any more: on Linux, /proc says so ('Z'). Without this check a restart right after
 * a kill -9 can be refused for as long as nobody reaps the old process.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false; // no /proc (macOS, Windows): trust kill(pid, 0)
  }
}
