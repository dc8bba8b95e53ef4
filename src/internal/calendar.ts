/**
 * Calendar math in an IANA time zone.
 *
 * Days are counted on calendar dates, never as milliseconds / 86,400,000: a day in a zone can be 23 or 25 hours
 * long, and a date-only string like `2018-03-04` means that date in the counting zone, not UTC midnight.
 * The wall-clock fields of an instant come from a cached `Intl.DateTimeFormat('en-US', { timeZone })`; the
 * distance between two calendar dates is taken on the proleptic Gregorian calendar in UTC, which has no DST.
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

const DAY = 86_400_000;
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** The last answer per zone: many elements woken in one pass ask about the same instant. */
const lastFields = new Map<string, [instant: number, fields: number[]]>();

/** Year, month, day, hour, minute, second of `instant` on the wall clocks of `timeZone` (a valid zone). */
function wallClock(instant: number, timeZone: string): number[] {
  const last = lastFields.get(timeZone);
  if (last?.[0] === instant) return last[1];
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const fields = FIELDS.map((type) => Number(parts.find((part) => part.type === type)!.value));
  lastFields.set(timeZone, [instant, fields]);
  return fields;
}

/**
 * The UTC instant of a wall-clock reading (month 1-12). Unlike `Date.UTC`, which reads years 0-99 as 1900-1999,
 * `setUTCFullYear` keeps them as they are.
 */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second);
}

/** The wall-clock date and time of `instant` (ms since the epoch) in `timeZone`, with the zone's offset. */
export function zonedDateTime(instant: number, timeZone: string): ZonedDateTime {
  const [year, month, day, hour, minute, second] = wallClock(instant, timeZone);
  const offsetMinutes = Math.round((utc(year, month, day, hour, minute, second) - Math.floor(instant / 1000) * 1000) / 60_000);
  return { year, month, day, hour, minute, second, offsetMinutes };
}

/** The calendar date of `instant` in `timeZone`. */
export function calendarDateIn(instant: number, timeZone: string): CalendarDate {
  const [year, month, day] = wallClock(instant, timeZone);
  return { year, month, day };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Exact across DST and leap years. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utc(to.year, to.month, to.day) - utc(from.year, from.month, from.day)) / DAY);
}

/** The calendar date `days` after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(utc(date.year, date.month, date.day) + days * DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `YYYY-MM-DD`, as in `<time datetime>`. */
export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** `HH:MM` for a count of minutes (past midnight: `570` -> `09:30`, `1440` -> `24:00`). */
export function isoTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `+03:00` / `-05:00`, as in `<time datetime>`. */
export function isoOffset(offsetMinutes: number): string {
  return `${offsetMinutes < 0 ? '-' : '+'}${isoTime(Math.abs(offsetMinutes))}`;
}

/**
 * A valid HTML global date-and-time string for the wall time of `instant` in `timeZone`, carrying the zone's
 * offset: `2020-07-06T02:36+03:00`, or with seconds `2020-07-06T02:36:05+03:00`.
 */
export function isoDateTimeIn(instant: number, timeZone: string, withSeconds: boolean): string {
  const key = `${timeZone}|${withSeconds}`;
  const last = lastIso.get(key);
  if (last?.[0] === instant) return last[1];
  const t = zonedDateTime(instant, timeZone);
  const time = `${pad(t.hour)}:${pad(t.minute)}${withSeconds ? `:${pad(t.second)}` : ''}`;
  const iso = `${isoDate(t)}T${time}${isoOffset(t.offsetMinutes)}`;
  lastIso.set(key, [instant, iso]);
  return iso;
}

/** The last `isoDateTimeIn` answer per zone and precision, shared by the clocks woken in one pass. */
const lastIso = new Map<string, [instant: number, iso: string]>();

/** The instant at which the wall clocks of `timeZone` show `minutes` past midnight on `date` (or just after a DST gap). */
export function instantAt(date: CalendarDate, minutes: number, timeZone: string): number {
  const wall = utc(date.year, date.month, date.day) + minutes * 60_000;
  let instant = wall - zonedDateTime(wall, timeZone).offsetMinutes * 60_000;
  instant = wall - zonedDateTime(instant, timeZone).offsetMinutes * 60_000;
  return instant;
}

/** Per zone, the last answer of `startOfNextDay` and the instant it was asked at: the rest of that day. */
const nextDays = new Map<string, [askedAt: number, next: number]>();

/**
 * The first instant after `instant` whose calendar date in `timeZone` is a later date: the zone's next
 * midnight, or 01:00 where the zone skips midnight for DST (America/Santiago, America/Havana). Found by a binary
 * search over whole seconds of the next 50 hours (about 18 look-ups), once per zone and day.
 */
export function startOfNextDay(instant: number, timeZone: string): number {
  const cached = nextDays.get(timeZone);
  if (cached && cached[0] <= instant && instant < cached[1]) return cached[1];
  const dayOf = (t: number) => {
    const [year, month, day] = wallClock(t, timeZone);
    return utc(year, month, day);
  };
  const today = dayOf(instant);
  let low = Math.floor(instant / 1000) * 1000;
  let high = low + 50 * 3_600_000;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (dayOf(middle) > today) high = middle;
    else low = middle;
  }
  nextDays.set(timeZone, [instant, high]);
  return high;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
