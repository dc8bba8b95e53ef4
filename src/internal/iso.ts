/**
 * Strict ISO 8601 parsing for attribute values. `Date.parse` accepts many non-ISO shapes and reads a date-only
 * string as UTC midnight; these helpers accept only what the docs promise and return `undefined` otherwise.
 */
import type { CalendarDate } from './calendar.js';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 30 February), or `undefined`. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * An instant with an explicit offset or `Z` (`2020-07-06T00:36:00Z`, `2020-07-06T02:36+03:00`) as ms since the
 * epoch, or `undefined`. A `Date` is accepted as is when valid. A time without an offset is rejected: it would
 * mean different instants for different viewers.
 */
export function parseInstant(value: string | Date | null | undefined): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== 'string') return undefined;
  const match = INSTANT.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh, om] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (!zulu && (Number(oh) > 23 || Number(om) > 59)) return undefined;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year);
  return date.getTime() - offset * 60_000;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  date.setUTCMonth(month, 0); // last day of `month`
  return day <= date.getUTCDate();
}
