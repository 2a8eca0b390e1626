/**
 * An address of the two-tier list in force since 1 July 2025: the province (or centrally run
 * city), the commune (xã, phường or đặc khu) of that province, and the street line. Codes are the
 * statistical codes (`38`, `14797`); names are the official ones with their kind
 * (`Tỉnh Thanh Hóa`, `Phường Hạc Thành`). A part not answered yet is an empty string.
 */
export interface AddressValue {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  /** House number, street, village or hamlet (số nhà, đường, thôn/xóm). */
  street: string;
}

/** The sub-fields of the address, in the order a person fills them in. */
export type AddressPart = 'province' | 'commune' | 'street';

export const ADDRESS_KEYS = ['provinceCode', 'provinceName', 'communeCode', 'communeName', 'street'] as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An address from anything shaped like one (missing parts empty); null when nothing is answered. */
export function toAddress(input: unknown): AddressValue | null {
  if (typeof input !== 'object' || input === null) return null;
  const source = input as Record<string, unknown>;
  const value = Object.fromEntries(ADDRESS_KEYS.map((key) => [key, text(source[key])])) as unknown as AddressValue;
  return isEmptyAddress(value) ? null : value;
}

export function isEmptyAddress(value: AddressValue): boolean {
  return !value.provinceCode && !value.communeCode && !value.street.trim();
}

/** The `value` attribute: the address as JSON; anything else is no address. */
export function parseAddressAttribute(attribute: string | null): AddressValue | null {
  if (!attribute) return null;
  try {
    return toAddress(JSON.parse(attribute));
  } catch {
    return null;
  }
}

/** The entries a form submits under `name`: `${name}.provinceCode`, `${name}.provinceName`, … */
export function addressFormData(name: string, value: AddressValue | null): FormData | null {
  if (!name || !value) return null;
  const data = new FormData();
  for (const key of ADDRESS_KEYS) data.append(`${name}.${key}`, value[key]);
  return data;
}

/** Reads back what addressFormData() wrote (the browser hands it to a restored page). */
export function addressFromFormData(name: string, data: FormData): AddressValue | null {
  return toAddress(Object.fromEntries(ADDRESS_KEYS.map((key) => [key, data.get(`${name}.${key}`)])));
}
