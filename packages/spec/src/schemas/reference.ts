// Reference data: the administrative units in force since 1 July 2025 (province, commune).
import * as v from 'valibot';
import { COMMUNE_TYPES, PROVINCE_TYPES } from '../enums.js';
import { date, patterned } from './primitives.js';

// Here rather than in enums.ts: enums.ts is in the client's core, these only on address pages.
export const ProvinceTypeSchema = v.picklist(PROVINCE_TYPES);
export const CommuneTypeSchema = v.picklist(COMMUNE_TYPES);

/** Two-digit statistical code of a province. */
export const PROVINCE_CODE_PATTERN = /^[0-9]{2}$/;
/** Five-digit statistical code of a commune-level unit. */
export const COMMUNE_CODE_PATTERN = /^[0-9]{5}$/;

export const ProvinceSchema = v.object({
  code: patterned(PROVINCE_CODE_PATTERN),
  name: v.string(),
  type: ProvinceTypeSchema,
});

export const CommuneSchema = v.object({
  code: patterned(COMMUNE_CODE_PATTERN),
  name: v.string(),
  type: CommuneTypeSchema,
});

export const ProvinceListSchema = v.object({
  effective: date(),
  items: v.array(ProvinceSchema),
});

export const ProvinceDetailSchema = v.object({
  effective: date(),
  code: patterned(PROVINCE_CODE_PATTERN),
  name: v.string(),
  type: ProvinceTypeSchema,
  communes: v.array(CommuneSchema),
});
