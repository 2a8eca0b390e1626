import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  ProvinceDetailSchema, ProvinceListSchema, type CommuneType, type ProvinceDetail, type ProvinceList, type ProvinceType,
} from '@dvc-kit/spec';

/**
 * The administrative units in force since 1 July 2025, from seed/administrative-units.json (see
 * seed/README.md for where it came from). The file keeps the source's Vietnamese kind words
 * ("tỉnh", "phường"); the contract speaks in enum values, mapped here once.
 */
interface SourceUnit { code: string; name: string; type: string }
interface SourceFile { effective: string; provinces: (SourceUnit & { communes: SourceUnit[] })[] }

const PROVINCE_TYPES: Readonly<Record<string, ProvinceType>> = { 'thành phố': 'city', 'tỉnh': 'province' };
const COMMUNE_TYPES: Readonly<Record<string, CommuneType>> = { 'xã': 'commune', 'phường': 'ward', 'đặc khu': 'special_zone' };

export const ADMINISTRATIVE_UNITS_FILE = new URL('../../seed/administrative-units.json', import.meta.url);

/** A JSON body with its strong validator, built once: the data never changes while the sandbox runs. */
export interface CachedBody {
  readonly text: string;
  readonly etag: string;
}

export interface AdministrativeUnits {
  readonly list: ProvinceList;
  readonly provinces: ReadonlyMap<string, ProvinceDetail>;
  readonly listBody: CachedBody;
  provinceBody(code: string): CachedBody | undefined;
}

function kind<T>(table: Readonly<Record<string, T>>, word: string, where: string): T {
  const value = table[word];
  if (value === undefined) throw new Error(`${where}: unknown unit kind "${word}"`);
  return value;
}

function cached(value: unknown): CachedBody {
  const text = JSON.stringify(value);
  const digest = createHash('sha256').update(text).digest('base64url').slice(0, 22);
  return { text, etag: `"au-${digest}"` };
}

/** Parses and checks the data file against the contract's schemas; throws on anything off. */
export function buildAdministrativeUnits(source: SourceFile): AdministrativeUnits {
  const provinces = new Map<string, ProvinceDetail>();
  for (const p of [...source.provinces].sort((a, b) => a.code.localeCompare(b.code))) {
    const detail: ProvinceDetail = {
      effective: source.effective,
      code: p.code,
      name: p.name,
      type: kind(PROVINCE_TYPES, p.type, p.code),
      communes: [...p.communes]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((c) => ({ code: c.code, name: c.name, type: kind(COMMUNE_TYPES, c.type, c.code) })),
    };
    if (!v.is(ProvinceDetailSchema, detail)) throw new Error(`administrative units: province ${p.code} breaks the contract`);
    if (provinces.has(detail.code)) throw new Error(`administrative units: province ${p.code} twice`);
    provinces.set(detail.code, detail);
  }
  const list: ProvinceList = {
    effective: source.effective,
    items: [...provinces.values()].map(({ code, name, type }) => ({ code, name, type })),
  };
  if (!v.is(ProvinceListSchema, list)) throw new Error('administrative units: list breaks the contract');
  const bodies = new Map<string, CachedBody>();
  return {
    list,
    provinces,
    listBody: cached(list),
    provinceBody(code) {
      const detail = provinces.get(code);
      if (!detail) return undefined;
      let body = bodies.get(code);
      if (!body) bodies.set(code, (body = cached(detail)));
      return body;
    },
  };
}

let loaded: AdministrativeUnits | undefined;

/** The shipped data, read and checked on first use (about 3 ms), then kept. */
export function administrativeUnits(): AdministrativeUnits {
  loaded ??= buildAdministrativeUnits(JSON.parse(readFileSync(ADMINISTRATIVE_UNITS_FILE, 'utf8')) as SourceFile);
  return loaded;
}
