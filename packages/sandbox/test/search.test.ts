/**
 * Search over the real national catalog on the embedded database (PGlite), driven over HTTP.
 * The same cases run on PostgreSQL in postgres.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { startSandbox, type RunningSandbox } from '../src/server.js';
import { REAL_CATALOG_SIZE, realCatalogPath, registerSearchCases } from './helpers/search-cases.js';

describe('procedure search on PGlite (real catalog)', () => {
  let sandbox: RunningSandbox;
  let dataDir: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvc-search-'));
    sandbox = await startSandbox({ port: 0, dataDir, catalog: realCatalogPath(), officerSpeed: 0 });
    assert.equal(sandbox.catalog.procedures, REAL_CATALOG_SIZE);
    assert.equal(sandbox.catalog.rejected, 0);
  });

  after(async () => {
    await sandbox?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  registerSearchCases({ url: () => sandbox.url });
});
