/**
 * A throw-away database on the local PostgreSQL for one measurement: created fresh, dropped after.
 * BENCH_DATABASE_URL (default postgres://dvc:dvc@127.0.0.1:5432/dvc_test) must name a role that
 * can CREATEDB; the bench never touches the database in that URL itself.
 */
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://dvc:dvc@127.0.0.1:5432/dvc_test';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `dvc_bench_${process.pid}_${tag}`.replace(/[^a-z0-9_]/g, '_');
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`).then(() => c.query(`CREATE DATABASE ${name}`)));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // Plain DROP: it stops an autovacuum worker still busy on the fresh tables by itself, which
    // WITH (FORCE) may not (that needs pg_signal_backend). Retried while the sandbox's last
    // connections close.
    drop: async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
          return;
        } catch (error) {
          if (attempt >= 10) throw error;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    },
  };
}
