/**
 * Strict ISO 8601 parsing for attribute values. `Date.parse` accepts many non-ISO shapes and reads a date-only
 * string as UTC midnight; these helpers accept only what the docs promise and return `undefined` otherwise.
 */
import { utc, type CalendarDate } from './calendar.js';

/** A calendar date `YYYY-MM-DD` that exists (no 30 February), or `undefined`. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(utc(year, month, day));
  // A day or month out of range rolls over into another date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

/**
 * An instant with an explicit offset or `Z` (`2020-07-06T00:36:00Z`, `2020-07-06T02:36+03:00`) as ms since the
 * epoch, or `undefined`. A valid `Date` is taken as it is. A time without an offset is rejected: it would mean
 * different instants for different viewers.
 */
export function parseInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const match = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/i.exec(
    String(value ?? '').trim(),
  );
  if (!match || !parseCalendarDate(match[1])) return undefined;
  // The shape is checked; ECMAScript's date-time format reads it (it wants the offset's colon).
  const iso = match[0].toUpperCase().replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  return Date.parse(iso);
}
