import { fieldStrings } from '../field/field.strings.js';
import { commonStrings } from '../i18n/common-strings.js';
import { defineStrings } from '../i18n/strings.js';

export const dossierFormStrings = defineStrings(
  {
    ...commonStrings.vi,
    ...fieldStrings.vi,
    noProcedure: 'Chưa có mã thủ tục.',
    formNotFound: 'Thủ tục này chưa có tờ khai điện tử: hãy nộp tờ khai theo mẫu cùng các giấy tờ khác.',
    optional: '(không bắt buộc)',
    summaryTitle: 'Có lỗi cần sửa',
    choose: 'Chọn',
    prefilled: 'Một số mục đã được điền sẵn từ tài khoản định danh điện tử của bạn. Hãy kiểm tra lại.',
    item: (label: string, n: number) => `${label} thứ ${n}`,
    add: 'Thêm',
    remove: 'Xóa',
    removed: (item: string) => `Đã xóa ${item}.`,
    noItems: 'Chưa có mục nào.',
    saving: 'Đang lưu nháp…',
    savedAt: (time: string) => `Đã lưu nháp lúc ${time}`,
    autosave: 'Nháp được lưu tự động khi bạn nhập.',
    saveFailed: 'Chưa lưu được nháp. Các câu trả lời vẫn còn trên trang này.',
    change: 'Thay đổi',
    notAnswered: 'Chưa trả lời',
  },
  {
    ...commonStrings.en,
    ...fieldStrings.en,
    noProcedure: 'No procedure code given.',
    formNotFound: 'This procedure has no online form: send the paper form with the other documents.',
    optional: '(optional)',
    summaryTitle: 'There is a problem',
    choose: 'Choose',
    prefilled: 'Some answers were filled in from your electronic ID account. Check them.',
    item: (label: string, n: number) => `${label}, item ${n}`,
    add: 'Add',
    remove: 'Remove',
    removed: (item: string) => `${item} removed.`,
    noItems: 'None added yet.',
    saving: 'Saving the draft…',
    savedAt: (time: string) => `Draft saved at ${time}`,
    autosave: 'The draft is saved as you type.',
    saveFailed: 'The draft could not be saved. Your answers are still on this page.',
    change: 'Change',
    notAnswered: 'Not answered',
  },
);

export type DossierFormStrings = (typeof dossierFormStrings)['vi'];
