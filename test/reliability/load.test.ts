// Load, bounded (smoke form for npm test): autocannon on search, procedure detail and dossier
// status against the real CLI sandbox on loopback. Errors and non-2xx answers must be zero; the
// figures are printed as a table. The full run with the real catalog is `npm run soak`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signIn } from '../../packages/sandbox/test/helpers/sign-in.js';
import { SOAK } from './support/budget.js';
import { markdownTable, prepareDossier, runLoad } from './support/load.js';
import { startSandboxChild, tempDataDir, type SandboxChild } from './support/sandbox-child.js';

describe('load on loopback', () => {
  const data = tempDataDir();
  let server: SandboxChild;

  before(async () => {
    server = await startSandboxChild(data.dir);
  });
  after(async () => {
    await server?.stop();
    data.remove();
  });

  it('serves search, detail and status with zero errors', async (t) => {
    const token = (await signIn(server.url, 'citizen-an')).accessToken;
    const dossierId = await prepareDossier(server.url, token);
    const rows = await runLoad(server.url, token, dossierId, { duration: SOAK ? 20 : 3, connections: 10 });
    for (const line of markdownTable(rows).split("\n")) t.diagnostic(line);
    for (const row of rows) {
      assert.equal(row.errors + row.timeouts, 0, `${row.name}: connection errors`);
      assert.equal(row.non2xx, 0, `${row.name}: non-2xx answers`);
      assert.ok(row.requests > 0, `${row.name}: no requests completed`);
      assert.ok(row.p99 < 5000, `${row.name}: p99 ${row.p99} ms`);
    }
  });
});
