/**
 * The sandbox's test accounts: made-up people and businesses, shaped like what the national e-ID
 * returns, so agency pages can be built and tested without real identities.
 *
 * Personal ID numbers (số định danh cá nhân / CCCD) follow the 12-digit layout: 3-digit province
 * of birth, 1 digit for sex and century (0/1 = male/female born 1900–1999, 2/3 = 2000–2099),
 * 2 digits of birth year, 6 random digits. Tax codes (mã số thuế) are 10 digits for a business and
 * 13 (10 + 3-digit branch suffix, written without the dash) for a branch.
 */
import type { Principal } from '../deps.js';

/**
 * Who signs in: the Principal a token resolves to, before a sign-in picks its assurance level
 * (acr). Citizens carry a place of residence in the 2025 units, as the e-ID gives it. `sub` is stable, and is what tests pass to signIn(); `name` is the person's full name,
 * or the business's registered name.
 */
export interface TestAccount extends Omit<Principal, 'acr'> {
  /** One line under the name on the login page, per language. */
  description: { vi: string; en: string };
}

export const TEST_ACCOUNTS: readonly TestAccount[] = [
  {
    sub: 'citizen-an',
    accountType: 'citizen',
    name: 'Nguyễn Văn An',
    idNumber: '001085004217', // Hà Nội (001), male born 19xx (0), 1985
    taxCode: null,
    birthDate: '1985-03-12',
    email: 'an.nguyen@example.vn',
    phone: '0912345678',
    address: { provinceCode: '01', provinceName: 'Thành phố Hà Nội', communeCode: '00070', communeName: 'Phường Hoàn Kiếm', street: 'Số 15 phố Hàng Bài' },
    description: { vi: 'Công dân, sinh tại Hà Nội', en: 'Citizen, born in Hà Nội' },
  },
  {
    sub: 'citizen-binh',
    accountType: 'citizen',
    name: 'Trần Thị Bình',
    idNumber: '079192008634', // TP. Hồ Chí Minh (079), female born 19xx (1), 1992
    taxCode: null,
    birthDate: '1992-07-25',
    email: 'binh.tran@example.vn',
    phone: '0987654321',
    address: { provinceCode: '79', provinceName: 'Thành phố Hồ Chí Minh', communeCode: '26740', communeName: 'Phường Sài Gòn', street: 'Số 8 đường Lê Duẩn' },
    description: { vi: 'Công dân, sinh tại TP. Hồ Chí Minh', en: 'Citizen, born in Hồ Chí Minh City' },
  },
  {
    sub: 'citizen-chau',
    accountType: 'citizen',
    name: 'Lê Minh Châu',
    idNumber: '048301002591', // Đà Nẵng (048), female born 20xx (3), 2001
    taxCode: null,
    birthDate: '2001-11-03',
    email: null,
    phone: '0905111222',
    address: { provinceCode: '48', provinceName: 'Thành phố Đà Nẵng', communeCode: '20242', communeName: 'Phường Hải Châu', street: 'Số 30 đường Bạch Đằng' },
    description: { vi: 'Công dân, sinh tại Đà Nẵng', en: 'Citizen, born in Đà Nẵng' },
  },
  {
    sub: 'business-song-hong',
    accountType: 'business',
    name: 'Công ty TNHH Phần mềm Sông Hồng',
    idNumber: null,
    taxCode: '0101234567',
    birthDate: null,
    email: 'lienhe@songhong.example.vn',
    phone: '02437654321',
    description: { vi: 'Doanh nghiệp, mã số thuế 10 số', en: 'Business, 10-digit tax code' },
  },
  {
    sub: 'business-me-kong-dn',
    accountType: 'business',
    name: 'Chi nhánh Công ty Cổ phần Thương mại Mê Kông tại Đà Nẵng',
    idNumber: null,
    taxCode: '0301234567001',
    birthDate: null,
    email: 'danang@mekong.example.vn',
    phone: '02363888999',
    description: { vi: 'Chi nhánh doanh nghiệp, mã số thuế 13 số', en: 'Business branch, 13-digit tax code' },
  },
];

const BY_SUB = new Map(TEST_ACCOUNTS.map((account) => [account.sub, account]));

export function findTestAccount(sub: string): TestAccount | undefined {
  return BY_SUB.get(sub);
}

/** True for a well-formed 12-digit personal ID number (layout only; the last 6 digits are random). */
export function isPersonalIdNumber(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const province = Number(value.slice(0, 3));
  const sexCentury = Number(value[3]);
  // Province codes run 001–096; sex/century digits 0–9 cover 1900–2399, in use today 0–3.
  return province >= 1 && province <= 96 && sexCentury <= 9;
}

/** True for a tax code of 10 digits (a business) or 13 digits (a branch, dash removed). */
export function isTaxCode(value: string): boolean {
  return /^\d{10}$|^\d{13}$/.test(value);
}

/**
 * The claims the provider releases for an account, by OIDC claim name (see provider.ts). Claims the
 * account has no value for are left out rather than sent as null.
 */
export function claimsOf(account: TestAccount): { sub: string } & Record<string, string | boolean> {
  const all: Record<string, string | boolean | null> = {
    sub: account.sub,
    name: account.name,
    birthdate: account.birthDate,
    account_type: account.accountType,
    vn_id_number: account.idNumber,
    tax_code: account.taxCode,
    email: account.email,
    email_verified: account.email ? true : null,
    phone_number: account.phone,
    phone_number_verified: account.phone ? true : null,
  };
  const present: Record<string, string | boolean> = {};
  for (const [claim, value] of Object.entries(all)) if (value !== null) present[claim] = value;
  return { ...present, sub: account.sub };
}

export function principalOf(account: TestAccount, acr: Principal['acr']): Principal {
  return {
    sub: account.sub,
    accountType: account.accountType,
    name: account.name,
    idNumber: account.idNumber,
    taxCode: account.taxCode,
    birthDate: account.birthDate,
    email: account.email,
    phone: account.phone,
    ...(account.address ? { address: account.address } : {}),
    acr,
  };
}
