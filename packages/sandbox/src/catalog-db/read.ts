import type { Agency, Field, Level, Procedure } from '../catalog/index.js';
import type { Queryable } from '../db/database.js';

interface AgencyRow extends Record<string, unknown> {
  id: string;
  name: string;
  level: Level;
  parent_id: string | null;
}

export async function listAgencies(db: Queryable, level?: Level): Promise<Agency[]> {
  const rows = await db.query<AgencyRow>(
    `SELECT id, name, level, parent_id FROM agencies WHERE ($1::text IS NULL OR level = $1) ORDER BY id`,
    [level ?? null],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, level: r.level, parentId: r.parent_id }));
}

/** Fields sorted by Vietnamese name; sorted in JS so the order does not depend on the database collation. */
export async function listFields(db: Queryable): Promise<Field[]> {
  const rows = await db.query<{ id: string; name: string }>('SELECT id, name FROM fields');
  const collator = new Intl.Collator('vi');
  return rows.map((r) => ({ id: r.id, name: r.name })).sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export async function getProcedure(db: Queryable, code: string): Promise<Procedure | null> {
  const rows = await db.query<{ document: Procedure }>('SELECT document FROM procedures WHERE code = $1', [code]);
  return rows[0]?.document ?? null;
}
