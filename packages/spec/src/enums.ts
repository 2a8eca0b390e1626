// The document's enums as const arrays, with Vietnamese and English labels.
// Each array is checked against the generated union, so adding a value to the YAML
// without adding it here (or the reverse) fails `tsc`.
import { assertType, type Equal } from './type-equality.js';
import type {
  AccountType,
  ApplicantType,
  AssuranceLevel,
  ChannelKind,
  CommuneType,
  Currency,
  DossierStatus,
  DurationUnit,
  EventActor,
  FeeKind,
  Level,
  OnlineLevel,
  PaymentStatus,
  ProvinceType,
  WebhookEventType,
} from './types.js';

/** A short text in both of the project's languages; `vi` is the default. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export const LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export const ONLINE_LEVELS = ['full', 'partial', 'info'] as const;
export const CHANNEL_KINDS = ['online', 'in_person', 'postal'] as const;
export const DURATION_UNITS = ['working_day', 'day', 'hour', 'month'] as const;
export const APPLICANT_TYPES = ['citizen', 'business', 'agency', 'organisation'] as const;
export const ACCOUNT_TYPES = ['citizen', 'business'] as const;
export const ASSURANCE_LEVELS = ['LoA1', 'LoA2'] as const;
export const PAYMENT_STATUSES = ['initiated', 'succeeded', 'failed', 'cancelled'] as const;
export const EVENT_ACTORS = ['applicant', 'officer', 'system'] as const;
export const CURRENCIES = ['VND', 'USD'] as const;
export const FEE_KINDS = ['fee', 'charge', 'unknown'] as const;
export const WEBHOOK_EVENT_TYPES = ['dossier.status_changed'] as const;
/** Kinds of provincial unit since 1 July 2025: thành phố (centrally run city), tỉnh. */
export const PROVINCE_TYPES = ['city', 'province'] as const;
/** Kinds of commune-level unit since 1 July 2025: xã, phường, đặc khu. */
export const COMMUNE_TYPES = ['commune', 'ward', 'special_zone'] as const;

/** Status values in lifecycle order; `DOSSIER_STATUSES` carries their codes and labels. */
export const DOSSIER_STATUS_VALUES = [
  'draft',
  'submitted',
  'received',
  'rejected',
  'processing',
  'awaiting_supplement',
  'awaiting_payment',
  'withdrawn',
  'suspended',
  'processed',
  'returned',
] as const;

export interface DossierStatusInfo {
  readonly value: DossierStatus;
  /** Code used by the national portal's legacy systems; `draft` is dvc-kit's own and has none. */
  readonly legacyCode: number | null;
  readonly label: LocalizedText;
}

// A Record keyed by the generated union, so a status missing here fails `tsc`.
const DOSSIER_STATUS_DETAILS: Readonly<
  Record<DossierStatus, Omit<DossierStatusInfo, 'value'>>
> = {
  draft: { legacyCode: null, label: { vi: 'Đang soạn hồ sơ', en: 'Draft' } },
  submitted: { legacyCode: 1, label: { vi: 'Mới đăng ký', en: 'Newly submitted' } },
  received: { legacyCode: 2, label: { vi: 'Được tiếp nhận', en: 'Received' } },
  rejected: { legacyCode: 3, label: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  processing: { legacyCode: 4, label: { vi: 'Đang xử lý', en: 'In progress' } },
  awaiting_supplement: {
    legacyCode: 5,
    label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' },
  },
  awaiting_payment: {
    legacyCode: 6,
    label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested' },
  },
  withdrawn: {
    legacyCode: 7,
    label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the applicant’s request' },
  },
  suspended: { legacyCode: 8, label: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  processed: { legacyCode: 9, label: { vi: 'Đã xử lý xong', en: 'Processed' } },
  returned: { legacyCode: 10, label: { vi: 'Đã trả kết quả', en: 'Result returned' } },
};

/** Every dossier status, in lifecycle order, with its legacy portal code and label (DOMAIN.md). */
export const DOSSIER_STATUSES: readonly DossierStatusInfo[] = DOSSIER_STATUS_VALUES.map(
  (value) => ({ value, ...DOSSIER_STATUS_DETAILS[value] }),
);

export const LEVEL_LABELS: Readonly<Record<Level, LocalizedText>> = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  other: { vi: 'Cơ quan khác', en: 'Other agency' },
};

export const ONLINE_LEVEL_LABELS: Readonly<Record<OnlineLevel, LocalizedText>> = {
  full: { vi: 'Toàn trình', en: 'Fully online' },
  partial: { vi: 'Một phần', en: 'Partly online' },
  info: { vi: 'Cung cấp thông tin', en: 'Information only' },
};

export const CHANNEL_KIND_LABELS: Readonly<Record<ChannelKind, LocalizedText>> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  postal: { vi: 'Dịch vụ bưu chính', en: 'By post' },
};

export const DURATION_UNIT_LABELS: Readonly<Record<DurationUnit, LocalizedText>> = {
  working_day: { vi: 'ngày làm việc', en: 'working days' },
  day: { vi: 'ngày', en: 'days' },
  hour: { vi: 'giờ', en: 'hours' },
  month: { vi: 'tháng', en: 'months' },
};

export const APPLICANT_TYPE_LABELS: Readonly<Record<ApplicantType, LocalizedText>> = {
  citizen: { vi: 'Công dân', en: 'Citizen' },
  business: { vi: 'Doanh nghiệp', en: 'Business' },
  agency: { vi: 'Cơ quan nhà nước', en: 'State agency' },
  organisation: { vi: 'Tổ chức khác', en: 'Other organisation' },
};

export const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, LocalizedText>> = {
  initiated: { vi: 'Đang chờ thanh toán', en: 'Awaiting payment' },
  succeeded: { vi: 'Thanh toán thành công', en: 'Paid' },
  failed: { vi: 'Thanh toán thất bại', en: 'Payment failed' },
  cancelled: { vi: 'Đã huỷ thanh toán', en: 'Payment cancelled' },
};

const statusByLegacyCode = new Map(DOSSIER_STATUSES.map((info) => [info.legacyCode, info.value]));

/** Label and legacy code of a status. */
export function dossierStatusInfo(status: DossierStatus): DossierStatusInfo {
  return { value: status, ...DOSSIER_STATUS_DETAILS[status] };
}

/** Maps a legacy portal code (1..10) to a status; undefined for anything else. */
export function dossierStatusFromLegacyCode(code: number): DossierStatus | undefined {
  return code >= 1 ? statusByLegacyCode.get(code) : undefined;
}

// Drift guards: each array must list exactly the generated union's members.
assertType<Equal<(typeof LEVELS)[number], Level>>();
assertType<Equal<(typeof ONLINE_LEVELS)[number], OnlineLevel>>();
assertType<Equal<(typeof CHANNEL_KINDS)[number], ChannelKind>>();
assertType<Equal<(typeof DURATION_UNITS)[number], DurationUnit>>();
assertType<Equal<(typeof APPLICANT_TYPES)[number], ApplicantType>>();
assertType<Equal<(typeof ACCOUNT_TYPES)[number], AccountType>>();
assertType<Equal<(typeof ASSURANCE_LEVELS)[number], AssuranceLevel>>();
assertType<Equal<(typeof PAYMENT_STATUSES)[number], PaymentStatus>>();
assertType<Equal<(typeof EVENT_ACTORS)[number], EventActor>>();
assertType<Equal<(typeof CURRENCIES)[number], Currency>>();
assertType<Equal<(typeof FEE_KINDS)[number], FeeKind>>();
assertType<Equal<(typeof WEBHOOK_EVENT_TYPES)[number], WebhookEventType>>();
assertType<Equal<(typeof DOSSIER_STATUS_VALUES)[number], DossierStatus>>();
assertType<Equal<(typeof PROVINCE_TYPES)[number], ProvinceType>>();
assertType<Equal<(typeof COMMUNE_TYPES)[number], CommuneType>>();
