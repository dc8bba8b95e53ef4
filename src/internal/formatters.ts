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

/** A shared `Intl.DateTimeFormat`; throws the same RangeError as the constructor for an unknown time zone. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = cacheKey(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** A shared `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = cacheKey(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Shared cardinal `Intl.PluralRules`. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
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
  let answer = twentyFourHours.get(locale);
  if (answer === undefined) {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    answer = cycle === 'h23' || cycle === 'h24';
    twentyFourHours.set(locale, answer);
  }
  return answer;
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
