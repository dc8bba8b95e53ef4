/**
 * Plural forms for @lit/localize, which has none of its own: one message id per CLDR category, chosen with
 * `Intl.PluralRules` for the locale the words are shown in. English sources repeat their `other` text under
 * `few` and `many`, so a translator sees every form Russian needs in the XLIFF.
 */
import { getLocale } from '../localization.js';
import { pluralRulesFor } from './formatters.js';

export interface PluralForms {
  one: () => string;
  few: () => string;
  many: () => string;
  other: () => string;
}

/** The form of `forms` that agrees with `count` in the active locale. */
export function plural(count: number, forms: PluralForms): string {
  const category = pluralRulesFor(getLocale()).select(count);
  return (category in forms ? forms[category as keyof PluralForms] : forms.other)();
}
