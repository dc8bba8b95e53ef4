/**
 * Plural forms for @lit/localize, which has none of its own: each plural message has one id per CLDR category
 * (`days-since.since.one`, `.two`, `.few` …), and `plural` picks the id with `Intl.PluralRules` for the locale the
 * words are shown in.
 *
 * The code carries only the English forms, `one` and `other`. Every category's message is declared for
 * `lit-localize extract` in the element's `<tag>.plurals.ts`, a module nothing imports, so the XLIFF asks each
 * translator for every form (Arabic needs six) while no bundle pays for forms English does not use.
 */
import { msg } from '@lit/localize';
import { getLocale } from '../localization.js';
import { pluralRulesFor } from './formatters.js';

/**
 * `msg` taking an id made at run time. Typed as a plain function so that `lit-localize extract`, which wants
 * literal ids, does not take the call below for a message of its own.
 */
type MsgWithId = <T>(template: T, options: { id: string }) => T;

/** The form of message `id` that agrees with `count` in the active locale; `one` and `other` are the English. */
export function plural<T>(count: number, id: string, one: T, other: T): T {
  const category = pluralRulesFor(getLocale()).select(count);
  // `msg` is read at each call: configuring @lit/localize swaps in its translating implementation later.
  return (msg as unknown as MsgWithId)(category === 'one' ? one : other, { id: `${id}.${category}` });
}
