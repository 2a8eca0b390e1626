import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { addWorkingDays } from './due-date.js';
import { invalidTransition, validationFailed } from './errors.js';
import { canMove, type DossierStatus } from './status.js';
import { recordTransition } from './transition.js';
import type { Currency, DossierRow } from './types.js';

export interface ControlInput {
  status: DossierStatus;
  note?: string | undefined;
  /** For awaiting_supplement: the components to supplement (default: all of them). */
  componentIds?: string[] | undefined;
  /** For awaiting_payment: the amount asked for (default: the procedure's fees, else 50,000 VND). */
  amount?: number | undefined;
}

/** How long an applicant has to answer a supplement request (working days). */
const SUPPLEMENT_WORKING_DAYS = 5;
/** The fee line shown when the officer asks for an amount other than the procedure's fees. */
const REQUESTED_FEE_NAME = 'Phí, lệ phí theo yêu cầu của cơ quan giải quyết';

/** What a payment request asks when neither the caller nor the procedure names an amount. */
const FALLBACK_AMOUNT = 50_000;

/**
 * The sandbox-only control plays the officer: it moves a submitted dossier to any status the
 * lifecycle allows next (the contract: same rules as the officer), so every state can be
 * demonstrated. Supplement and payment requests are created as a real officer would create them. The officer simulation never moves waiting states, so a status set here to
 * awaiting_supplement / awaiting_payment / suspended stays until the applicant (or this route) acts.
 */
export async function setStatusByControl(tx: Queryable, now: Date, row: DossierRow, input: ControlInput): Promise<DossierRow> {
  if (input.status === 'draft') throw validationFailed([{ path: 'status', message: 'a dossier cannot go back to draft' }]);
  if (row.status === 'draft') {
    throw invalidTransition(row.status, input.status, {
      vi: 'Hồ sơ chưa nộp; hãy nộp hồ sơ trước khi đổi trạng thái.',
      en: 'The dossier is still a draft; submit it before changing its status.',
    });
  }
  if (!canMove(row.status, input.status)) throw invalidTransition(row.status, input.status);
  let note = input.note ?? null;
  if (input.status === 'awaiting_supplement') {
    const known = row.components.map((c) => c.id);
    const componentIds = input.componentIds ?? known;
    const unknown = componentIds.filter((id) => !known.includes(id));
    if (unknown.length > 0 || componentIds.length === 0) {
      throw validationFailed([{ path: 'componentIds', message: `unknown or empty; components are ${known.join(', ')}` }]);
    }
    note ??= 'Đề nghị bổ sung giấy tờ / Please supplement the listed documents';
    await tx.query(
      `INSERT INTO supplement_requests (id, dossier_id, component_ids, note, requested_at, due_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6)`,
      [randomUUID(), row.id, JSON.stringify(componentIds), note, now, addWorkingDays(now, SUPPLEMENT_WORKING_DAYS)],
    );
  }
  if (input.status === 'awaiting_payment') {
    const feeTotal = row.fees.reduce((sum, fee) => sum + fee.amount, 0);
    const amount = input.amount ?? (feeTotal > 0 ? feeTotal : FALLBACK_AMOUNT);
    if (!Number.isInteger(amount) || amount <= 0) {
      throw validationFailed([{ path: 'amount', message: 'a positive whole amount' }]);
    }
    const currency: Currency = row.fees[0]?.currency ?? 'VND';
    // The fee table is what the citizen sees before paying: when the officer asks for an amount
    // other than the procedure's fees, that amount becomes the one line of the table.
    const fees = amount === feeTotal ? row.fees : [{ name: REQUESTED_FEE_NAME, amount, currency }];
    await tx.query(
      'UPDATE dossiers SET payment_amount = $2, payment_currency = $3, fees = $4::jsonb WHERE id = $1',
      [row.id, amount, currency, JSON.stringify(fees)],
    );
  }
  return recordTransition(tx, row, input.status, { actor: 'officer', note, at: now });
}
