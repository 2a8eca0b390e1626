// The lists behind the ethnicity and nationality widgets. Answers keep the Vietnamese name, as
// the civil-status papers write it, whatever language the page speaks.

/** Vietnam's 54 ethnic groups, in the order of the General Statistics Office's list (code 01 Kinh to 54). */
export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khmer', 'Mường', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ngái', 'Ê Đê', 'Ba Na', 'Xơ Đăng',
  'Sán Chay', 'Cơ Ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông', 'Raglai', 'Xtiêng', 'Bru - Vân Kiều', 'Thổ', 'Giáy', 'Cơ Tu',
  'Giẻ Triêng', 'Mạ', 'Khơ Mú', 'Co', 'Tà Ôi', 'Chơ Ro', 'Kháng', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'Lào', 'La Chí', 'La Ha',
  'Phù Lá', 'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cờ Lao', 'Cống', 'Bố Y', 'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu',
  'Rơ Măm',
];

/** Suggestions for the nationality answer (any other may be typed): Việt Nam first, then neighbours and frequent ones. */
export const NATIONALITIES: ReadonlyArray<{ vi: string; en: string }> = [
  { vi: 'Việt Nam', en: 'Vietnam' },
  { vi: 'Lào', en: 'Laos' },
  { vi: 'Campuchia', en: 'Cambodia' },
  { vi: 'Trung Quốc', en: 'China' },
  { vi: 'Thái Lan', en: 'Thailand' },
  { vi: 'Myanmar', en: 'Myanmar' },
  { vi: 'Malaysia', en: 'Malaysia' },
  { vi: 'Singapore', en: 'Singapore' },
  { vi: 'Indonesia', en: 'Indonesia' },
  { vi: 'Philippines', en: 'Philippines' },
  { vi: 'Hàn Quốc', en: 'South Korea' },
  { vi: 'Nhật Bản', en: 'Japan' },
  { vi: 'Ấn Độ', en: 'India' },
  { vi: 'Hoa Kỳ', en: 'United States' },
  { vi: 'Canada', en: 'Canada' },
  { vi: 'Úc', en: 'Australia' },
  { vi: 'New Zealand', en: 'New Zealand' },
  { vi: 'Anh', en: 'United Kingdom' },
  { vi: 'Pháp', en: 'France' },
  { vi: 'Đức', en: 'Germany' },
  { vi: 'Nga', en: 'Russia' },
  { vi: 'Ý', en: 'Italy' },
  { vi: 'Tây Ban Nha', en: 'Spain' },
  { vi: 'Hà Lan', en: 'Netherlands' },
  { vi: 'Ba Lan', en: 'Poland' },
  { vi: 'Séc', en: 'Czechia' },
  { vi: 'Thụy Điển', en: 'Sweden' },
];
