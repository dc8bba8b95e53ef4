/**
 * Plural forms for @lit/localize, which has none of its own: one message id per CLDR category, chosen with
 * `Intl.PluralRules` for the locale the words are shown in. English sources repeat their `other` text under
 * `few` and `many`, so a translator sees every form Russian needs in the XLIFF.
 */
import { getLocale } from '../localization.js';
import { pluralRulesFor } from './formatters.js';

export interface PluralForms<T = string> {
  one: () => T;
  few: () => T;
  many: () => T;
  other: () => T;
}

/** The form of `forms` that agrees with `count` in the active locale. */
export function plural<T>(count: number, forms: PluralForms<T>): T {
  const category = pluralRulesFor(getLocale()).select(count);
  return (category in forms ? forms[category as keyof PluralForms<T>] : forms.other)();
}
