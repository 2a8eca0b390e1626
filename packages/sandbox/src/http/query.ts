import * as v from 'valibot';

/**
 * Query parameters arrive as text, a repeated one as a list: the schemas turn `?page=2` into a
 * number (a list becomes NaN and fails as "not a number") and bound it.
 */
export const queryInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.unknown(), v.transform(Number), v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));

/** An optional text parameter of at most `max` characters. */
export const queryText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));
