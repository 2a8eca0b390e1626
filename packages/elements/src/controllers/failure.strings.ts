import { commonStrings } from '../i18n/common-strings.js';
import { defineStrings } from '../i18n/strings.js';
import type { FailureKind } from './failure.js';

/**
 * What the state view says: one sentence per failure kind, and the loading,
 * sign-in and retry texts. An element with a more precise sentence of its own
 * (e.g. "No procedure has the code 1.001193.") passes it to the state view instead.
 */
export const failureStrings = defineStrings(
  {
    retry: commonStrings.vi.retry,
    notConfigured: commonStrings.vi.notConfigured,
    loading: 'Đang tải…',
    signInNeeded: 'Vui lòng đăng nhập để tiếp tục.',
    failure: {
      aborted: 'Yêu cầu đã bị huỷ.',
      offline: 'Không kết nối được tới cổng dịch vụ công. Kiểm tra kết nối mạng rồi thử lại.',
      not_configured: commonStrings.vi.notConfigured,
      not_found: 'Không tìm thấy thông tin bạn yêu cầu.',
      signed_out: 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
      forbidden: 'Bạn không có quyền xem hoặc thực hiện việc này.',
      rate_limited: 'Có quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.',
      validation: 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra lại.',
      conflict: 'Thông tin đã thay đổi trong lúc bạn thao tác. Vui lòng tải lại rồi thử lần nữa.',
      server: 'Cổng dịch vụ công đang gặp sự cố. Vui lòng thử lại.',
    } as Readonly<Record<FailureKind, string>>,
  },
  {
    retry: commonStrings.en.retry,
    notConfigured: commonStrings.en.notConfigured,
    loading: 'Loading…',
    signInNeeded: 'Please sign in to continue.',
    failure: {
      aborted: 'The request was cancelled.',
      offline: 'The public-service portal could not be reached. Check your connection and try again.',
      not_configured: commonStrings.en.notConfigured,
      not_found: 'What you asked for could not be found.',
      signed_out: 'You are not signed in, or your session has ended. Please sign in again.',
      forbidden: 'You are not allowed to see or do this.',
      rate_limited: 'Too many requests in a short time. Please wait a moment and try again.',
      validation: 'Some of the information sent is not valid. Please check it.',
      conflict: 'This changed while you were working on it. Please reload and try again.',
      server: 'The public-service portal ran into a problem. Please try again.',
    } as Readonly<Record<FailureKind, string>>,
  },
);
