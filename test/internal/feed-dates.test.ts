import { expect } from '@open-wc/testing';
import { Temporal } from 'temporal-polyfill';
import { readRfc3339Date, readRfc822Date } from '../../src/internal/feed-dates.js';
import { readShownDate } from '../../src/internal/dates.js';
import { seededRandom } from '../helpers/index.js';

const SEED = 20261130;
const CASES = 2000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** RFC 822's zone names and what they mean; every other letter run is read as -0000 (RFC 5322 §4.3). */
const NAMED: Record<string, string> = {
  UT: '+00:00', GMT: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
const UNKNOWN_NAMES = ['Z', 'A', 'M', 'N', 'Y', 'z', 'UTC', 'CEST', 'MSK', 'BST', 'AEST'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}
function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const oddCase = (random: () => number, text: string) =>
  [...text].map((c) => (random() < 0.3 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join('');

/** A random, valid RFC 822 date and the instant Temporal computes for it. */
function randomRfc822(random: () => number): { text: string; expected: number } {
  const digits = pick(random, [4, 4, 4, 2, 3]);
  const written = digits === 4 ? int(random, 1, 9999) : digits === 2 ? int(random, 0, 99) : int(random, 100, 999);
  // RFC 5322 §4.3: 00-49 -> 2000-2049, 50-99 -> 1950-1999, three digits -> add 1900.
  const year = digits === 4 ? written : digits === 2 ? written + (written < 50 ? 2000 : 1900) : written + 1900;
  const month = int(random, 1, 12);
  const day = int(random, 1, Temporal.PlainYearMonth.from({ year, month }).daysInMonth);
  const [hour, minute] = [int(random, 0, 23), int(random, 0, 59)];
  const second = random() < 0.2 ? undefined : random() < 0.05 ? 60 : int(random, 0, 59);
  let zone: string;
  let offset: string;
  const kind = random();
  if (kind < 0.5) {
    const minutes = int(random, -(23 * 60 + 59), 23 * 60 + 59);
    const sign = minutes < 0 || (minutes === 0 && random() < 0.5) ? '-' : '+';
    zone = `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
    offset = `${sign}${zone.slice(1, 3)}:${zone.slice(3)}`;
  } else if (kind < 0.8) {
    zone = pick(random, Object.keys(NAMED));
    offset = NAMED[zone];
  } else {
    zone = pick(random, UNKNOWN_NAMES);
    offset = '+00:00';
  }
  const date = Temporal.PlainDate.from({ year, month, day });
  const weekday = random() < 0.7 ? `${WEEKDAYS[date.dayOfWeek - 1]},` : '';
  const comment = () => (random() < 0.15 ? pick(random, [' (a comment)', '(nested (comment) \\) here)', ' (CEST) ']) : '');
  const space = () => pick(random, [' ', ' ', '  ', '\t', ' \r\n ']);
  const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
  const parts = [
    weekday && oddCase(random, weekday) + comment() + space(),
    String(random() < 0.5 ? day : pad(day)) + comment() + space(),
    oddCase(random, MONTHS[month - 1]) + comment() + space(),
    pad(written, digits) + comment() + space(),
    time + comment() + space(),
    zone + comment(),
  ];
  // Temporal constrains second 60 to 59, as RFC 3339 readers do with a leap second.
  const expected = Temporal.ZonedDateTime.from({ year, month, day, hour, minute, second: second ?? 0, timeZone: offset })
    .epochMilliseconds;
  return { text: parts.join(''), expected };
}

/** A random, valid RFC 3339 date-time and the instant Temporal computes for it. */
function randomRfc3339(random: () => number): { text: string; expected: number } {
  const year = int(random, 0, 9999);
  const month = int(random, 1, 12);
  const day = int(random, 1, Temporal.PlainYearMonth.from({ year, month }).daysInMonth);
  const second = random() < 0.05 ? 60 : int(random, 0, 59);
  const fraction = random() < 0.4 ? `.${String(int(random, 0, 999_999_999)).padStart(9, '0').slice(0, int(random, 1, 9))}` : '';
  const minutes = int(random, -(23 * 60 + 59), 23 * 60 + 59);
  const offset =
    random() < 0.3
      ? pick(random, ['Z', 'z'])
      : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}${pick(random, ['T', 't', ' '])}${pad(int(random, 0, 23))}:${pad(
    int(random, 0, 59),
  )}:${pad(second)}${fraction}${offset}`;
  return { text, expected: Temporal.Instant.from(text).epochMilliseconds };
}

describe('RFC 822 dates (RSS pubDate)', () => {
  it(`reads ${CASES} seeded random dates as Temporal does (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    for (let i = 0; i < CASES; i++) {
      const { text, expected } = randomRfc822(random);
      const read = readRfc822Date(text);
      expect(read?.instant, `case ${i}: ${JSON.stringify(text)}`).to.equal(expected);
      expect(read?.datetime).to.equal(new Date(expected).toISOString());
      expect(read?.sortKey).to.equal(expected);
    }
  });

  const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
  const table: [string, string][] = [
    ['Mon, 06 Jul 2020 09:00:00 +0300', '2020-07-06T06:00:00Z'],
    ['Thu, 01 Aug 2019 16:15 EDT', '2019-08-01T20:15:00Z'], // no seconds (NASA's feed)
    ['Tue, 15 Nov 2022 20:15:04 Z', '2022-11-15T20:15:04Z'], // military Z (Il Giornale's feed)
    ['Sun, 03 May 2020 21:56:15 -0000', '2020-05-03T21:56:15Z'],
    ['6 Jul 20 09:00 GMT', '2020-07-06T09:00:00Z'], // two-digit year below 50
    ['6 Jul 99 09:00 GMT', '1999-07-06T09:00:00Z'], // two-digit year from 50
    ['6 Jul 120 09:00 GMT', '2020-07-06T09:00:00Z'], // three-digit year: add 1900
    ['Tue, 1 Jul 2003 10:52:37 +0200 (CEST)', '2003-07-01T08:52:37Z'],
    ['(a (nested) comment) Tue, 1 Jul 2003 (x) 10:52:37 (y) +0200', '2003-07-01T08:52:37Z'],
    ['Tue , 1 Jul 2003 10 : 52 : 37 +0200', '2003-07-01T08:52:37Z'], // obsolete white space around : and ,
    ['tue, 01 jul 2003 10:52:37 pdt', '2003-07-01T17:52:37Z'],
    ['Mon, 01 Jul 2003 10:52:37 +0000', '2003-07-01T10:52:37Z'], // the wrong weekday does not lose the date
    ['Mon, 06 Jul 2020 09:00:00 UTC', '2020-07-06T09:00:00Z'], // an unknown name is -0000 (RFC 5322 §4.3)
    ['Mon, 06 Jul 2020 09:00:00 CEST', '2020-07-06T09:00:00Z'],
    ['Wed, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59Z'], // a leap second is read as :59
    ['29 Feb 2000 00:00 +0000', '2000-02-29T00:00:00Z'],
  ];
  for (const [text, iso] of table) {
    it(`${JSON.stringify(text)} -> ${iso}`, () => expect(readRfc822Date(text)?.instant).to.equal(at(iso)));
  }

  const unreadable = [
    '1', // Date.parse reads it as 2001
    '2020', // or as a year
    'Mon, 06 Jul 2020 09:00:00', // no zone: it would mean a different instant for each reader
    'Mon, 06 Jul 2020', // no time
    '06 Jul 2020 9:00:00 +0000', // one-digit hour
    'Sat, Dec 16 2023 02:02:33 PM', // NBC's feed: month before day, and a 12-hour clock
    '2020-07-06T09:00:00Z', // ISO, not RFC 822
    'Mon, 30 Feb 2020 09:00:00 +0000',
    'Mon, 29 Feb 2019 09:00:00 +0000',
    'Mon, 00 Jul 2020 09:00:00 +0000',
    'Mon, 06 Jux 2020 09:00:00 +0000',
    'Xyz, 06 Jul 2020 09:00:00 +0000',
    'Mon, 06 Jul 2020 24:00:00 +0000',
    'Mon, 06 Jul 2020 09:60:00 +0000',
    'Mon, 06 Jul 2020 09:00:61 +0000',
    'Mon, 06 Jul 2020 09:00:00 +2400',
    'Mon, 06 Jul 2020 09:00:00 +0060',
    'Mon, 06 Jul 2020 09:00:00 +03:00',
    'Mon, 06 Jul 2020 09:00:00 +0300 GMT',
    'Mon, 06 Jul 5 09:00:00 +0000', // one-digit year
    'Mon, 06 Jul 20200 09:00:00 +0000',
    'Mon, 06 Jul 2020 09:00:00 +0000 (unclosed',
    '',
  ];
  for (const text of unreadable) {
    it(`${JSON.stringify(text)} is unreadable`, () => expect(readRfc822Date(text)).to.equal(undefined));
  }

  it('is stricter than Date.parse, which guesses (the fallback this replaces)', () => {
    for (const text of ['1', 'Mon, 06 Jul 2020 09:00:00', 'Sat, Dec 16 2023 02:02:33 PM']) {
      expect(Number.isNaN(Date.parse(text)), text).to.equal(false);
      expect(readRfc822Date(text), text).to.equal(undefined);
    }
  });
});

describe('RFC 3339 dates (Atom, JSON Feed)', () => {
  it(`reads ${CASES} seeded random date-times as Temporal does (seed ${SEED + 1})`, () => {
    const random = seededRandom(SEED + 1);
    for (let i = 0; i < CASES; i++) {
      const { text, expected } = randomRfc3339(random);
      expect(readRfc3339Date(text)?.instant, `case ${i}: ${text}`).to.equal(expected);
    }
  });

  for (const text of [
    '2020-07-06T09:00:00', // no offset: Temporal.Instant refuses it too
    '2020-07-06',
    '2020-07-06T09:00Z', // no seconds
    '2020-07-06T09:00:00+0300', // offset without its colon
    '2020-07-06T09:00:00+03', // hours-only offset
    '2020-07-06T09:00:00.Z',
    '2020-02-30T09:00:00Z',
    '2020-07-06T24:00:00Z',
    '2020-07-06T09:00:00+24:00',
    '+002020-07-06T09:00:00Z',
    '20200706T090000Z',
    'Fri, 31 May 2019 12:17:58 -0700', // InfluxData's JSON Feed writes RFC 822
    '1',
  ]) {
    it(`${JSON.stringify(text)} is unreadable`, () => expect(readRfc3339Date(text)).to.equal(undefined));
  }

  it('refuses what Temporal reads but RFC 3339 does not allow', () => {
    for (const text of ['2020-07-06T09:00Z', '2020-07-06T09:00:00+0300', '2020-07-06T09:00:00+03']) {
      expect(() => Temporal.Instant.from(text), text).not.to.throw();
      expect(readRfc3339Date(text), text).to.equal(undefined);
    }
  });
});

describe('readShownDate (attributes and items): ISO only, no guessing', () => {
  it('reads ISO dates and date-times with an offset as before', () => {
    expect(readShownDate('2020-07-06')).to.deep.equal({
      datetime: '2020-07-06',
      sortKey: Date.UTC(2020, 6, 6),
      instant: Date.UTC(2020, 6, 6),
      timeZone: 'UTC',
    });
    expect(readShownDate('2020-07-06T02:36+03:00')?.datetime).to.equal('2020-07-05T23:36:00.000Z');
    expect(readShownDate(new Date(Date.UTC(2020, 6, 6)))?.instant).to.equal(Date.UTC(2020, 6, 6));
  });

  it('never falls back to Date.parse', () => {
    for (const text of ['1', 'Mon, 06 Jul 2020 09:00:00 +0000', '2020-07-06T09:00:00', 'July 6, 2020']) {
      expect(readShownDate(text), text).to.equal(undefined);
    }
  });
});
