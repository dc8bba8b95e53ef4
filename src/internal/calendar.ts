/**
 * Calendar math in an IANA time zone.
 *
 * Days are counted on calendar dates, never as milliseconds / 86,400,000: a day in a zone can be 23 or 25 hours
 * long, and a date-only string like `2018-03-04` means that date in the counting zone, not UTC midnight.
 * The wall-clock fields of an instant come from a cached `Intl.DateTimeFormat('en-US', { timeZone })`; the
 * distance between two calendar dates is taken on the proleptic Gregorian calendar through `Date.UTC`, which
 * has no DST.
 */
import { dateTimeFormat } from './formatters.js';

export interface CalendarDate {
  /** Full year, e.g. 2020. */
  year: number;
  /** Month, 1-12. */
  month: number;
  /** Day of month, 1-31. */
  day: number;
}

export interface ZonedDateTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  /** Offset from UTC in minutes at that instant (east positive: Moscow is +180). */
  offsetMinutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const partsCache = new Map<string, { instant: number; value: ZonedDateTime }>();

/**
 * The wall-clock date and time of `instant` (ms since the epoch) in `timeZone`. The zone must be valid (see
 * `canonicalTimeZone`); the last answer per zone is memoised, so many elements woken together pay once.
 */
export function zonedDateTime(instant: number, timeZone: string): ZonedDateTime {
  const cached = partsCache.get(timeZone);
  if (cached && cached.instant === instant) return cached.value;
  const format = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  const fields: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) fields[part.type] = part.value;
  const bce = fields.era === 'BC' || fields.era === 'B';
  const year = bce ? 1 - Number(fields.year) : Number(fields.year);
  const value: ZonedDateTime = {
    year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    offsetMinutes: 0,
  };
  const wallAsUtc = utcFromFields(value.year, value.month, value.day, value.hour, value.minute, value.second);
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  value.offsetMinutes = Math.round((wallAsUtc - wholeSecond) / MINUTE);
  partsCache.set(timeZone, { instant, value });
  return value;
}

function utcFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0-99 to 1900-1999; set the real year explicitly.
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The calendar date of `instant` in `timeZone`. */
export function calendarDateIn(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = zonedDateTime(instant, timeZone);
  return { year, month, day };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Exact across DST and leap years. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcFromFields(to.year, to.month, to.day) - utcFromFields(from.year, from.month, from.day)) / DAY);
}

/** The calendar date `days` after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(utcFromFields(date.year, date.month, date.day) + days * DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `YYYY-MM-DD`, as in `<time datetime>`. */
export function isoDate(date: CalendarDate): string {
  const year = date.year >= 0 && date.year <= 9999 ? String(date.year).padStart(4, '0') : String(date.year);
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/** `+03:00` / `-05:00` / `Z`-less form used in `<time datetime>`. */
export function isoOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A valid HTML global date-and-time string for the wall time of `instant` in `timeZone`, carrying the zone's
 * offset: `2020-07-06T02:36+03:00`, or with seconds `2020-07-06T02:36:05+03:00`.
 */
export function isoDateTimeIn(instant: number, timeZone: string, withSeconds: boolean): string {
  const t = zonedDateTime(instant, timeZone);
  const time = `${pad(t.hour)}:${pad(t.minute)}${withSeconds ? `:${pad(t.second)}` : ''}`;
  return `${isoDate(t)}T${time}${isoOffset(t.offsetMinutes)}`;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The first instant after `instant` whose calendar date in `timeZone` is a later date: the zone's next
 * midnight, or 01:00 where the zone skips midnight for DST (America/Santiago, America/Havana).
 * Estimated from the offset, then checked on both sides; a binary search settles the rare case where the
 * estimate lands in a transition.
 */
export function startOfNextDay(instant: number, timeZone: string): number {
  const today = calendarDateIn(instant, timeZone);
  const tomorrow = addDays(today, 1);
  const isLater = (t: number) => compareDates(calendarDateIn(t, timeZone), today) > 0;
  const midnightUtc = utcFromFields(tomorrow.year, tomorrow.month, tomorrow.day);
  let estimate = midnightUtc - zonedDateTime(instant, timeZone).offsetMinutes * MINUTE;
  estimate = midnightUtc - zonedDateTime(estimate, timeZone).offsetMinutes * MINUTE;
  if (estimate > instant && isLater(estimate) && !isLater(estimate - 1000)) return estimate;
  // Binary search on whole seconds between now (today) and 50 hours on (surely a later date).
  let low = Math.floor(instant / 1000) * 1000;
  let high = low + 50 * 3_600_000;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (isLater(middle)) high = middle;
    else low = middle;
  }
  return high;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
