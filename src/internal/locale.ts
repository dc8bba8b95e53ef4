/**
 * Which language an element speaks.
 *
 * Two answers, kept apart on purpose (see README "Languages"):
 * - Words come from the page-wide @lit/localize locale (`messageLocale`), because @lit/localize has one active
 *   locale per page.
 * - Dates and numbers come from the element's own language: its `lang`, else the nearest ancestor's `lang`
 *   (crossing shadow roots), else `<html lang>`, else `en` (`intlLocale`). A region is kept when Intl knows it
 *   (`en-GB` writes "6 July 2020"); a tag Intl cannot use falls back to `en`.
 */
import { sourceLocale, targetLocales, type allLocales } from '../generated/locale-codes.js';
import { cached } from './formatters.js';

export type MessageLocale = (typeof allLocales)[number];

/**
 * The `lang` that applies to `element`: its own, an ancestor's (through shadow hosts), `<html lang>` or ''.
 * `lang=""` says the language is unknown (HTML): it stops the search and gives ''.
 */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.trim();
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

const intlLocales = new Map<string, string | null>();

/** The locale Intl formats with for the language tag `tag`, or null when it has no data for it or `tag` is malformed. */
function supportedLocale(tag: string): string | null {
  return cached(intlLocales, tag, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(tag)[0] ?? null;
    } catch {
      return null; // not a well-formed language tag
    }
  });
}

/** A locale Intl can format with, for the language tag `tag`: the tag itself when supported, else `en`. */
export function intlLocale(tag: string): string {
  return (tag && supportedLocale(tag)) || 'en';
}

/** Whether Intl can format in the language `tag` names (`en-GB`, `ru` yes; `tlh`, `en_US!` no). */
export function isSupportedLang(tag: string): boolean {
  return !!supportedLocale(tag);
}

/**
 * The library locale for a language tag: `ru-RU` -> `ru`, `ar-EG` -> `ar`, an unknown language -> `en`.
 * The tag's likely script decides too (`Intl.Locale#maximize`, CLDR's likely subtags): `zh`, `zh-CN`, `zh-SG` and
 * `zh-Hans-CN` are written in Simplified characters and get `zh-Hans`; `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant` are
 * written in Traditional characters, which the library has no translation for, so they get English rather than a
 * script their readers did not ask for. A library locale is a language (`ru`) or a language and script (`zh-Hans`),
 * matched against the start of the maximized tag (`ru-Cyrl-RU`, `zh-Hans-CN`).
 */
export function messageLocale(tag: string | null | undefined): MessageLocale {
  try {
    // null and undefined throw here too, as do '' and whatever is not a language tag.
    const likely = `${new Intl.Locale(tag!.trim().replace(/_/g, '-')).maximize()}-`;
    // English is the answer when nothing else is, so only the translations are looked through.
    return targetLocales.find((code) => likely.startsWith(`${code}-`)) ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}
