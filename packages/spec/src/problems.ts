// Stable problem+json codes (RFC 9457 `code` member), their HTTP status and titles.
// The table matches the `Problem` schema's description in portal.openapi.yaml.
import type { LocalizedText } from './enums.js';

export const PROBLEM_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'procedure_not_found',
  'dossier_not_found',
  'upload_not_found',
  'payment_not_found',
  'administrative_unit_not_found',
  'form_not_found',
  'form_invalid',
  'conflict',
  'invalid_state_transition',
  'missing_required_components',
  'idempotency_key_required',
  'idempotency_key_reused',
  'payload_too_large',
  'upload_type_not_allowed',
  'checksum_mismatch',
  'rate_limited',
  'internal_error',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Default HTTP status per code (tus may answer upload_not_found with 410, health internal_error with 503). */
export const PROBLEM_STATUS: Readonly<Record<ProblemCode, number>> = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  procedure_not_found: 404,
  dossier_not_found: 404,
  upload_not_found: 404,
  payment_not_found: 404,
  administrative_unit_not_found: 404,
  form_not_found: 404,
  form_invalid: 422,
  conflict: 409,
  invalid_state_transition: 409,
  missing_required_components: 422,
  idempotency_key_required: 400,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  upload_type_not_allowed: 415,
  checksum_mismatch: 422,
  rate_limited: 429,
  internal_error: 500,
};

/** Short human titles; `detail` carries the specifics. */
export const PROBLEM_TITLES: Readonly<Record<ProblemCode, LocalizedText>> = {
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  validation_failed: { vi: 'Dữ liệu không hợp lệ', en: 'Validation failed' },
  unauthenticated: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
  forbidden: { vi: 'Không có quyền', en: 'Forbidden' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  procedure_not_found: { vi: 'Không tìm thấy thủ tục', en: 'Procedure not found' },
  dossier_not_found: { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
  upload_not_found: { vi: 'Không tìm thấy tệp tải lên', en: 'Upload not found' },
  payment_not_found: { vi: 'Không tìm thấy giao dịch thanh toán', en: 'Payment not found' },
  administrative_unit_not_found: {
    vi: 'Không tìm thấy đơn vị hành chính',
    en: 'Administrative unit not found',
  },
  form_not_found: { vi: 'Thủ tục không có tờ khai trực tuyến', en: 'No online form for this procedure' },
  form_invalid: { vi: 'Tờ khai chưa hợp lệ', en: 'The form is incomplete or invalid' },
  conflict: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  invalid_state_transition: {
    vi: 'Không thể chuyển trạng thái',
    en: 'Invalid status transition',
  },
  missing_required_components: {
    vi: 'Thiếu thành phần hồ sơ bắt buộc',
    en: 'Required documents missing',
  },
  idempotency_key_required: { vi: 'Thiếu Idempotency-Key', en: 'Idempotency-Key required' },
  idempotency_key_reused: {
    vi: 'Idempotency-Key đã dùng cho yêu cầu khác',
    en: 'Idempotency-Key reused with a different request',
  },
  payload_too_large: { vi: 'Tệp quá lớn', en: 'Payload too large' },
  upload_type_not_allowed: { vi: 'Loại tệp không được phép', en: 'File type not allowed' },
  checksum_mismatch: { vi: 'Mã kiểm tra tệp không khớp', en: 'Checksum mismatch' },
  rate_limited: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  internal_error: { vi: 'Lỗi hệ thống', en: 'Internal error' },
};

const PROBLEM_TYPE_PREFIX = 'urn:dvc-kit:problem:';

/** The problem `type` URI for a code: `urn:dvc-kit:problem:{code}`. */
export function problemType(code: ProblemCode): string {
  return PROBLEM_TYPE_PREFIX + code;
}

/** Narrows an arbitrary string (e.g. from a server response) to a known code. */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}
