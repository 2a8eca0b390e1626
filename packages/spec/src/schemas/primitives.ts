// Small valibot building blocks shared by the schema files; the patterns repeat the YAML's.
import * as v from 'valibot';

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

/** A string matching `pattern`. */
export const patterned = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern));
/** ISO 8601 date-time with `Z` or an offset (`isoTimestamp`; `isoDateTime` would refuse both). */
export const dateTime = () => v.pipe(v.string(), v.isoTimestamp());
export const date = () => v.pipe(v.string(), v.isoDate());
export const uuid = () => v.pipe(v.string(), v.uuid());
/** `rfcEmail`: the pattern of the browser's `<input type=email>`; `v.email()` would refuse o'brien@…. */
export const email = () => v.pipe(v.string(), v.rfcEmail());
export const nullableDateTime = () => v.nullable(dateTime());
export const nullableString = () => v.nullable(v.string());
export const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const requiredText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/** A safe integer of at least `min` (wrap in `v.pipe(int(1), v.maxValue(100))` for a ceiling). */
export const int = (min: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(min));
export const count = () => int(0);
export const nonNegativeInt = count;
/**
 * A JSON object whose members the schema does not fix (a JSON Schema, or a form's answers).
 * `v.looseObject({})` alone would take an array (and answer `{}`), so lists are refused first.
 * Typed as the generated `{ [key: string]: unknown }`: valibot infers an intersection that the
 * drift check in index.ts does not equate with it.
 */
export const looseObject = (): v.GenericSchema<unknown, { [key: string]: unknown }> =>
  v.pipe(v.unknown(), v.check((value) => !Array.isArray(value), 'Expected an object, not a list'), v.looseObject({}));

/** An array with no repeated members (JSON Schema `uniqueItems` for primitives). */
export const uniqueItems = <T>(list: readonly T[]) => new Set(list).size === list.length;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * No scheme, or http(s), as a browser reads the link: its URL parser drops tabs and newlines
 * anywhere and control characters and spaces in front, so `java\tscript:` is `javascript:`.
 * With `v.url()` (which needs a scheme) that means an absolute http(s) URL.
 */
function httpOrRelative(value: string): boolean {
  const link = value.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < link.length && link.charCodeAt(start) <= 0x20) start += 1;
  const scheme = SCHEME.exec(link.slice(start))?.[0].toLowerCase();
  return scheme === undefined || scheme === 'http:' || scheme === 'https:';
}

/**
 * A link the browser may follow: an absolute http(s) URL. `v.url()` alone accepts any scheme,
 * and a `javascript:` link from a hostile or broken portal would run in the agency's page.
 * Hosts like 127.0.0.1 and localhost pass: the sandbox runs there.
 */
export const webUrl = () => v.pipe(v.string(), v.url(), v.check(httpOrRelative, 'Only http(s) links'));

/** A relative link, or an absolute one whose scheme is http(s). */
export const webUrlReference = () =>
  v.pipe(v.string(), v.check(httpOrRelative, 'Only http(s) links or relative links'));
