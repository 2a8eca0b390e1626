import { formatNumber } from './format.js';
import { INTL_TAG, type Locale } from './locale.js';

/**
 * The texts of a count, one per CLDR plural category the language uses;
 * `{n}` stands for the formatted number. English needs `one` and `other`;
 * Vietnamese has no plural, so `other` alone covers it.
 */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `n` in `locale` ('one' | 'other' for en; always 'other' for vi). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(INTL_TAG[locale]);
    rules.set(locale, r);
  }
  return r.select(n);
}

/**
 * A count in words with the right plural form and the locale's digit grouping:
 * `countText(1, 'en', { one: '{n} procedure', other: '{n} procedures' })` → '1 procedure',
 * `countText(1234, 'vi', { other: '{n} thủ tục' })` → '1.234 thủ tục'.
 */
export function countText(n: number, locale: Locale, forms: CountForms): string {
  const text = forms[pluralCategory(n, locale)] ?? forms.other;
  return text.replaceAll('{n}', formatNumber(n, locale));
}
