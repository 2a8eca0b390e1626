import { INTL_TAG, type Locale } from '../i18n/locale.js';
import { countText } from '../i18n/plural.js';
import { commonStrings } from '../i18n/common-strings.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { defineStrings } from '../i18n/strings.js';

/** Sizes for messages: '20 MB' reads better than '20971520 bytes' to everyone. */
export function sizeText(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(INTL_TAG[locale], { maximumFractionDigits: digits })} ${units[unit]}`;
}

/**
 * What the dossier elements say about files and dossiers: the upload slots (rules, states,
 * problems, announcements) and the labels `<dvc-dossier-upload>` and `<dvc-dossier-status>` share.
 */
export const uploadStrings = defineStrings(
  {
    ...commonStrings.vi,
    failure: failureStrings.vi.failure,
    procedure: 'Thủ tục',
    optionalField: '(không bắt buộc)',
    required: 'Bắt buộc',
    optional: 'Không bắt buộc',
    copies: (originals: number, copies: number) =>
      [originals ? countText(originals, 'vi', { other: '{n} bản chính' }) : '', copies ? countText(copies, 'vi', { other: '{n} bản sao' }) : '']
        .filter(Boolean)
        .join(', '),
    template: (name: string) => `Tải mẫu ${name}`,
    dropHint: 'Kéo thả tệp vào đây, dán (Ctrl+V) hoặc',
    choose: 'Chọn tệp',
    chooseFor: (component: string) => `Chọn tệp cho ${component}`,
    allowed: (kinds: string, max: string, count: number) =>
      `Định dạng ${kinds}; mỗi tệp tối đa ${max}; ${countText(count, 'vi', { other: 'tối đa {n} tệp' })}.`,
    rejectedType: (file: string, kinds: string) =>
      `Tệp “${file}” không phải ${kinds} thật (nội dung tệp không khớp). Hãy xuất lại giấy tờ sang PDF hoặc chụp ảnh JPG/PNG rồi chọn lại.`,
    rejectedSize: (file: string, size: string, max: string) =>
      `Tệp “${file}” nặng ${size}, vượt quá ${max}. Hãy nén hoặc chụp lại với độ phân giải thấp hơn, hoặc chia thành nhiều tệp.`,
    rejectedEmpty: (file: string) => `Tệp “${file}” trống (0 byte). Hãy chọn lại đúng tệp.`,
    rejectedCount: (file: string, max: number) =>
      `Không thêm được “${file}”: ${countText(max, 'vi', { other: 'mỗi thành phần tối đa {n} tệp' })}. Hãy gỡ bớt tệp hoặc gộp thành một tệp PDF.`,
    dismiss: 'Đóng thông báo',
    stateUploading: (pct: number) => `Đang tải lên ${pct}%`,
    statePaused: (pct: number) => `Đã tạm dừng ở ${pct}%`,
    stateOffline: (pct: number) => `Mất mạng ở ${pct}%, sẽ tự tiếp tục`,
    stateDone: 'Đã tải lên',
    stateMissing: 'Tải lên chưa xong trước khi tải lại trang. Hãy chọn lại đúng tệp này để tiếp tục.',
    stateFailed: (reason: string) => `Lỗi: ${reason}`,
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    remove: 'Gỡ',
    pickAgain: 'Chọn lại tệp',
    errChecksum: 'Tệp bị hỏng trên đường truyền. Bấm “Thử lại”.',
    errTooLarge: 'Tệp vượt quá giới hạn dung lượng. Hãy gỡ và chọn tệp nhỏ hơn.',
    noFiles: 'Không có tệp',
    dossierCode: 'Mã hồ sơ',
    submittedOn: 'Ngày nộp',
    status: 'Trạng thái',
  },
  {
    ...commonStrings.en,
    failure: failureStrings.en.failure,
    procedure: 'Procedure',
    optionalField: '(optional)',
    required: 'Required',
    optional: 'Optional',
    copies: (originals: number, copies: number) =>
      [
        originals ? countText(originals, 'en', { one: '{n} original', other: '{n} originals' }) : '',
        copies ? countText(copies, 'en', { one: '{n} copy', other: '{n} copies' }) : '',
      ]
        .filter(Boolean)
        .join(', '),
    template: (name: string) => `Download template ${name}`,
    dropHint: 'Drag and drop files here, paste (Ctrl+V) or',
    choose: 'Choose files',
    chooseFor: (component: string) => `Choose files for ${component}`,
    allowed: (kinds: string, max: string, count: number) =>
      `${kinds}; up to ${max} each; ${countText(count, 'en', { one: 'at most {n} file', other: 'at most {n} files' })}.`,
    rejectedType: (file: string, kinds: string) =>
      `“${file}” is not really one of ${kinds} (its content does not match). Export the document to PDF or take a JPG/PNG photo, then choose it again.`,
    rejectedSize: (file: string, size: string, max: string) =>
      `“${file}” is ${size}, more than ${max}. Compress it, scan it at a lower resolution, or split it into several files.`,
    rejectedEmpty: (file: string) => `“${file}” is empty (0 bytes). Choose the right file again.`,
    rejectedCount: (file: string, max: number) =>
      `“${file}” was not added: ${countText(max, 'en', { one: 'at most {n} file', other: 'at most {n} files' })} per document. Remove some or merge them into one PDF.`,
    dismiss: 'Dismiss message',
    stateUploading: (pct: number) => `Uploading ${pct}%`,
    statePaused: (pct: number) => `Paused at ${pct}%`,
    stateOffline: (pct: number) => `Offline at ${pct}%, will continue by itself`,
    stateDone: 'Uploaded',
    stateMissing: 'This upload had not finished before the page reloaded. Choose the same file again to continue.',
    stateFailed: (reason: string) => `Error: ${reason}`,
    pause: 'Pause',
    resume: 'Resume',
    remove: 'Remove',
    pickAgain: 'Choose the file again',
    errChecksum: 'The file was damaged in transit. Press “Try again”.',
    errTooLarge: 'The file is larger than allowed. Remove it and choose a smaller one.',
    noFiles: 'No files',
    dossierCode: 'Dossier code',
    submittedOn: 'Submitted on',
    status: 'Status',
  },
);
