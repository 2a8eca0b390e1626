import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { DOSSIER_CODE_PATTERN } from './code.js';
import type { DossierStatus, EventActor } from './status.js';
import type {
  AttachedFile, Currency, Dossier, DossierEvent, DossierRow, Payment, PaymentStatus, SupplementRequest, UploadContentType,
  UploadRow,
} from './types.js';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same answer whether the dossier does not exist or belongs to someone else: never reveal which. */
export function dossierNotFound(): ProblemError {
  return new ProblemError(404, 'dossier_not_found', {
    vi: 'Không tìm thấy hồ sơ này trong tài khoản của bạn.',
    en: 'No such dossier in your account.',
  });
}

/**
 * The signed-in owner's dossier by uuid or code. `lock` takes a row lock so two requests changing
 * one dossier run one after the other (PostgreSQL; PGlite runs transactions one at a time anyway).
 */
export async function findOwnDossier(
  q: Queryable, ref: string, ownerSub: string, options: { lock?: boolean } = {},
): Promise<DossierRow> {
  const column = UUID_PATTERN.test(ref) ? 'id' : DOSSIER_CODE_PATTERN.test(ref) ? 'code' : null;
  if (column === null) throw dossierNotFound();
  const rows = await q.query<DossierRow>(
    `SELECT * FROM dossiers WHERE ${column} = $1 AND owner_sub = $2${options.lock ? ' FOR UPDATE' : ''}`,
    [ref, ownerSub],
  );
  const row = rows[0];
  if (!row) throw dossierNotFound();
  return row;
}

/** Any dossier by id or code, whoever owns it (sandbox control route and officer). */
export async function findDossierAnyOwner(q: Queryable, ref: string, options: { lock?: boolean } = {}): Promise<DossierRow> {
  const column = UUID_PATTERN.test(ref) ? 'id' : DOSSIER_CODE_PATTERN.test(ref) ? 'code' : null;
  if (column === null) throw dossierNotFound();
  const rows = await q.query<DossierRow>(
    `SELECT * FROM dossiers WHERE ${column} = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [ref],
  );
  const row = rows[0];
  if (!row) throw dossierNotFound();
  return row;
}

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

interface EventRow extends Record<string, unknown> {
  dossier_id: string; status: DossierStatus; actor: EventActor; note: string | null; at: Date; due_at: Date | null;
}
interface SupplementRow extends Record<string, unknown> {
  id: string; dossier_id: string; component_ids: string[]; note: string; requested_at: Date; due_at: Date | null;
  answered_at: Date | null;
}
export interface PaymentRow extends Record<string, unknown> {
  id: string; dossier_id: string; owner_sub: string; reference: string; amount: number; currency: Currency;
  status: PaymentStatus; return_url: string | null; created_at: Date; completed_at: Date | null;
}

export function paymentView(row: PaymentRow, publicUrl: string): Payment {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    reference: row.reference,
    amount: Number(row.amount),
    currency: row.currency,
    status: row.status,
    redirectUrl: `${publicUrl.replace(/\/$/, '')}/sandbox/pay/${row.id}`,
    returnUrl: row.return_url,
    createdAt: new Date(row.created_at).toISOString(),
    completedAt: iso(row.completed_at),
  };
}

export function attachedFileView(row: UploadRow & { content_type: UploadContentType }): AttachedFile {
  return {
    uploadId: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: new Date(row.completed_at ?? row.created_at).toISOString(),
  };
}

function groupBy<T extends { dossier_id: string | null }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (row.dossier_id === null) continue;
    const list = groups.get(row.dossier_id) ?? [];
    list.push(row);
    groups.set(row.dossier_id, list);
  }
  return groups;
}

/** API views of several dossiers with four queries in all (events, files, supplements, payments). */
export async function dossierViews(q: Queryable, rows: DossierRow[], publicUrl: string): Promise<Dossier[]> {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const inIds = 'IN (SELECT (jsonb_array_elements_text($1::jsonb))::uuid)';
  // One after another: a transaction's single connection must not get overlapping queries.
  const events = await q.query<EventRow>(`SELECT * FROM dossier_events WHERE dossier_id ${inIds} ORDER BY id`, [ids]);
  const uploads = await q.query<UploadRow>(
    `SELECT * FROM uploads WHERE dossier_id ${inIds} AND attached_at IS NOT NULL ORDER BY attached_at, id`, [ids],
  );
  const supplements = await q.query<SupplementRow>(
    `SELECT * FROM supplement_requests WHERE dossier_id ${inIds} ORDER BY requested_at, id`, [ids],
  );
  const payments = await q.query<PaymentRow>(
    `SELECT * FROM payments WHERE dossier_id ${inIds} ORDER BY created_at, id`, [ids],
  );
  const eventsBy = groupBy(events);
  const uploadsBy = groupBy(uploads);
  const supplementsBy = groupBy(supplements);
  const paymentsBy = groupBy(payments);
  return rows.map((row): Dossier => {
    const files = uploadsBy.get(row.id) ?? [];
    return {
      id: row.id,
      code: row.code,
      procedureCode: row.procedure_code,
      procedureName: row.procedure_name,
      caseId: row.case_id,
      agencyId: row.agency_id,
      status: row.status,
      channel: row.channel,
      applicant: row.applicant,
      components: row.components.map((component) => ({
        componentId: component.id,
        name: component.name,
        required: component.required,
        files: files
          .filter((file): file is UploadRow & { content_type: UploadContentType } =>
            file.component_id === component.id && file.content_type !== null)
          .map(attachedFileView),
      })),
      events: (eventsBy.get(row.id) ?? []).map(
        (event): DossierEvent => ({
          at: new Date(event.at).toISOString(),
          status: event.status,
          actor: event.actor,
          note: event.note,
          dueAt: iso(event.due_at),
        }),
      ),
      supplementRequests: (supplementsBy.get(row.id) ?? []).map(
        (request): SupplementRequest => ({
          id: request.id,
          componentIds: request.component_ids,
          note: request.note,
          requestedAt: new Date(request.requested_at).toISOString(),
          dueAt: iso(request.due_at),
          answeredAt: iso(request.answered_at),
        }),
      ),
      payments: (paymentsBy.get(row.id) ?? []).map((payment) => paymentView(payment, publicUrl)),
      fees: row.fees,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      submittedAt: iso(row.submitted_at),
      dueAt: iso(row.due_at),
      ...(row.form ? { form: row.form } : {}),
    };
  });
}

export async function dossierView(q: Queryable, row: DossierRow, publicUrl: string): Promise<Dossier> {
  const [view] = await dossierViews(q, [row], publicUrl);
  if (!view) throw new Error('dossier view missing');
  return view;
}
