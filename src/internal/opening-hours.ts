/**
 * Opening hours in schema.org `openingHours` syntax, and whether an office is open at an instant in its zone.
 *
 * Accepted: rules of days and time ranges, e.g. `Mo-Fr 09:00-12:30, 14:00-17:00; Sa 10:00-12:00`,
 * `Mo,We,Fr 09:00-13:00`, `Su off`. A new rule starts at each day list (after `;`, a newline or a comma);
 * days not named are closed. `24:00` ends a day; `22:00-02:00` runs past midnight into the next day.
 */
import { addDays, calendarDateIn, instantAt, utc, zonedDateTime, type CalendarDate } from './calendar.js';

/** Minutes since midnight, [start, end). */
export type Range = [start: number, end: number];

/** Per weekday, Monday first (index 0) to Sunday (6), the open ranges, sorted. */
export type WeekHours = Range[][];

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Day lists, time ranges, `off`, separators; anything else makes the text unreadable. */
const TOKEN = /(off|closed)\b|([A-Za-z]{2}(?:\s*[-,]\s*[A-Za-z]{2})*)|(\d{1,2}):(\d\d)\s*-\s*(\d{1,2}):(\d\d)|([\s,;]+)|./giy;

/**
 * Parses `openingHours` text; null when any part of it cannot be read. A later rule for a day replaces what an
 * earlier rule said of that day (`Mo-Fr 09:00-17:00; Fr 09:00-13:00` closes Friday at 13:00), as schema.org
 * reads it; hours that run past midnight belong to the day they started, so `Su off` does not cut short a
 * Saturday night.
 */
export function parseOpeningHours(text: unknown): WeekHours | null {
  const own: WeekHours = DAYS.map(() => []);
  const spill: WeekHours = DAYS.map(() => []);
  let days: number[] | null = null;
  let fresh = new Set<number>();
  let ruleHasHours = true;
  TOKEN.lastIndex = 0;
  const source = String(text ?? '').trim();
  if (!source) return null;
  /** The first hours (or `off`) a rule gives a day replace that day's earlier hours. */
  const claim = (day: number) => {
    if (fresh.has(day)) return;
    fresh.add(day);
    own[day] = [];
    spill[(day + 1) % 7] = [];
  };
  for (let match; (match = TOKEN.exec(source)); ) {
    const [, off, dayList, h1, m1, h2, m2, separator] = match;
    if (separator) continue;
    if (dayList) {
      if (!ruleHasHours) return null; // "Mo Tu 09:00-10:00": a day list with nothing after it
      days = readDays(dayList);
      if (!days) return null;
      fresh = new Set();
      ruleHasHours = false;
    } else if (off && days) {
      days.forEach(claim);
      ruleHasHours = true;
    } else if (h1 && days) {
      const start = Number(h1) * 60 + Number(m1);
      const end = Number(h2) * 60 + Number(m2);
      if (Number(m1) > 59 || Number(m2) > 59 || start >= 1440 || end > 1440 || start === end) return null;
      for (const day of days) {
        claim(day);
        own[day].push([start, end > start ? end : 1440]);
        if (end < start && end > 0) spill[(day + 1) % 7].push([0, end]);
      }
      ruleHasHours = true;
    } else {
      return null;
    }
  }
  if (!ruleHasHours) return null;
  return own.map((ranges, day) => [...spill[day], ...ranges].sort((a, b) => a[0] - b[0]));
}

function readDays(list: string): number[] | null {
  const days: number[] = [];
  for (const part of list.toLowerCase().split(/\s*,\s*/)) {
    const [from, to = from] = part.split(/\s*-\s*/).map((day) => DAYS.indexOf(day));
    if (from < 0 || to < 0) return null;
    for (let day = from; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === to) break;
    }
  }
  return days;
}

/** Monday = 0 … Sunday = 6, of a calendar date. */
export function weekdayOf(date: CalendarDate): number {
  const days = Math.floor(utc(date.year, date.month, date.day) / 86_400_000);
  return (((days + 3) % 7) + 7) % 7; // 1 January 1970 was a Thursday (3)
}

export interface OpenStatus {
  open: boolean;
  /** The next opening (when closed) or closing (when open); undefined if that never comes. */
  next?: { instant: number; date: CalendarDate; minutes: number; daysAhead: number };
  /** When the status can next change: the next opening or closing. */
  changesAt: number;
}

/**
 * Whether the office is open at `now`, and its next opening or closing, on the wall clocks of `timeZone`.
 *
 * The next change is the first boundary after `now` at which the wall clock really says the office opens (or
 * closes). So 24:00 Monday followed by 00:00 Tuesday is one stretch, a range that touches the next is one too,
 * and the hours of a day the zone skipped (Kiritimati's 31 December 1994) never count. A boundary inside a DST
 * gap takes effect when the gap ends (see `instantAt`). Boundaries only move forward with the date, so the first
 * one found, day by day, is the earliest.
 */
export function openStatus(week: WeekHours, now: number, timeZone: string): OpenStatus {
  const openAt = (instant: number) => {
    const wall = zonedDateTime(instant, timeZone);
    const minutes = wall.hour * 60 + wall.minute;
    return week[weekdayOf(wall)].some(([start, end]) => start <= minutes && minutes < end);
  };
  const open = openAt(now);
  const today: CalendarDate = calendarDateIn(now, timeZone);
  // Eight days ahead: a week, and one more where the zone skipped a day.
  for (let daysAhead = 0; daysAhead <= 8; daysAhead++) {
    const date = addDays(today, daysAhead);
    for (const [start, end] of week[weekdayOf(date)]) {
      const minutes = open ? end : start;
      const instant = instantAt(date, minutes, timeZone);
      if (instant > now && openAt(instant) !== open) return { open, next: { instant, date, minutes, daysAhead }, changesAt: instant };
    }
  }
  return { open, changesAt: Infinity };
}
