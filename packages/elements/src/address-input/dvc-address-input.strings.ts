import { fieldStrings } from '../field/field.strings.js';
import { commonStrings } from '../i18n/common-strings.js';
import { countText } from '../i18n/plural.js';
import { defineStrings } from '../i18n/strings.js';

export const addressInputStrings = defineStrings(
  {
    ...commonStrings.vi,
    ...fieldStrings.vi,
    label: 'Địa chỉ',
    province: 'Tỉnh, thành phố',
    commune: 'Xã, phường, đặc khu',
    street: 'Số nhà, đường, thôn, xóm',
    streetHint: 'Ví dụ: Số 12 Lê Lai; Thôn Đông',
    provinceFirst: 'Chọn tỉnh, thành phố trước.',
    loadingProvinces: 'Đang tải danh sách tỉnh, thành phố…',
    loadingCommunes: 'Đang tải danh sách xã, phường, đặc khu…',
    communesFailed: 'Không tải được danh sách xã, phường, đặc khu.',
    count: (n: number) => countText(n, 'vi', { other: 'Có {n} kết quả phù hợp. Dùng phím mũi tên lên, xuống để chọn.' }),
    none: 'Không có kết quả phù hợp.',
    selected: (name: string) => `Đã chọn ${name}.`,
    /** The shared message of a missing answer, after the name of the sub-field it is about. */
    missing: (part: string, message: string) => `${part}: ${message}`,
  },
  {
    ...commonStrings.en,
    ...fieldStrings.en,
    label: 'Address',
    province: 'Province or city',
    commune: 'Commune, ward or special zone',
    street: 'House number, street, village or hamlet',
    streetHint: 'For example: Số 12 Lê Lai; Thôn Đông',
    provinceFirst: 'Choose the province first.',
    loadingProvinces: 'Loading the provinces…',
    loadingCommunes: 'Loading the communes, wards and special zones…',
    communesFailed: 'The communes, wards and special zones could not be loaded.',
    count: (n: number) => countText(n, 'en', { one: '{n} match. Use the up and down arrow keys to choose.', other: '{n} matches. Use the up and down arrow keys to choose.' }),
    none: 'No matches.',
    selected: (name: string) => `${name} chosen.`,
    missing: (part: string, message: string) => `${part}: ${message}`,
  },
);

export type AddressInputStrings = (typeof addressInputStrings)['vi'];
