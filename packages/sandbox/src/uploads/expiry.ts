import { ProblemError } from '../http/problem.js';
import type { UploadRow } from '../dossiers/types.js';

/** Default time an unfinished upload is kept: one day, as portals commonly allow. */
export const DEFAULT_UPLOAD_EXPIRY_HOURS = 24;

/**
 * When an unfinished upload stops being resumable (tus `expiration`): a fixed time after its
 * creation, so the `Upload-Expires` promised on creation never moves. Null for a finished upload
 * (those are kept while attached; see sweep.ts) or when expiry is off (period 0).
 */
export function unfinishedUploadExpiresAt(row: UploadRow, periodMs: number): Date | null {
  if (!(periodMs > 0) || row.state === 'complete') return null;
  return new Date(new Date(row.created_at).getTime() + periodMs);
}

/** As tus counts it: expired once the clock is past Upload-Expires. */
export function isPast(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() > expiresAt.getTime();
}

/** The contract's answer for an upload the server knows expired: 410 upload_not_found. */
export function uploadExpired(expiresAt: Date): ProblemError {
  const at = expiresAt.toISOString();
  return new ProblemError(410, 'upload_not_found', {
    vi: `Phiên tải lên đã hết hạn lúc ${at} khi chưa tải xong, và đã bị xoá. Hãy tải tệp lên lại từ đầu.`,
    en: `The upload expired at ${at} before it was finished, and was deleted. Upload the file again from the start.`,
  });
}

/** A row that vanished while its bytes were being written (swept, or terminated meanwhile). */
export function uploadGone(): ProblemError {
  return new ProblemError(410, 'upload_not_found', {
    vi: 'Phiên tải lên không còn nữa (đã hết hạn hoặc đã bị xoá). Hãy tải tệp lên lại từ đầu.',
    en: 'The upload no longer exists (it expired or was deleted). Upload the file again from the start.',
  });
}
