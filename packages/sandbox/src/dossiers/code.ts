import type { Queryable } from '../db/database.js';
import { vietnamDay } from './due-date.js';

/**
 * The next dossier code for an agency on the day of `at`: {agency identifier}-{yyMMdd}-{NNNN}.
 * The per-agency per-day counter is one row bumped with an upsert, so two submissions in
 * parallel (even on two instances over one PostgreSQL) never get the same number. Run it inside
 * the submitting transaction: a rolled-back submit gives its number back.
 */
export async function nextDossierCode(tx: Queryable, agencyId: string, at: Date): Promise<string> {
  const day = vietnamDay(at);
  const rows = await tx.query<{ last_value: number }>(
    `INSERT INTO dossier_code_sequences (agency_id, day, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_code_sequences.last_value + 1
     RETURNING last_value`,
    [agencyId, day],
  );
  const value = Number(rows[0]?.last_value);
  return `${agencyId}-${day}-${String(value).padStart(4, '0')}`;
}

/** The shape of a dossier code, for telling codes from uuids in `/dossiers/{ref}`. */
export const DOSSIER_CODE_PATTERN = /^[0-9A-Za-z.]+-\d{6}-\d{4,}$/;
