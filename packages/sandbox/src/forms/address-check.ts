// The check only the portal can make of an address answer: its units are those of the list in
// force (since 1 July 2025), the commune lies in the province, and the names are the units'
// own. The address input in the page makes a wrong pair impossible; a client that sends its own
// JSON gets the same rule here, and the filled PDF never prints a commune of another province.
import { childPointer, messageFor, type FormCheckError } from '@dvc-kit/spec/forms';
import { administrativeUnits } from '../reference/administrative-units.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object shaped as the address widget stores it (the schema has already checked the rest). */
function isAddress(value: Record<string, unknown>): value is Record<string, unknown> & { provinceCode: string; communeCode: string } {
  return typeof value.provinceCode === 'string' && typeof value.communeCode === 'string';
}

function addressIsReal(address: Record<string, unknown> & { provinceCode: string; communeCode: string }): boolean {
  const province = administrativeUnits().provinces.get(address.provinceCode);
  const commune = province?.communes.find((c) => c.code === address.communeCode);
  if (!province || !commune) return false;
  const named = (given: unknown, official: string) => given === undefined || given === official;
  return named(address.provinceName, province.name) && named(address.communeName, commune.name);
}

/** Every address in `data` whose units are not real or do not belong together, by pointer. */
export function addressErrors(data: unknown, pointer = ''): FormCheckError[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => addressErrors(item, childPointer(pointer, i)));
  if (!isRecord(data)) return [];
  if (isAddress(data)) return addressIsReal(data) ? [] : [{ pointer, code: 'address_unit', message: messageFor('address_unit') }];
  return Object.entries(data).flatMap(([key, value]) => addressErrors(value, childPointer(pointer, key)));
}
