import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../deps.js';
import type { ChannelKind, Fee, Procedure } from '../catalog/types.js';
import { blankForm, requireValidForm } from '../forms/service.js';
import { ProblemError } from '../http/problem.js';
import { nextDossierCode } from './code.js';
import { dueDateFor } from './due-date.js';
import { invalidTransition, uploadNotFound, validationFailed } from './errors.js';
import { loadProcedure } from './procedure.js';
import { canMove, WITHDRAWABLE, type DossierStatus } from './status.js';
import { recordTransition } from './transition.js';
import type { Applicant, ComponentSnapshot, DossierFee, DossierRow, UploadRow } from './types.js';

/** Who is acting and when: every write takes its time from the injectable clock. */
export interface ActionContext {
  principal: Principal;
  now: Date;
}

export interface CreateDossierInput {
  procedureCode: string;
  caseId?: string | undefined;
  applicant?: Partial<Applicant> | undefined;
  channel?: ChannelKind | undefined;
}

const FEE_NAMES: Readonly<Record<Fee['kind'], string>> = { fee: 'Phí', charge: 'Lệ phí', unknown: 'Phí, lệ phí' };

function applicantFor(principal: Principal, given: Partial<Applicant> | undefined): Applicant {
  const base: Applicant = {
    type: principal.accountType === 'business' ? 'business' : 'citizen',
    name: principal.name,
    idNumber: principal.idNumber,
    taxCode: principal.taxCode,
    phone: principal.phone,
    email: principal.email,
    address: null,
  };
  if (!given) return base;
  const merged: Applicant = { ...base };
  for (const key of Object.keys(base) as (keyof Applicant)[]) {
    const value = given[key];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function caseComponents(procedure: Procedure, caseId: string): ComponentSnapshot[] | null {
  const found = procedure.cases.find((c) => c.id === caseId);
  return found ? found.components.map((c) => ({ id: c.id, name: c.name, required: c.required })) : null;
}

function channelOf(procedure: Procedure, channel: ChannelKind): Procedure['channels'][number] | undefined {
  return procedure.channels.find((c) => c.channel === channel);
}

function feesOf(channel: Procedure['channels'][number] | undefined): DossierFee[] {
  return (channel?.fees ?? [])
    .filter((fee) => !fee.free && fee.amount !== null && fee.amount > 0)
    .map((fee) => ({ name: FEE_NAMES[fee.kind], amount: fee.amount ?? 0, currency: fee.currency }));
}

/** A new draft dossier for a procedure of the catalog, owned by the signed-in account. */
export async function createDossier(tx: Queryable, ctx: ActionContext, input: CreateDossierInput): Promise<DossierRow> {
  const procedure = await loadProcedure(tx, input.procedureCode);
  if (!procedure) {
    throw new ProblemError(404, 'procedure_not_found', {
      vi: `Không có thủ tục mã ${input.procedureCode} trong danh mục.`,
      en: `There is no procedure ${input.procedureCode} in the catalog.`,
    });
  }
  if (procedure.onlineLevel === 'info') {
    throw validationFailed([{ path: 'procedureCode', message: 'information-only procedure' }], {
      vi: 'Thủ tục này chỉ cung cấp thông tin, không nộp hồ sơ trực tuyến được.',
      en: 'This procedure is information only; it cannot be submitted online.',
    });
  }
  const caseId = input.caseId ?? procedure.cases[0]?.id ?? 'default';
  const components = procedure.cases.length === 0 && caseId === 'default' ? [] : caseComponents(procedure, caseId);
  if (components === null) {
    throw validationFailed([{ path: 'caseId', message: `unknown case; one of ${procedure.cases.map((c) => c.id).join(', ')}` }]);
  }
  const channelKind = input.channel ?? 'online';
  const channel = channelOf(procedure, channelKind);
  if (!channel && procedure.channels.length > 0) {
    throw validationFailed([{ path: 'channel', message: `not offered; one of ${procedure.channels.map((c) => c.channel).join(', ')}` }]);
  }
  const id = randomUUID();
  const rows = await tx.query<DossierRow>(
    `INSERT INTO dossiers (id, owner_sub, procedure_code, procedure_name, case_id, agency_id, status, channel,
       applicant, components, fees, processing_time, created_at, updated_at, status_changed_at, form)
     VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $12, $12, $12, $13::jsonb)
     RETURNING *`,
    [
      id, ctx.principal.sub, procedure.code, procedure.name, caseId, procedure.agency.id, channelKind,
      JSON.stringify(applicantFor(ctx.principal, input.applicant)), JSON.stringify(components),
      JSON.stringify(feesOf(channel)), channel ? JSON.stringify(channel.duration) : null, ctx.now,
      jsonOrNull(blankForm(procedure.code)),
    ],
  );
  await tx.query(
    `INSERT INTO dossier_events (dossier_id, status, actor, note, at, due_at) VALUES ($1, 'draft', 'applicant', NULL, $2, NULL)`,
    [id, ctx.now],
  );
  const row = rows[0];
  if (!row) throw new Error('dossier insert returned nothing');
  return row;
}

/** SQL NULL for no value, so the column is NULL rather than a JSON null. */
function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function requireDraft(row: DossierRow, what: { vi: string; en: string }): void {
  if (row.status !== 'draft') throw invalidTransition(row.status, null, what);
}

/** Changes the case or applicant of a draft; files of components the new case lacks are detached. */
export async function updateDraft(
  tx: Queryable, ctx: ActionContext, row: DossierRow, input: { caseId?: string | undefined; applicant?: Partial<Applicant> | undefined },
): Promise<DossierRow> {
  requireDraft(row, { vi: 'Chỉ sửa được hồ sơ chưa nộp.', en: 'Only a draft can be edited.' });
  let components = row.components;
  if (input.caseId !== undefined && input.caseId !== row.case_id) {
    const procedure = await loadProcedure(tx, row.procedure_code);
    const next = procedure ? caseComponents(procedure, input.caseId) : null;
    if (!next) throw validationFailed([{ path: 'caseId', message: 'unknown case' }]);
    components = next;
    await tx.query(
      `UPDATE uploads SET attached_at = NULL
       WHERE dossier_id = $1 AND NOT (component_id IN (SELECT jsonb_array_elements($2::jsonb)->>'id'))`,
      [row.id, JSON.stringify(components)],
    );
  }
  const applicant = input.applicant ? { ...row.applicant, ...stripUndefined(input.applicant) } : row.applicant;
  const rows = await tx.query<DossierRow>(
    `UPDATE dossiers SET case_id = $2, components = $3::jsonb, applicant = $4::jsonb, updated_at = $5 WHERE id = $1 RETURNING *`,
    [row.id, input.caseId ?? row.case_id, JSON.stringify(components), JSON.stringify(applicant), ctx.now],
  );
  return rows[0] ?? row;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function ownUpload(tx: Queryable, uploadId: string, ownerSub: string): Promise<UploadRow> {
  const rows = await tx.query<UploadRow>(
    'SELECT * FROM uploads WHERE id::text = $1 AND owner_sub = $2 FOR UPDATE', [uploadId, ownerSub],
  );
  const upload = rows[0];
  if (!upload) throw uploadNotFound();
  return upload;
}

/** Puts a finished upload of the owner under one component of the dossier. */
async function attach(tx: Queryable, ctx: ActionContext, row: DossierRow, componentId: string, uploadId: string): Promise<void> {
  if (!row.components.some((c) => c.id === componentId)) {
    throw validationFailed([{ path: 'componentId', message: `unknown component; one of ${row.components.map((c) => c.id).join(', ')}` }]);
  }
  const upload = await ownUpload(tx, uploadId, ctx.principal.sub);
  if (upload.state !== 'complete') {
    throw new ProblemError(409, 'conflict', {
      vi: 'Tệp chưa tải lên xong, chưa đính kèm được.',
      en: 'The upload is not finished yet, so it cannot be attached.',
    });
  }
  if (upload.attached_at !== null && upload.dossier_id !== row.id) {
    throw new ProblemError(409, 'conflict', {
      vi: 'Tệp này đã được đính kèm vào hồ sơ khác.',
      en: 'This upload is already attached to another dossier.',
    });
  }
  await tx.query('UPDATE uploads SET dossier_id = $2, component_id = $3, attached_at = $4 WHERE id = $1', [
    upload.id, row.id, componentId, upload.attached_at ?? ctx.now,
  ]);
}

export async function attachToDraft(
  tx: Queryable, ctx: ActionContext, row: DossierRow, componentId: string, uploadId: string,
): Promise<DossierRow> {
  requireDraft(row, {
    vi: 'Chỉ đính kèm được vào hồ sơ chưa nộp; khi có yêu cầu bổ sung, hãy trả lời yêu cầu đó.',
    en: 'Files can only be attached to a draft; to add files later, answer a supplement request.',
  });
  await attach(tx, ctx, row, componentId, uploadId);
  return touch(tx, row, ctx.now);
}

export async function detachFromDraft(tx: Queryable, ctx: ActionContext, row: DossierRow, uploadId: string): Promise<DossierRow> {
  requireDraft(row, { vi: 'Chỉ gỡ tệp được khỏi hồ sơ chưa nộp.', en: 'Files can only be removed from a draft.' });
  const rows = await tx.query(
    'UPDATE uploads SET attached_at = NULL WHERE id::text = $1 AND dossier_id = $2 AND attached_at IS NOT NULL RETURNING id',
    [uploadId, row.id],
  );
  if (rows.length === 0) throw uploadNotFound();
  return touch(tx, row, ctx.now);
}

async function touch(tx: Queryable, row: DossierRow, now: Date): Promise<DossierRow> {
  const rows = await tx.query<DossierRow>('UPDATE dossiers SET updated_at = $2 WHERE id = $1 RETURNING *', [row.id, now]);
  return rows[0] ?? row;
}

async function componentsWithFiles(tx: Queryable, dossierId: string): Promise<Set<string>> {
  const rows = await tx.query<{ component_id: string }>(
    'SELECT DISTINCT component_id FROM uploads WHERE dossier_id = $1 AND attached_at IS NOT NULL', [dossierId],
  );
  return new Set(rows.map((r) => r.component_id));
}

function missingComponents(components: ComponentSnapshot[], filled: Set<string>): ProblemError {
  return new ProblemError(422, 'missing_required_components', {
    vi: `Còn thiếu giấy tờ bắt buộc: ${components.map((c) => c.name).join('; ')}.`,
    en: `Required documents are missing: ${components.map((c) => c.name).join('; ')}.`,
  }, components.filter((c) => !filled.has(c.id)).map((c) => ({ path: `/components/${c.id}`, message: c.name })));
}

/**
 * Submits a draft: checks required components and the online form (see {@link requireValidForm}),
 * issues the code, starts the due-date clock.
 */
export async function submitDossier(
  tx: Queryable, ctx: ActionContext, row: DossierRow, options: { requireForms: boolean } = { requireForms: false },
): Promise<DossierRow> {
  if (!canMove(row.status, 'submitted')) throw invalidTransition(row.status, 'submitted');
  const filled = await componentsWithFiles(tx, row.id);
  const missing = row.components.filter((c) => c.required && !filled.has(c.id));
  if (missing.length > 0) throw missingComponents(missing, filled);
  // After the files, so a file-only client keeps meeting missing_required_components first.
  requireValidForm(row, ctx.now, options);
  const code = await nextDossierCode(tx, row.agency_id, ctx.now);
  const updated = await tx.query<DossierRow>(
    'UPDATE dossiers SET code = $2, submitted_at = $3 WHERE id = $1 RETURNING *', [row.id, code, ctx.now],
  );
  return recordTransition(tx, updated[0] ?? row, 'submitted', {
    actor: 'applicant', at: ctx.now, dueAt: dueDateFor(ctx.now, row.processing_time),
  });
}

export async function withdrawDossier(tx: Queryable, ctx: ActionContext, row: DossierRow, reason: string): Promise<DossierRow> {
  if (!WITHDRAWABLE.includes(row.status)) throw invalidTransition(row.status, 'withdrawn');
  return recordTransition(tx, row, 'withdrawn', { actor: 'applicant', note: reason, at: ctx.now });
}

/**
 * Where a dossier goes back to after waiting on the applicant (supplement, payment): the status it
 * had before it started waiting, a submitted one counting as received (the officer has looked at it).
 */
export async function statusBeforeWaiting(tx: Queryable, dossierId: string, waiting: DossierStatus): Promise<DossierStatus> {
  const rows = await tx.query<{ status: DossierStatus }>(
    'SELECT status FROM dossier_events WHERE dossier_id = $1 ORDER BY id DESC', [dossierId],
  );
  const index = rows.findIndex((r) => r.status === waiting);
  const before = index >= 0 ? rows[index + 1]?.status : undefined;
  if (before === 'received' || before === 'processing') return before;
  if (before === 'submitted') return 'received';
  return 'processing';
}

export interface SupplementAnswer {
  attachments: { componentId: string; uploadId: string }[];
  note?: string | undefined;
}

/**
 * Answers an open supplement request: every requested component gets at least one new file, the
 * request is closed, the dossier resumes and its processing time starts again from now.
 */
export async function answerSupplement(
  tx: Queryable, ctx: ActionContext, row: DossierRow, requestId: string, answer: SupplementAnswer,
): Promise<DossierRow> {
  const requests = await tx.query<{ id: string; component_ids: string[]; answered_at: Date | null }>(
    'SELECT id, component_ids, answered_at FROM supplement_requests WHERE id::text = $1 AND dossier_id = $2 FOR UPDATE',
    [requestId, row.id],
  );
  const request = requests[0];
  if (!request) {
    throw new ProblemError(404, 'not_found', {
      vi: 'Hồ sơ không có yêu cầu bổ sung này.', en: 'The dossier has no such supplement request.',
    });
  }
  if (request.answered_at !== null || row.status !== 'awaiting_supplement') {
    throw invalidTransition(row.status, null, {
      vi: 'Yêu cầu bổ sung này đã được trả lời hoặc không còn hiệu lực.',
      en: 'This supplement request was already answered or is no longer open.',
    });
  }
  const given = new Set(answer.attachments.map((a) => a.componentId));
  const notGiven = row.components.filter((c) => request.component_ids.includes(c.id) && !given.has(c.id));
  if (notGiven.length > 0) throw missingComponents(notGiven, given);
  for (const item of answer.attachments) await attach(tx, ctx, row, item.componentId, item.uploadId);
  await tx.query('UPDATE supplement_requests SET answered_at = $2, answer_note = $3 WHERE id = $1', [
    request.id, ctx.now, answer.note ?? null,
  ]);
  const resumeTo = await statusBeforeWaiting(tx, row.id, 'awaiting_supplement');
  return recordTransition(tx, row, resumeTo, {
    actor: 'applicant',
    note: answer.note ?? 'Đã bổ sung giấy tờ / Documents supplemented',
    at: ctx.now,
    dueAt: dueDateFor(ctx.now, row.processing_time),
  });
}
