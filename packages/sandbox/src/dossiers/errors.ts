import { ProblemError, type FieldError } from '../http/problem.js';
import { STATUS_LABELS, type DossierStatus } from './status.js';

/** Problems the dossier area raises in more than one place, worded once in both languages. */
export function invalidTransition(from: DossierStatus, to: DossierStatus | null, why?: { vi: string; en: string }): ProblemError {
  const target = to ? STATUS_LABELS[to] : null;
  return new ProblemError(409, 'invalid_state_transition', {
    vi: why?.vi ?? `Hồ sơ đang ở trạng thái "${STATUS_LABELS[from].vi}"${target ? `, không thể chuyển sang "${target.vi}"` : ''}.`,
    en: why?.en ?? `The dossier is ${STATUS_LABELS[from].en.toLowerCase()}${target ? `; it cannot become ${target.en.toLowerCase()}` : ''}.`,
  });
}

export function validationFailed(fieldErrors: FieldError[], detail?: { vi: string; en: string }): ProblemError {
  return new ProblemError(422, 'validation_failed', detail ?? {
    vi: 'Một số trường không hợp lệ, xem fieldErrors.',
    en: 'Some fields are invalid; see fieldErrors.',
  }, fieldErrors);
}

export function uploadNotFound(): ProblemError {
  return new ProblemError(404, 'upload_not_found', {
    vi: 'Không tìm thấy tệp tải lên này trong tài khoản của bạn.',
    en: 'No such upload in your account.',
  });
}
