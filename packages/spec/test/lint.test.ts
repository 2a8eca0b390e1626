// `redocly lint` (recommended ruleset, /redocly.yaml) must report zero errors and zero warnings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

test('redocly lint passes with no problems', () => {
  const cliDir = dirname(require.resolve('@redocly/cli/package.json'));
  const result = spawnSync(
    process.execPath,
    [join(cliDir, 'bin/cli.js'), 'lint', '--config', join(repoRoot, 'redocly.yaml'), '--format', 'stylish'],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, output);
  assert.doesNotMatch(output, /\b[1-9]\d* (error|warning)s?\b/i, output);
});
