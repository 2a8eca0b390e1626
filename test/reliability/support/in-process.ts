// A sandbox in this process (fast: no CLI, no child) in a temp folder, with signed-in tokens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '@dvc-kit/sandbox';
import { signIn } from '../../../packages/sandbox/test/helpers/sign-in.js';

export interface InProcessSandbox {
  url: string;
  dataDir: string;
  running: RunningSandbox;
  token(sub: string): Promise<string>;
  close(): Promise<void>;
}

export async function startInProcess(options: StartSandboxOptions = {}): Promise<InProcessSandbox> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvc-reliability-'));
  const sandbox = await startSandbox({ port: 0, officerSpeed: 0, ...options, dataDir });
  const tokens = new Map<string, Promise<string>>();
  return {
    url: sandbox.url,
    dataDir,
    running: sandbox,
    token(sub) {
      let token = tokens.get(sub);
      if (!token) {
        token = signIn(sandbox.url, sub).then((t) => t.accessToken);
        tokens.set(sub, token);
      }
      return token;
    },
    async close() {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
