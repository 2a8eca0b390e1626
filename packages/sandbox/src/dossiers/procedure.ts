import type { Queryable } from '../db/database.js';
import type { Procedure } from '../catalog/types.js';

/** The catalog's procedure as the API serves it, or null when the code is unknown. */
export async function loadProcedure(q: Queryable, code: string): Promise<Procedure | null> {
  const rows = await q.query<{ document: Procedure }>('SELECT document FROM procedures WHERE code = $1', [code]);
  return rows[0]?.document ?? null;
}
