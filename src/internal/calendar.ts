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
/** `{ year: 'numeric', month: 'numeric', … }`: every field of the wall clock, as numbers. */
const NUMERIC_FIELDS: Intl.DateTimeFormatOptions = Object.fromEntries(FIELDS.map((field) => [field, 'numeric']));

/** The last answer per zone: many elements woken in one pass ask about the same instant. */
const lastFields = new Map<string, [instant: number, fields: WallClock]>();

/** Year, month (1-12), day, hour, minute, second. */
type WallClock = [number, number, number, number, number, number];

/** Year, month, day, hour, minute, second of `instant` on the wall clocks of `timeZone` (a valid zone). */
function wallClock(instant: number, timeZone: string): WallClock {
  const last = lastFields.get(timeZone);
  if (last?.[0] === instant) return last[1];
  const parts = dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...NUMERIC_FIELDS }).formatToParts(instant);
  const fields = FIELDS.map((type) => Number(parts.find((part) => part.type === type)!.value)) as WallClock;
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
  return { year, month, day, hour, minute, second, offsetMinutes: Math.round(offsetAt(instant, timeZone) / 60_000) };
}

/** The zone's offset from UTC at `instant`, in ms (east positive), to the second. */
function offsetAt(instant: number, timeZone: string): number {
  return utc(...wallClock(instant, timeZone)) - Math.floor(instant / 1000) * 1000;
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

/**
 * The instant at which the wall clocks of `timeZone` show `minutes` past midnight on `date`. A wall time that
 * occurs twice (clocks set back) is its first occurrence, as Temporal's `disambiguation: 'earlier'` reads it. One
 * that never occurs, inside a DST gap (Santiago's skipped midnight, London's 01:30 on the day clocks go forward),
 * is the instant the gap ends: the clocks jump past it then, so an office opening at 01:30 is open from 02:00 BST,
 * as the wall clock says.
 */
export function instantAt(date: CalendarDate, minutes: number, timeZone: string): number {
  return instantsAt(date, minutes, timeZone)[0];
}

/** Every instant at which `timeZone` shows that wall time, in order (two where clocks were set back), or the gap's end. */
function instantsAt(date: CalendarDate, minutes: number, timeZone: string): number[] {
  const wall = utc(date.year, date.month, date.day) + minutes * 60_000;
  const offset = (instant: number) => offsetAt(instant, timeZone);
  // Read with the offsets in force a day before and a day after (the same offset when no change is near). Where
  // clocks were set back, `early` is the first occurrence and `late` the second.
  let early = wall - offset(wall - DAY);
  let late = wall - offset(wall + DAY);
  const found = [early, late].filter((instant) => instant + offset(instant) === wall);
  if (found.length) return found;
  // In a gap: `late` (read with the later offset) falls before the change and `early` after it. The change is the
  // first whole second between them that has the later offset.
  while (early - late > 1000) {
    const middle = late + Math.floor((early - late) / 2000) * 1000;
    if (offset(middle) === offset(early)) early = middle;
    else late = middle;
  }
  return [early];
}

/** Per zone, the last answer of `startOfNextDay` and the instant it was asked at: the rest of that day. */
const nextDays = new Map<string, [askedAt: number, next: number]>();

/**
 * The first instant after `instant` whose calendar date in `timeZone` is the next date: the zone's next midnight;
 * 01:00 where the zone skips midnight for DST (America/Santiago, America/Havana); the second midnight where clocks
 * went back across one (St John's at 00:01 in 1993-2010); the day after where a whole day was skipped (Apia,
 * 30 December 2011). Once per zone and day.
 */
export function startOfNextDay(instant: number, timeZone: string): number {
  const cached = nextDays.get(timeZone);
  if (cached && cached[0] <= instant && instant < cached[1]) return cached[1];
  const tomorrow = addDays(calendarDateIn(instant, timeZone), 1);
  // Never at or before `instant` (that would wake the scheduler in a loop): an hour later at worst, to look again.
  const next = instantsAt(tomorrow, 0, timeZone).find((at) => at > instant) ?? instant + 3_600_000;
  nextDays.set(timeZone, [instant, next]);
  return next;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
