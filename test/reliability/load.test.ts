// Load, bounded (smoke form for npm test): autocannon on search, procedure detail and dossier
// status against a sandbox on loopback. Errors and non-2xx answers must be zero; the figures are
// printed. In this smoke form the sandbox runs in the test's own process (autocannon shares its
// event loop, so the figures are a floor); the published figures come from `npm run soak`, which
// loads the real CLI with the real catalog (test/reliability/support/load-report.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SOAK } from './support/budget.js';
import { startInProcess, type InProcessSandbox } from './support/in-process.js';
import { markdownTable, prepareDossier, runLoad } from './support/load.js';

describe('load on loopback', () => {
  let sandbox: InProcessSandbox;

  before(async () => {
    sandbox = await startInProcess();
  });
  after(async () => {
    await sandbox?.close();
  });

  it('serves search, detail and status with zero errors', async (t) => {
    const token = await sandbox.token('citizen-an');
    const dossierId = await prepareDossier(sandbox.url, token);
    const rows = await runLoad(sandbox.url, token, dossierId, { duration: SOAK ? 20 : 3, connections: 10 });
    for (const line of markdownTable(rows).split('\n')) t.diagnostic(line);
    for (const row of rows) {
      assert.equal(row.errors + row.timeouts, 0, `${row.name}: connection errors`);
      assert.equal(row.non2xx, 0, `${row.name}: non-2xx answers`);
      assert.ok(row.requests > 0, `${row.name}: no requests completed`);
      assert.ok(row.p99 < 5000, `${row.name}: p99 ${row.p99} ms`);
    }
  });
});
