import type { DossierForm, FormCheck, FormDefinition } from '@dvc-kit/spec';
import { checkForm, type FormCheckError } from '@dvc-kit/spec/forms';
import type { Queryable } from '../db/database.js';
import { invalidTransition } from '../dossiers/errors.js';
import type { DossierRow } from '../dossiers/types.js';
import { addressErrors } from './address-check.js';
import { formFor } from './definitions.js';
import { formInvalid, formNotFound } from './errors.js';

/** The empty form a new draft of a procedure with a form starts with; null without one. */
export function blankForm(procedureCode: string): DossierForm | null {
  const definition = formFor(procedureCode);
  return definition ? { id: definition.id, version: definition.version, data: {} } : null;
}

/** The schema's errors, then the addresses' (one error per answer: the schema's wins). */
function errorsOf(definition: FormDefinition, data: Record<string, unknown>, now: Date): FormCheckError[] {
  const errors = checkForm(definition.schema, data, { now });
  const seen = new Set(errors.map((e) => e.pointer));
  const covered = (pointer: string) => [...seen].some((p) => p === pointer || pointer.startsWith(`${p}/`) || p.startsWith(`${pointer}/`));
  return [...errors, ...addressErrors(data).filter((e) => !covered(e.pointer))];
}

/** Saves a draft's answers as they are, and says what they still lack. */
export async function saveForm(
  tx: Queryable, row: DossierRow, data: Record<string, unknown>, now: Date,
): Promise<{ row: DossierRow; check: FormCheck }> {
  const definition = formFor(row.procedure_code);
  if (!definition) throw formNotFound(row.procedure_code);
  if (row.status !== 'draft') {
    throw invalidTransition(row.status, null, {
      vi: 'Chỉ sửa được tờ khai của hồ sơ chưa nộp.',
      en: 'Only the form of a draft can be changed.',
    });
  }
  const form: DossierForm = { id: definition.id, version: definition.version, data };
  const rows = await tx.query<DossierRow>(
    'UPDATE dossiers SET form = $2::jsonb, updated_at = $3 WHERE id = $1 RETURNING *', [row.id, JSON.stringify(form), now],
  );
  const errors = errorsOf(definition, data, now);
  return { row: rows[0] ?? row, check: { form, complete: errors.length === 0, errors } };
}

/**
 * The gate of submit: saved answers must be complete and valid by the current definition,
 * whatever the client checked on its side. A form never answered (no member saved) is refused
 * only with `requireForms`: without it the dossier goes as a file-only one (the scanned paper form).
 */
export function requireValidForm(row: DossierRow, now: Date, { requireForms }: { requireForms: boolean }): void {
  const definition = formFor(row.procedure_code);
  if (!definition) return;
  const data = row.form?.data ?? {};
  if (!requireForms && Object.keys(data).length === 0) return;
  const errors = errorsOf(definition, data, now);
  if (errors.length > 0) throw formInvalid(errors);
}
