// The README's quick start must run as written (against a sandbox on another port).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { startTestSandbox } from './client-support.js';

test('README quick start runs and prints results and a typed error', async () => {
  const readme = await readFile(new URL('../../packages/client/README.md', import.meta.url), 'utf8');
  const code = /## Quick start[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(code, 'no js block under "Quick start"');
  assert.ok(code.trim().split('\n').length <= 10, 'the quick start is at most 10 lines');
  const sandbox = await startTestSandbox();
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', code.replaceAll('http://127.0.0.1:4800', sandbox.url)],
      { cwd: new URL('../..', import.meta.url).pathname, timeout: 60_000 },
    );
    assert.match(stdout, /1\.001193 Thủ tục đăng ký khai sinh \[/);
    assert.match(stdout, /404 procedure_not_found/);
  } finally {
    await sandbox.close();
  }
});
