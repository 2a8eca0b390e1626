import { localeOf, type Locale } from './locale.js';

/**
 * Every error the sandbox returns is RFC 9457 problem+json with a stable `code`, a title and a
 * detail in the request's language. Route code throws `ProblemError`; the app's error handler
 * turns it (and anything unexpected, as `internal_error` without a stack) into a response.
 */
export interface FieldError {
  path: string;
  message: string;
}

type Text = Record<Locale, string>;

/** Titles per stable code. Add a code here before using it, so every error has both languages. */
export const PROBLEM_TITLES = {
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  validation_failed: { vi: 'Dữ liệu không hợp lệ', en: 'Validation failed' },
  unauthenticated: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
  forbidden: { vi: 'Không có quyền truy cập', en: 'Forbidden' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  procedure_not_found: { vi: 'Không tìm thấy thủ tục', en: 'Procedure not found' },
  dossier_not_found: { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
  upload_not_found: { vi: 'Không tìm thấy tệp tải lên', en: 'Upload not found' },
  payment_not_found: { vi: 'Không tìm thấy giao dịch thanh toán', en: 'Payment not found' },
  conflict: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  invalid_state_transition: { vi: 'Không thể chuyển trạng thái hồ sơ', en: 'Invalid status change' },
  missing_required_components: { vi: 'Thiếu giấy tờ bắt buộc', en: 'Required documents missing' },
  idempotency_key_required: { vi: 'Thiếu Idempotency-Key', en: 'Idempotency-Key required' },
  idempotency_key_reused: { vi: 'Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key reused' },
  payload_too_large: { vi: 'Tệp quá lớn', en: 'Payload too large' },
  upload_type_not_allowed: { vi: 'Loại tệp không được chấp nhận', en: 'File type not allowed' },
  checksum_mismatch: { vi: 'Tệp bị sai lệch khi truyền', en: 'Checksum mismatch' },
  rate_limited: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  internal_error: { vi: 'Lỗi hệ thống', en: 'Internal error' },
} as const satisfies Record<string, Text>;

export type ProblemCode = keyof typeof PROBLEM_TITLES;

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    /** The detail in both languages: say what went wrong and what to do. */
    readonly detail: Text,
    readonly fieldErrors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail.en);
    this.name = 'ProblemError';
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  fieldErrors?: FieldError[];
}

export function problemBody(request: Request, error: ProblemError): ProblemBody {
  const locale = localeOf(request);
  const body: ProblemBody = {
    type: `https://dvc-kit.dev/problems/${error.code.replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[error.code][locale],
    status: error.status,
    detail: error.detail[locale],
    code: error.code,
    instance: new URL(request.url).pathname,
  };
  if (error.fieldErrors?.length) body.fieldErrors = error.fieldErrors;
  return body;
}

export function problemResponse(request: Request, error: ProblemError): Response {
  return new Response(JSON.stringify(problemBody(request, error)), {
    status: error.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': localeOf(request),
      ...error.headers,
    },
  });
}
