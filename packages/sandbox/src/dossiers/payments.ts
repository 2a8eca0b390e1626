import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { invalidTransition, validationFailed } from './errors.js';
import type { PaymentRow } from './repository.js';
import { statusBeforeWaiting, type ActionContext } from './service.js';
import { recordTransition } from './transition.js';
import type { DossierRow, PaymentStatus } from './types.js';

export function paymentNotFound(): ProblemError {
  return new ProblemError(404, 'payment_not_found', {
    vi: 'Không tìm thấy giao dịch thanh toán này.', en: 'No such payment.',
  });
}

function checkReturnUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw validationFailed([{ path: 'returnUrl', message: 'an absolute http(s) URL' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw validationFailed([{ path: 'returnUrl', message: 'an absolute http(s) URL' }]);
  }
  return url.toString();
}

/**
 * Starts paying what an awaiting_payment dossier owes. The reference is unique and readable
 * (the dossier code plus an attempt number), as the payment platform shows it to the citizen.
 */
export async function initiatePayment(
  tx: Queryable, ctx: ActionContext, row: DossierRow, returnUrl: string | undefined,
): Promise<PaymentRow> {
  if (row.status !== 'awaiting_payment') {
    throw invalidTransition(row.status, null, {
      vi: 'Hồ sơ không có yêu cầu thanh toán nào đang chờ.',
      en: 'The dossier has no payment request waiting.',
    });
  }
  const url = checkReturnUrl(returnUrl);
  // One open payment per request: a new attempt (a lost tab, a new Idempotency-Key) supersedes
  // the ones left open, so two payment pages can never both be paid.
  await tx.query(
    `UPDATE payments SET status = 'cancelled', completed_at = $2 WHERE dossier_id = $1 AND status = 'initiated'`,
    [row.id, ctx.now],
  );
  const count = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM payments WHERE dossier_id = $1', [row.id]);
  const attempt = Number(count[0]?.n ?? 0) + 1;
  const reference = `${row.code ?? row.id}-P${String(attempt).padStart(2, '0')}`;
  const feeTotal = row.fees.reduce((sum, fee) => sum + fee.amount, 0);
  const rows = await tx.query<PaymentRow>(
    `INSERT INTO payments (id, dossier_id, owner_sub, reference, amount, currency, status, return_url, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'initiated', $7, $8) RETURNING *`,
    [
      randomUUID(), row.id, ctx.principal.sub, reference, row.payment_amount ?? feeTotal,
      row.payment_currency ?? row.fees[0]?.currency ?? 'VND', url, ctx.now,
    ],
  );
  const payment = rows[0];
  if (!payment) throw new Error('payment insert returned nothing');
  return payment;
}

export type PaymentOutcome = 'approve' | 'decline' | 'cancel';
const OUTCOME_STATUS: Readonly<Record<PaymentOutcome, PaymentStatus>> = {
  approve: 'succeeded', decline: 'failed', cancel: 'cancelled',
};

export async function findPayment(q: Queryable, id: string, options: { lock?: boolean } = {}): Promise<PaymentRow | null> {
  const rows = await q.query<PaymentRow>(
    `SELECT * FROM payments WHERE id::text = $1${options.lock ? ' FOR UPDATE' : ''}`, [id],
  );
  return rows[0] ?? null;
}

/**
 * The payment provider's answer (the sandbox payment page): records the outcome once, and on
 * success moves the dossier on, all in one transaction so the payment and the dossier agree.
 */
export async function completePayment(
  tx: Queryable, now: Date, paymentId: string, outcome: PaymentOutcome,
): Promise<PaymentRow> {
  const payment = await findPayment(tx, paymentId, { lock: true });
  if (!payment) throw paymentNotFound();
  if (payment.status !== 'initiated') {
    throw new ProblemError(409, 'conflict', {
      vi: 'Giao dịch này đã kết thúc.', en: 'This payment is already finished.',
    });
  }
  const status = OUTCOME_STATUS[outcome];
  if (status === 'succeeded') {
    // Take money only for a request still waiting to be paid (not one the officer has moved on).
    const owner = await tx.query<{ status: string }>('SELECT status FROM dossiers WHERE id = $1', [payment.dossier_id]);
    if (owner[0]?.status !== 'awaiting_payment') {
      throw new ProblemError(409, 'conflict', {
        vi: 'Hồ sơ không còn chờ thanh toán.', en: 'The dossier is no longer waiting for this payment.',
      });
    }
  }
  const rows = await tx.query<PaymentRow>(
    'UPDATE payments SET status = $2, completed_at = $3 WHERE id = $1 RETURNING *', [payment.id, status, now],
  );
  if (status === 'succeeded') {
    const dossiers = await tx.query<DossierRow>('SELECT * FROM dossiers WHERE id = $1 FOR UPDATE', [payment.dossier_id]);
    const dossier = dossiers[0];
    if (dossier && dossier.status === 'awaiting_payment') {
      const resumeTo = await statusBeforeWaiting(tx, dossier.id, 'awaiting_payment');
      await recordTransition(tx, dossier, resumeTo, {
        actor: 'system',
        note: `Đã thanh toán ${payment.reference} / Paid ${payment.reference}`,
        at: now,
      });
    }
  }
  return rows[0] ?? payment;
}
