import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { lockFolder } from './lock.js';

/**
 * Opens the sandbox database: embedded PGlite persisted in `<dataDir>/db` by default, or a real
 * PostgreSQL when a connection URL is given (DATABASE_URL). Both speak the same SQL; to keep
 * results identical the two drivers are set to parse values the same way:
 *   int8 / numeric -> number, date -> 'YYYY-MM-DD' string, timestamp(tz) -> Date, json(b) -> value.
 * Pass jsonb parameters as JSON.stringify(value): drivers differ on how they encode JS arrays.
 */
export interface OpenDatabaseOptions {
  /** Folder holding the embedded database (ignored when `url` is set). */
  dataDir: string;
  /** postgres:// URL of a real PostgreSQL; when absent, PGlite is used. */
  url?: string | undefined;
}

/** A database that can also run multi-statement SQL scripts (migrations). */
export interface ScriptQueryable extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface OpenedDatabase extends Database, ScriptQueryable {
  transaction<Result>(work: (tx: ScriptQueryable) => Promise<Result>): Promise<Result>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const toNumber = (value: string): number => Number(value);
const asIs = (value: string): string => value;

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  return options.url ? openPostgres(options.url) : openPglite(join(options.dataDir, 'db'));
}

async function openPglite(folder: string): Promise<OpenedDatabase> {
  await mkdir(folder, { recursive: true });
  const unlock = await lockFolder(`${folder}.lock`);
  const parsers = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asIs };
  const lite = await PGlite.create(folder, { parsers }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): ScriptQueryable => ({
    async query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  const top = wrap(lite);
  // PGlite serialises work itself: a query issued while a transaction runs waits for its end.
  // So code inside `transaction` must use `tx`, never the top-level database (it would wait forever).
  return {
    kind: 'pglite',
    query: top.query,
    exec: top.exec,
    transaction<Result>(work: (tx: ScriptQueryable) => Promise<Result>): Promise<Result> {
      return lite.transaction((tx) => work(wrap(tx)));
    },
    async close() {
      await lite.close();
      await unlock();
    },
  };
}

async function openPostgres(url: string): Promise<OpenedDatabase> {
  const typeParsers = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return toNumber;
      if (oid === DATE) return asIs;
      return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max: 10, options: '-c TimeZone=UTC' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('[dvc-sandbox] postgres pool error:', error.message));
  await pool.query('SELECT 1');
  const wrap = (target: pg.Pool | pg.PoolClient): ScriptQueryable => ({
    async query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await target.query(sql);
    },
  });
  const top = wrap(pool);
  return {
    kind: 'postgres',
    query: top.query,
    exec: top.exec,
    async transaction<Result>(work: (tx: ScriptQueryable) => Promise<Result>): Promise<Result> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
