// Small zod/mini building blocks shared by the schema files; the patterns repeat the YAML's.
import * as z from 'zod/mini';

export const PROCEDURE_CODE_PATTERN = /^[0-9]\.[0-9]{6}(\.[0-9A-Za-z.]+)?$/;
export const FIELD_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** 12-digit personal identification number (CCCD). */
export const ID_NUMBER_PATTERN = /^[0-9]{12}$/;
/**
 * Tax code: 10 digits (organisation), 13 with the branch suffix (optionally after a dash), or
 * 12 digits: since 1 July 2025 an individual's tax code is their personal identification number.
 */
export const TAX_CODE_PATTERN = /^([0-9]{10}(-?[0-9]{3})?|[0-9]{12})$/;
export const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;
/** `{agency id}-{yyMMdd}-{4-digit sequence}`. */
export const DOSSIER_CODE_PATTERN = /^.+-[0-9]{6}-[0-9]{4}$/;

/** ISO 8601 date-time with `Z` or an offset. */
export const dateTime = () => z.iso.datetime({ offset: true });
export const nullableDateTime = () => z.nullable(dateTime());
export const nullableString = () => z.nullable(z.string());
export const boundedString = (max: number) => z.string().check(z.maxLength(max));
export const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const count = () => z.int().check(z.minimum(0));
export const nonNegativeInt = count;
/**
 * A JSON object whose members the schema does not fix (a JSON Schema, or a form's answers).
 * `z.looseObject({})` rather than `z.record()`: same output type, and the client's core already
 * carries the object schema, while the record schema would add about 1 KB to every page.
 */
export const looseObject = () => z.looseObject({});

/** An array with no repeated members (JSON Schema `uniqueItems` for primitives). */
export const uniqueItems = <T>(list: readonly T[]) => new Set(list).size === list.length;

/**
 * A link the browser may follow: an absolute http(s) URL. `z.url()` alone accepts any scheme,
 * and a `javascript:` link from a hostile or broken portal would run in the agency's page.
 * (Not `z.httpUrl()`: it refuses hosts like 127.0.0.1 and localhost, where the sandbox runs.)
 */
export const webUrl = () => z.url({ protocol: /^https?$/ });

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A relative link, or an absolute one whose scheme is http(s). */
export const webUrlReference = () =>
  z.string().check(
    z.refine((value) => !SCHEME.test(value.trim()) || /^https?:/i.test(value.trim()), {
      message: 'Only http(s) links or relative links',
    }),
  );
