/**
 * A fresh, empty PostgreSQL database for one test run, dropped afterwards.
 *
 * Where the server comes from, in order:
 *   1. DATABASE_URL_TEST (CI sets it, e.g. postgres://dvc:dvc@127.0.0.1:5432/dvc_test),
 *   2. DATABASE_URL,
 *   3. the local Debian cluster (PostgreSQL 15 "main"): started if needed, with a `dvc` role.
 * The given URL is only used to connect and create `dvc_t_<random>`; when the role may not
 * create databases, a fresh schema in that database is used instead. No server reachable is a
 * test failure with a message saying how to provide one, never a skip.
 *
 *   const pg = await freshPostgres();   // pg.url -> startSandbox({ databaseUrl: pg.url })
 *   await pg.drop();
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface FreshPostgres {
  url: string;
  drop(): Promise<void>;
}

const LOCAL_URL = 'postgres://dvc:dvc@127.0.0.1:5432/postgres';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
}

/** Starts the Debian cluster and makes sure role dvc/dvc (CREATEDB) exists. Throws with the reason. */
function prepareLocalCluster(): void {
  try {
    run('pg_ctlcluster', ['--skip-systemctl-redirect', '15', 'main', 'start']);
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    const text = `${failed.stdout ?? ''}${failed.stderr ?? ''}${failed.message}`;
    if (!/already running/i.test(text)) throw new Error(`could not start the local PostgreSQL 15 cluster: ${text.trim()}`);
  }
  const sql =
    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dvc') THEN " +
    "CREATE ROLE dvc LOGIN PASSWORD 'dvc' CREATEDB; END IF; END $$;";
  run('su', ['postgres', '-c', `psql -v ON_ERROR_STOP=1 -q -c "${sql.replaceAll('"', '\\"').replaceAll('$', '\\$')}"`]);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}

export async function freshPostgres(): Promise<FreshPostgres> {
  let base = process.env.DATABASE_URL_TEST || process.env.DATABASE_URL || '';
  let admin: pg.Client | undefined;
  try {
    if (!base) {
      prepareLocalCluster();
      base = LOCAL_URL;
    }
    admin = await connect(base);
  } catch (error) {
    throw new Error(
      `No PostgreSQL reachable for the PostgreSQL test run (${(error as Error).message}). ` +
        'Set DATABASE_URL_TEST=postgres://user:pass@host:5432/db, or install PostgreSQL 15 ' +
        '(apt-get install postgresql) so the test can start the local cluster.',
    );
  }

  const name = `dvc_t_${randomBytes(5).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const client = admin;
    return {
      url: url.toString(),
      async drop() {
        // Closed pools leave their backends for a moment; let them go before forcing the rest.
        for (let i = 0; i < 40; i += 1) {
          const rows = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows.rows[0]?.n === 0) break;
          await new Promise((resolveWait) => setTimeout(resolveWait, 50));
        }
        // FORCE cannot end an autovacuum worker for a role that is not superuser: then wait for
        // it and drop plainly. A database left behind is litter, not a test failure.
        for (let attempt = 0; attempt < 20; attempt += 1) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name}${attempt === 0 ? ' WITH (FORCE)' : ''}`);
            break;
          } catch (error) {
            if (attempt === 19) console.warn(`could not drop test database ${name}:`, (error as Error).message);
            await new Promise((resolveWait) => setTimeout(resolveWait, 250));
          }
        }
        await client.end();
      },
    };
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    // No CREATEDB: a fresh schema, selected through the connection's search_path.
    await admin.query(`CREATE SCHEMA ${name}`);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${name}`);
    const client = admin;
    return {
      url: url.toString(),
      async drop() {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
        await client.end();
      },
    };
  }
}
