/**
 * Dates as attributes and `items` give them: a calendar date `YYYY-MM-DD`, or an instant (ISO 8601 with an
 * offset, a `Date`). A calendar date is shown as that date wherever the reader is; an instant
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

/**
 * Reads an ISO date (`2020-07-06`) or an ISO date-time with an offset, or a `Date`. Nothing else: feed formats
 * have their own strict readers (feed-dates.ts), and a lenient `Date.parse` fallback would guess.
 */
export function readShownDate(value: unknown): ShownDate | undefined {
  if (typeof value === 'string') {
    const date = parseCalendarDate(value);
    if (date) {
      // A date-only ISO string is read as UTC midnight, and, unlike Date.UTC, keeps years 0-99 as they are.
      const datetime = isoDate(date);
      const instant = Date.parse(datetime);
      return { datetime, sortKey: instant, instant, timeZone: 'UTC' };
    }
  }
  const instant = parseInstant(value);
  return instant === undefined ? undefined : { datetime: new Date(instant).toISOString(), sortKey: instant, instant };
}

/** "6 July 2020" / "July 6, 2020" / "6 июля 2020 г.", as the locale writes a long date. */
export function formatShownDate(date: ShownDate, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', ...(date.timeZone ? { timeZone: date.timeZone } : {}) }).format(
    date.instant,
  );
}
