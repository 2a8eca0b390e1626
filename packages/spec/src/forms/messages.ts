// One vi/en message per form error code. The browser and the server word an error alike
// because both take it from here.
import type { FormErrorCode } from './codes.js';

export interface Message {
  vi: string;
  en: string;
}

/** What a message may mention: the limit broken, for the length and size codes. */
export interface MessageParams {
  limit?: number;
}

type Wording = (params: MessageParams) => Message;

const fixed = (vi: string, en: string): Wording => () => ({ vi, en });

const MESSAGES: Readonly<Record<FormErrorCode, Wording>> = {
  required: fixed('Vui lòng nhập mục này.', 'Enter this answer.'),
  type: fixed('Giá trị không đúng loại dữ liệu.', 'This answer has the wrong kind of value.'),
  choice: fixed('Vui lòng chọn một trong các lựa chọn có sẵn.', 'Choose one of the options given.'),
  pattern: fixed('Giá trị không đúng định dạng.', 'This answer is not in the expected format.'),
  too_short: (p) => ({ vi: `Cần ít nhất ${p.limit ?? 1} ký tự.`, en: `Use at least ${p.limit ?? 1} characters.` }),
  too_long: (p) => ({ vi: `Không quá ${p.limit ?? 0} ký tự.`, en: `Use at most ${p.limit ?? 0} characters.` }),
  too_small: (p) => ({ vi: `Giá trị phải từ ${p.limit ?? 0} trở lên.`, en: `Enter ${p.limit ?? 0} or more.` }),
  too_large: (p) => ({ vi: `Giá trị không được vượt quá ${p.limit ?? 0}.`, en: `Enter ${p.limit ?? 0} or less.` }),
  too_few: (p) => ({ vi: `Cần ít nhất ${p.limit ?? 1} mục.`, en: `Add at least ${p.limit ?? 1}.` }),
  too_many: (p) => ({ vi: `Không quá ${p.limit ?? 0} mục.`, en: `Add at most ${p.limit ?? 0}.` }),
  duplicate: fixed('Các mục không được trùng nhau.', 'The entries must not repeat.'),
  format: fixed('Giá trị không đúng định dạng.', 'This answer is not in the expected format.'),
  not_allowed: fixed('Tờ khai không có mục này.', 'The form has no such answer.'),
  invalid: fixed('Giá trị không hợp lệ.', 'This answer is not valid.'),
  id_number_format: fixed(
    'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    'The personal identification number must be exactly 12 digits.',
  ),
  id_number_province: fixed(
    'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh.',
    'The first three digits of the personal identification number are not a province-of-birth code.',
  ),
  id_number_birth_year: fixed(
    'Chữ số thứ 4 đến 6 của số định danh cá nhân không khớp với năm sinh.',
    'Digits 4 to 6 of the personal identification number do not match the year of birth.',
  ),
  id_number_sex: fixed(
    'Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính.',
    'The fourth digit of the personal identification number does not match the sex.',
  ),
  tax_code_format: fixed(
    'Mã số thuế gồm 10 chữ số, 13 chữ số (10 chữ số, dấu gạch ngang, 3 chữ số) hoặc số định danh cá nhân 12 chữ số.',
    'A tax code is 10 digits, 13 digits (10 digits, a dash, 3 digits) or a 12-digit personal identification number.',
  ),
  tax_code_check_digit: fixed(
    'Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp.',
    'This tax code is wrong: its check digit (the tenth) does not match.',
  ),
  phone_invalid: fixed(
    'Số điện thoại không đúng: nhập số di động 10 chữ số (ví dụ 0912 345 678) hoặc số cố định có mã vùng, có thể bắt đầu bằng +84.',
    'Enter a Vietnamese mobile number of 10 digits (e.g. 0912 345 678) or a landline with its area code, optionally starting +84.',
  ),
  date_invalid: fixed(
    'Ngày không đúng: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.',
    'Enter a real date as day/month/year, for example 05/03/2026.',
  ),
  date_in_future: fixed('Ngày không được sau hôm nay.', 'The date must not be after today.'),
  address_unit: fixed(
    'Địa chỉ không đúng: tỉnh, thành phố hoặc xã, phường không có trong danh mục đơn vị hành chính hiện hành, hoặc xã, phường không thuộc tỉnh, thành phố đã chọn.',
    'This address is wrong: its province or commune is not in the current list of administrative units, or the commune is not in that province.',
  ),
};

export function messageFor(code: FormErrorCode, params: MessageParams = {}): Message {
  return MESSAGES[code](params);
}
