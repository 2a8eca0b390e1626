/**
 * One SQL dialect (PostgreSQL) behind one small interface, so the same sandbox code runs on
 * embedded PGlite (default, persisted in the data folder) or on a real PostgreSQL (DATABASE_URL).
 */
export interface Queryable {
  /** Runs one statement with $1-style parameters and returns its rows. */
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<Result>(work: (tx: Queryable) => Promise<Result>): Promise<Result>;
  close(): Promise<void>;
}
