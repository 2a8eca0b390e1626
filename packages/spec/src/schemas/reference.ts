// Reference data: the administrative units in force since 1 July 2025 (province, commune).
import * as z from 'zod/mini';
import { COMMUNE_TYPES, PROVINCE_TYPES } from '../enums.js';

// Here rather than in enums.ts: enums.ts is in the client's core, these only on address pages.
export const ProvinceTypeSchema = z.enum(PROVINCE_TYPES);
export const CommuneTypeSchema = z.enum(COMMUNE_TYPES);

/** Two-digit statistical code of a province. */
export const PROVINCE_CODE_PATTERN = /^[0-9]{2}$/;
/** Five-digit statistical code of a commune-level unit. */
export const COMMUNE_CODE_PATTERN = /^[0-9]{5}$/;

export const ProvinceSchema = z.object({
  code: z.string().check(z.regex(PROVINCE_CODE_PATTERN)),
  name: z.string(),
  type: ProvinceTypeSchema,
});

export const CommuneSchema = z.object({
  code: z.string().check(z.regex(COMMUNE_CODE_PATTERN)),
  name: z.string(),
  type: CommuneTypeSchema,
});

export const ProvinceListSchema = z.object({
  effective: z.iso.date(),
  items: z.array(ProvinceSchema),
});

export const ProvinceDetailSchema = z.object({
  effective: z.iso.date(),
  code: z.string().check(z.regex(PROVINCE_CODE_PATTERN)),
  name: z.string(),
  type: ProvinceTypeSchema,
  communes: z.array(CommuneSchema),
});
