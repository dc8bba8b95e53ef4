import { expect } from '@open-wc/testing';
import {
  addDays,
  calendarDateIn,
  daysBetween,
  isoDateTimeIn,
  isoOffset,
  isoTime,
  startOfNextDay,
  zonedDateTime,
} from '../../src/internal/calendar.js';
import { parseCalendarDate, parseInstant } from '../../src/internal/iso.js';
import { readShownDate } from '../../src/internal/dates.js';
import { weekdayOf } from '../../src/internal/opening-hours.js';
import { canonicalTimeZone, cityFromTimeZone } from '../../src/internal/time-zone.js';

const at = (iso: string) => Date.parse(iso);

describe('calendar helpers', () => {
  it('keeps years 0-99 as they are (Date.UTC would read 0050 as 1950)', () => {
    const instant = Date.parse('0050-03-04T00:00:00Z');
    expect(readShownDate('0050-03-04')?.instant).to.equal(instant);
    expect(weekdayOf({ year: 50, month: 3, day: 4 })).to.equal((new Date(instant).getUTCDay() + 6) % 7);
    expect(daysBetween({ year: 50, month: 3, day: 4 }, { year: 1950, month: 3, day: 4 })).to.equal(693_960);
  });

  it('writes minutes as HH:MM, and offsets with their sign', () => {
    expect([0, 570, 1439, 1440].map(isoTime)).to.deep.equal(['00:00', '09:30', '23:59', '24:00']);
    expect([180, -300, 0, 330].map(isoOffset)).to.deep.equal(['+03:00', '-05:00', '+00:00', '+05:30']);
  });

  it('gives the wall-clock date and time of an instant in a zone', () => {
    expect(zonedDateTime(at('2020-07-05T23:36:00Z'), 'Europe/Moscow')).to.deep.equal({
      year: 2020,
      month: 7,
      day: 6,
      hour: 2,
      minute: 36,
      second: 0,
      offsetMinutes: 180,
    });
    expect(calendarDateIn(at('2018-03-04T00:00:00Z'), 'America/Los_Angeles')).to.deep.equal({
      year: 2018,
      month: 3,
      day: 3,
    });
    expect(isoDateTimeIn(at('2020-07-05T23:36:09Z'), 'America/St_Johns', true)).to.equal('2020-07-05T21:06:09-02:30');
  });

  it('counts calendar days exactly across leap years and DST', () => {
    expect(daysBetween({ year: 2018, month: 3, day: 4 }, { year: 2020, month: 7, day: 6 })).to.equal(855);
    expect(daysBetween({ year: 2020, month: 2, day: 28 }, { year: 2020, month: 3, day: 1 })).to.equal(2);
    expect(daysBetween({ year: 2019, month: 2, day: 28 }, { year: 2019, month: 3, day: 1 })).to.equal(1);
    expect(daysBetween({ year: 2021, month: 3, day: 27 }, { year: 2021, month: 3, day: 29 })).to.equal(2);
    expect(daysBetween({ year: 2020, month: 7, day: 6 }, { year: 2018, month: 3, day: 4 })).to.equal(-855);
    expect(daysBetween({ year: 1900, month: 2, day: 28 }, { year: 1900, month: 3, day: 1 })).to.equal(1);
    expect(addDays({ year: 2020, month: 2, day: 28 }, 1)).to.deep.equal({ year: 2020, month: 2, day: 29 });
    expect(addDays({ year: 2020, month: 12, day: 31 }, 1)).to.deep.equal({ year: 2021, month: 1, day: 1 });
  });

  it('finds the next midnight in a zone, including 23- and 25-hour days', () => {
    expect(startOfNextDay(at('2020-07-05T12:00:00Z'), 'Europe/Moscow')).to.equal(at('2020-07-05T21:00:00Z'));
    // London, the day clocks go forward (23 hours) and back (25 hours).
    expect(startOfNextDay(at('2021-03-28T00:30:00Z'), 'Europe/London')).to.equal(at('2021-03-28T23:00:00Z'));
    expect(startOfNextDay(at('2021-10-31T00:30:00Z'), 'Europe/London')).to.equal(at('2021-11-01T00:00:00Z'));
    // One second before midnight, and midnight itself.
    expect(startOfNextDay(at('2020-07-05T20:59:59Z'), 'Europe/Moscow')).to.equal(at('2020-07-05T21:00:00Z'));
    expect(startOfNextDay(at('2020-07-05T21:00:00Z'), 'Europe/Moscow')).to.equal(at('2020-07-06T21:00:00Z'));
  });

  it('finds the first instant of a day whose midnight is skipped (Santiago, Havana)', () => {
    // Santiago moved from 00:00 -04 to 01:00 -03 on 2022-09-11: the day began at 01:00 local.
    expect(startOfNextDay(at('2022-09-10T16:00:00Z'), 'America/Santiago')).to.equal(at('2022-09-11T04:00:00Z'));
    expect(zonedDateTime(at('2022-09-11T04:00:00Z'), 'America/Santiago').hour).to.equal(1);
    // Havana likewise on 2022-03-13, from 00:00 -05 to 01:00 -04.
    expect(startOfNextDay(at('2022-03-12T17:00:00Z'), 'America/Havana')).to.equal(at('2022-03-13T05:00:00Z'));
  });

  it('parses only ISO dates that exist and instants that carry an offset', () => {
    expect(parseCalendarDate('2020-02-29')).to.deep.equal({ year: 2020, month: 2, day: 29 });
    expect(parseCalendarDate('2019-02-29')).to.equal(undefined);
    expect(parseCalendarDate('2020-13-01')).to.equal(undefined);
    expect(parseCalendarDate('2020-7-6')).to.equal(undefined);
    expect(parseCalendarDate('')).to.equal(undefined);
    expect(parseInstant('2020-07-06T02:36+03:00')).to.equal(at('2020-07-05T23:36:00Z'));
    expect(parseInstant('2020-07-05T23:36:00.5Z')).to.equal(at('2020-07-05T23:36:00.500Z'));
    expect(parseInstant('2020-07-06T02:36:00+0300')).to.equal(at('2020-07-05T23:36:00Z'));
    expect(parseInstant('2020-07-06T02:36')).to.equal(undefined);
    expect(parseInstant('2020-07-06')).to.equal(undefined);
    expect(parseInstant('2020-07-06T25:00Z')).to.equal(undefined);
    expect(parseInstant('July 6, 2020')).to.equal(undefined);
    expect(parseInstant(new Date('nonsense'))).to.equal(undefined);
    expect(parseInstant(new Date(0))).to.equal(0);
  });

  it('validates and names zones without throwing', () => {
    expect(canonicalTimeZone('europe/london')).to.equal('Europe/London');
    expect(canonicalTimeZone(' Europe/Moscow ')).to.equal('Europe/Moscow');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).to.equal(null);
    expect(canonicalTimeZone('')).to.equal(null);
    expect(cityFromTimeZone('America/New_York')).to.equal('New York');
    expect(cityFromTimeZone('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
    expect(cityFromTimeZone('UTC')).to.equal('UTC');
    // As written, with the canonical spelling's capitals only where it is the same id.
    expect(cityFromTimeZone('Europe/Kyiv', canonicalTimeZone('Europe/Kyiv'))).to.equal('Kyiv');
    expect(cityFromTimeZone('europe/london', canonicalTimeZone('europe/london'))).to.equal('London');
    // POSIX signs: Etc/GMT+5 is UTC-5.
    expect(['Etc/GMT+5', 'Etc/GMT-14', 'etc/gmt+12', 'Etc/GMT-0'].map((zone) => cityFromTimeZone(zone))).to.deep.equal([
      'UTC\u22125',
      'UTC+14',
      'UTC\u221212',
      'UTC',
    ]);
  });
});
