import type { Locale } from './locale.js';

/**
 * A string table entry: fixed text, a function of values (counts, names) for
 * text that varies, or a small map of texts keyed by an enum value.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters vary per entry; the vi table fixes them.
export type StringEntry = string | ((...args: any[]) => string) | Readonly<Record<string, string>>;

/** One element's strings in every locale; the vi table is the reference the en table must match key by key. */
export type StringTables<V extends Record<string, StringEntry>> = Record<Locale, V>;

/**
 * Declares an element's strings. The en table must have exactly the vi keys
 * with the same signatures, so a missing translation fails the type check.
 *
 * ```ts
 * export const strings = defineStrings(
 *   { signIn: 'Đăng nhập', results: (n: number) => `${n} kết quả` },
 *   { signIn: 'Sign in', results: (n: number) => `${n} results` },
 * );
 * ```
 */
export function defineStrings<V extends Record<string, StringEntry>>(vi: V, en: { [K in keyof V]: V[K] }): StringTables<V> {
  return { vi, en };
}
