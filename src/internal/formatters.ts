/**
 * One cache of Intl formatters for every element on the page.
 *
 * Constructing an `Intl.DateTimeFormat` costs far more than using one, and a page with a thousand clocks asks
 * for the same few formatters over and over. Elements fetch their formatters here when their inputs change and
 * keep the reference; per tick they only call `format`. Because equal requests return the same object, the
 * last formatted instant can be memoised per formatter, so a thousand clocks woken in one pass format each
 * (zone, locale, options) once.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cacheKey(locale: string, options: object): string {
  return `${locale}|${JSON.stringify(options)}`;
}

/** The value cached under `key`, made by `create` the first time. */
export function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** A shared `Intl.DateTimeFormat`; throws the same RangeError as the constructor for an unknown time zone. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, cacheKey(locale, options), () => new Intl.DateTimeFormat(locale, options));
}

/** A shared `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, cacheKey(locale, options), () => new Intl.NumberFormat(locale, options));
}

/** Shared cardinal `Intl.PluralRules`. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale));
}

const lastFormatted = new WeakMap<Intl.DateTimeFormat, { instant: number; text: string }>();

/** `format.format(instant)`, computed once per formatter and instant however many elements ask in one pass. */
export function formatInstant(format: Intl.DateTimeFormat, instant: number): string {
  const last = lastFormatted.get(format);
  if (last && last.instant === instant) return last.text;
  const text = format.format(instant);
  lastFormatted.set(format, { instant, text });
  return text;
}

const twentyFourHours = new Map<string, boolean>();

/** Whether the locale's own clock is a 24-hour one (en-GB, ru: yes; en-US: no). */
function usesTwentyFourHours(locale: string): boolean {
  return cached(twentyFourHours, locale, () => {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h23' || cycle === 'h24';
  });
}

/**
 * A time-of-day formatter. A 24-hour clock pads the hour ("02:36", as on the design); a 12-hour clock does not
 * ("2:36 AM"). Chromium pads only when asked for `2-digit`, so the locale's cycle is resolved first.
 */
export function timeFormat(
  locale: string,
  timeZone: string,
  seconds = false,
  hourCycle?: 'h12' | 'h23',
): Intl.DateTimeFormat {
  const twentyFour = hourCycle ? hourCycle === 'h23' : usesTwentyFourHours(locale);
  return dateTimeFormat(locale, {
    timeZone,
    hour: twentyFour ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    ...(hourCycle ? { hourCycle } : {}),
  });
}
