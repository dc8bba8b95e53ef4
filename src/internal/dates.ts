/**
 * Dates as feeds and attributes give them: a calendar date `YYYY-MM-DD`, or an instant (ISO 8601 with an
 * offset, RFC 822 from RSS, a `Date`). A calendar date is shown as that date wherever the reader is; an instant
 * is shown as the reader's date of it.
 */
import { parseCalendarDate, parseInstant } from './iso.js';
import { isoDate } from './calendar.js';
import { dateTimeFormat } from './formatters.js';

export interface ShownDate {
  /** For `<time datetime>`: `2020-07-06` or `2020-07-06T07:00:00.000Z`. */
  datetime: string;
  /** For ordering, newest first: ms since the epoch (a calendar date counts from its UTC midnight). */
  sortKey: number;
  /** The instant to format, and the zone to format it in (UTC for a calendar date, else the reader's). */
  instant: number;
  timeZone?: string;
}

/** Reads an ISO date or date-time (`lenient` also takes RFC 822, as RSS writes). */
export function readShownDate(value: unknown, lenient = false): ShownDate | undefined {
  if (typeof value === 'string') {
    const date = parseCalendarDate(value);
    if (date) {
      // A date-only ISO string is read as UTC midnight, and, unlike Date.UTC, keeps years 0-99 as they are.
      const datetime = isoDate(date);
      const instant = Date.parse(datetime);
      return { datetime, sortKey: instant, instant, timeZone: 'UTC' };
    }
  }
  let instant = parseInstant(value);
  if (instant === undefined && lenient && typeof value === 'string') {
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) instant = parsed;
  }
  return instant === undefined ? undefined : { datetime: new Date(instant).toISOString(), sortKey: instant, instant };
}

/** "6 July 2020" / "July 6, 2020" / "6 июля 2020 г.", as the locale writes a long date. */
export function formatShownDate(date: ShownDate, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', ...(date.timeZone ? { timeZone: date.timeZone } : {}) }).format(
    date.instant,
  );
}
