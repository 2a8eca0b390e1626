/** Test people for stories and tests (invented; ID numbers follow the 12-digit CCCD shape). */
import type { Me } from '@dvc-kit/spec';

export const CITIZEN: Me = {
  sub: 'citizen-038190001234', accountType: 'citizen', name: 'Lê Thị Hoa', idNumber: '038190001234', taxCode: null,
  birthDate: '1990-04-12', email: 'hoa.le@example.vn', phone: '0912345678', acr: 'LoA2',
};

export const BUSINESS: Me = {
  sub: 'business-2801234567', accountType: 'business', name: 'Công ty TNHH Thương mại và Dịch vụ Hạc Thành', idNumber: null,
  taxCode: '2801234567', birthDate: null, email: 'lienhe@hacthanh.example.vn', phone: '02373123456', acr: 'LoA2',
};

/** A real-length name from the population registry can be long; this one tests wrapping. */
export const LONG_NAME_CITIZEN: Me = {
  ...CITIZEN,
  sub: 'citizen-001099012345',
  name: 'Tôn Nữ Hoàng Thị Phương Thảo Nguyên Khánh Linh Bảo Ngọc Minh Châu Thanh Tâm Hạnh Phúc An Nhiên Vĩnh Xuân',
  idNumber: '001099012345',
};
