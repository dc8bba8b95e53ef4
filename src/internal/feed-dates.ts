/**
 * Dates as feeds write them, read strictly: what the format's standard allows is read, anything else is
 * unreadable (the item is kept without a date). There is no `Date.parse` fallback: it guesses, differently per
 * browser, and reads "1" as 2001 or an offset-less time in the reader's own zone.
 *
 * - RSS `pubDate`: RFC 822 as RFC 5322 (and 2822 before it) reads it, obsolete forms included.
 * - Atom `published`/`updated` and JSON Feed `date_published`/`date_modified`: RFC 3339, which requires seconds
 *   and an offset.
 *
 * A leap second (`:60`) is read as `:59`, as Temporal does.
 */
import { utc } from './calendar.js';
import type { ShownDate } from './dates.js';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const WEEKDAYS = 'montuewedthufrisatsun';

/** RFC 822's zone names, in hours east of UTC. */
const ZONES: Record<string, number> = { ut: 0, gmt: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

const RFC822 =
  /^(?:([a-z]{3})\s*,\s*)?(\d\d?)\s+([a-z]{3})\s+(\d{2,4})\s+(\d\d)\s*:\s*(\d\d)(?:\s*:\s*(\d\d))?\s+(?:([+-])(\d\d)(\d\d)|([a-z]+))$/i;

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:Z|([+-])(\d\d):(\d\d))$/i;

/**
 * An RFC 822 date-time (`Mon, 06 Jul 2020 09:00:00 +0300`) as a shown date, or `undefined`.
 * - The weekday is optional, and not checked against the date: feeds get it wrong more often than the date.
 * - Two-digit years 00-49 are 2000-2049, 50-99 and three-digit years count from 1900 (RFC 5322 §4.3).
 * - Seconds are optional; comments in parentheses (nested too) count as white space.
 * - Zones: `+hhmm`/`-hhmm`, `UT`, `GMT` and the North American names. Any other name, the military letters
 *   included, means UTC with its local zone unknown (`-0000`), as RFC 5322 §4.3 says: RFC 822 got the military
 *   letters' signs backwards, so they carry no information.
 */
export function readRfc822Date(value: string): ShownDate | undefined {
  let text = value;
  // Comments nest and may quote a parenthesis (`\(`): remove the innermost ones until none is left.
  for (let last = ''; last !== text; ) {
    last = text;
    text = text.replace(/\((?:[^()\\]|\\[^])*\)/g, ' ');
  }
  const match = RFC822.exec(text.trim());
  if (!match) return undefined;
  const [, weekday, day, monthName, yearText, hour, minute, second = '0', sign, offsetHours, offsetMinutes, zone] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) / 3 + 1;
  if (!Number.isInteger(month) || (weekday && WEEKDAYS.indexOf(weekday.toLowerCase()) % 3 !== 0)) return undefined;
  let year = Number(yearText);
  if (yearText.length < 4) year += yearText.length === 2 && year < 50 ? 2000 : 1900;
  const offset = zone ? (ZONES[zone.toLowerCase()] ?? 0) * 60 : offsetMinutesOf(sign, offsetHours, offsetMinutes);
  return shown(year, month, Number(day), Number(hour), Number(minute), Number(second), 0, offset);
}

/** An RFC 3339 date-time (`2020-07-06T09:00:00+03:00`, seconds and offset required) as a shown date, or `undefined`. */
export function readRfc3339Date(value: string): ShownDate | undefined {
  const match = RFC3339.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHours, offsetMinutes] = match;
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const offset = sign ? offsetMinutesOf(sign, offsetHours, offsetMinutes) : 0;
  return shown(+year, +month, +day, +hour, +minute, +second, ms, offset);
}

function offsetMinutesOf(sign: string, hours: string, minutes: string): number {
  // Out of range (more than a day, or 60 minutes and over): NaN makes the date unreadable.
  const total = +hours < 24 && +minutes < 60 ? +hours * 60 + +minutes : NaN;
  return sign === '-' ? -total : total;
}

function shown(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offsetMinutes: number,
): ShownDate | undefined {
  const midnight = utc(year, month, day);
  if (
    !(month >= 1 && month <= 12) ||
    // A day past the month's end rolls over into the next month.
    new Date(midnight).getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 60 ||
    Number.isNaN(offsetMinutes)
  ) {
    return undefined;
  }
  const instant = midnight + ((hour * 60 + minute - offsetMinutes) * 60 + Math.min(second, 59)) * 1000 + ms;
  return { datetime: new Date(instant).toISOString(), sortKey: instant, instant };
}
