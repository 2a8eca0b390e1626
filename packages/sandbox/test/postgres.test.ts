/**
 * The same sandbox on a real PostgreSQL (DATABASE_URL path): migrations, the real catalog import,
 * the search cases of search.test.ts, and data surviving a restart. A fresh database per run.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '../src/server.js';
import { checkedJson } from './helpers/contract.js';
import { freshPostgres, type FreshPostgres } from './helpers/postgres.js';
import { REAL_CATALOG_SIZE, realCatalogPath, registerSearchCases, search } from './helpers/search-cases.js';

describe('sandbox on PostgreSQL', () => {
  let database: FreshPostgres;
  let sandbox: RunningSandbox;
  let dataDir: string;

  before(async () => {
    database = await freshPostgres();
    dataDir = await mkdtemp(join(tmpdir(), 'dvc-pg-'));
    sandbox = await startSandbox({ port: 0, dataDir, databaseUrl: database.url, catalog: realCatalogPath(), officerSpeed: 0 });
  });

  after(async () => {
    await sandbox?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('reports postgres in /healthz and imported the whole catalog', async () => {
    const health = await checkedJson<{ database: string }>(await fetch(`${sandbox.url}/healthz`));
    assert.equal(health.database, 'postgres');
    assert.equal(sandbox.deps.db.kind, 'postgres');
    assert.equal(sandbox.catalog.procedures, REAL_CATALOG_SIZE);
  });

  describe('search', () => {
    registerSearchCases({ url: () => sandbox.url });
  });

  it('keeps the catalog across a restart without importing it again', async () => {
    await sandbox.close();
    sandbox = await startSandbox({ port: 0, dataDir, databaseUrl: database.url, catalog: realCatalogPath(), officerSpeed: 0 });
    assert.equal(sandbox.catalog.imported, false);
    const result = await search({ url: () => sandbox.url }, { q: '1.001193' });
    assert.equal(result.items[0]?.code, '1.001193');
  });

  it('a second instance on the same database starts while the first runs (migrations lock)', async () => {
    const second = await startSandbox({ port: 0, dataDir, databaseUrl: database.url, catalog: realCatalogPath(), officerSpeed: 0 });
    try {
      const result = await search({ url: () => second.url }, { q: 'dang ky khai sinh', pageSize: 1 });
      assert.equal(result.items[0]?.code, '1.001193');
    } finally {
      await second.close();
    }
  });
});
