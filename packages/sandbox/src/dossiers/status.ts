/**
 * The dossier lifecycle from DOMAIN.md ('draft' is ours: created, not yet submitted).
 * Applicants, the simulated officer and the sandbox control route move dossiers only along
 * ALLOWED; from a fresh submission every status can be reached, so every state can be shown.
 */
export const DOSSIER_STATUSES = [
  'draft', 'submitted', 'received', 'rejected', 'processing', 'awaiting_supplement',
  'awaiting_payment', 'withdrawn', 'suspended', 'processed', 'returned',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export type EventActor = 'applicant' | 'officer' | 'system';

export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && (DOSSIER_STATUSES as readonly string[]).includes(value);
}

/** Legacy numeric codes of the national portal (draft has none). */
export const LEGACY_CODES: Readonly<Record<Exclude<DossierStatus, 'draft'>, number>> = {
  submitted: 1, received: 2, rejected: 3, processing: 4, awaiting_supplement: 5,
  awaiting_payment: 6, withdrawn: 7, suspended: 8, processed: 9, returned: 10,
};

/** Where a dossier may go next in the normal course of things. */
const ALLOWED: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['received', 'rejected', 'awaiting_supplement', 'withdrawn'],
  received: ['processing', 'awaiting_supplement', 'awaiting_payment', 'rejected', 'suspended', 'withdrawn'],
  processing: ['awaiting_supplement', 'awaiting_payment', 'processed', 'suspended', 'rejected', 'withdrawn'],
  awaiting_supplement: ['received', 'processing', 'rejected', 'suspended', 'withdrawn'],
  awaiting_payment: ['received', 'processing', 'suspended', 'withdrawn'],
  suspended: ['processing'],
  processed: ['returned'],
  rejected: [],
  withdrawn: [],
  returned: [],
};

export function canMove(from: DossierStatus, to: DossierStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** The officer moves these along on its clock, one step at a time. */
export const OFFICER_NEXT: Readonly<Partial<Record<DossierStatus, DossierStatus>>> = {
  submitted: 'received',
  received: 'processing',
  processing: 'processed',
  processed: 'returned',
};

/** The applicant may withdraw until the result is ready. */
export const WITHDRAWABLE: readonly DossierStatus[] = [
  'draft', 'submitted', 'received', 'processing', 'awaiting_supplement', 'awaiting_payment', 'suspended',
];

/** Finished with a result (counted for on-time statistics). */
export const DONE: readonly DossierStatus[] = ['processed', 'returned'];
/** No longer under way: neither overdue nor pending. */
export const CLOSED: readonly DossierStatus[] = ['processed', 'returned', 'rejected', 'withdrawn'];

/** Vietnamese and English labels, for notes and the payment page. */
export const STATUS_LABELS: Readonly<Record<DossierStatus, { vi: string; en: string }>> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Mới đăng ký', en: 'Submitted' },
  received: { vi: 'Được tiếp nhận', en: 'Received' },
  rejected: { vi: 'Không được tiếp nhận', en: 'Rejected' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  awaiting_supplement: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Awaiting supplement' },
  awaiting_payment: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting payment' },
  withdrawn: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn' },
  suspended: { vi: 'Dừng xử lý', en: 'Suspended' },
  processed: { vi: 'Đã xử lý xong', en: 'Processed' },
  returned: { vi: 'Đã trả kết quả', en: 'Returned' },
};
