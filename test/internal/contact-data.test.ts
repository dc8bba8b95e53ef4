import { expect } from '@open-wc/testing';
import { mailtoUrl, toE164 } from '../../src/internal/phone.js';
import { openStatus, parseOpeningHours, weekdayOf } from '../../src/internal/opening-hours.js';
import { vcard, vcardText } from '../../src/internal/vcard.js';

describe('phone numbers to E.164', () => {
  const table: [string, string | null][] = [
    ['+44 (0) 203 668 7474', '+442036687474'],
    ['+44 (0)20 3668 7474', '+442036687474'],
    ['+44 203 668 7474', '+442036687474'],
    ['+44-20-3668-7474', '+442036687474'],
    ['+44.20.3668.7474', '+442036687474'],
    ['0044 20 3668 7474', '+442036687474'],
    ['00 44 (0) 20 3668 7474', '+442036687474'],
    ['+7 (495) 123-45-67', '+74951234567'],
    ['+1 (202) 555-0147', '+12025550147'],
    ['+49 (0)30 1234567', '+49301234567'],
    ['020 3668 7474', null], // national: no country code
    ['8 (495) 123-45-67', null], // national, Russian trunk prefix
    ['(0) 20 3668 7474', null],
    ['+1 800 FLOWERS', null],
    ['+44 20 3668 7474 ext. 12', null],
    ['++44 20 3668 7474', null],
    ['+0 123 4567', null],
    ['+44 12', null],
    ['+1234567890123456', null], // 16 digits: longer than E.164 allows
    ['', null],
  ];
  for (const [written, expected] of table) {
    it(`${JSON.stringify(written)} -> ${expected}`, () => expect(toE164(written)).to.equal(expected));
  }
});

describe('e-mail addresses', () => {
  it('links valid addresses and refuses the rest', () => {
    expect(mailtoUrl('consul@embassy.example.org')).to.equal('mailto:consul@embassy.example.org');
    expect(mailtoUrl(' visa+queries@example.org ')).to.equal('mailto:visa%2Bqueries@example.org');
    expect(mailtoUrl('a?subject=x@example.org')).to.equal('mailto:a%3Fsubject%3Dx@example.org');
    for (const bad of ['consul', 'consul@', '@example.org', 'consul@example..org', 'con sul@example.org', 'a@b@c.org', 'javascript:alert(1)//@x.org']) {
      expect(mailtoUrl(bad), bad).to.equal(null);
    }
  });
});

describe('openingHours', () => {
  const MON_FRI = [[540, 750], [840, 1020]];
  it('reads days, ranges, several rules and days off', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-12:30, 14:00-17:00')).to.deep.equal([MON_FRI, MON_FRI, MON_FRI, MON_FRI, MON_FRI, [], []]);
    expect(parseOpeningHours('Mo,We 10:00-12:00; Sa 10:00-11:00; Su off')).to.deep.equal([
      [[600, 720]], [], [[600, 720]], [], [], [[600, 660]], [],
    ]);
    expect(parseOpeningHours('Mo-Fr 09:00-17:00, Sa 10:00-12:00')![5]).to.deep.equal([[600, 720]]);
    expect(parseOpeningHours('Mo-Su 00:00-24:00')![6]).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Fr 22:00-02:00')).to.deep.equal([[], [], [], [], [[1320, 1440]], [[0, 120]], []]);
    expect(parseOpeningHours('Sa-Mo 10:00-11:00')).to.deep.equal([[[600, 660]], [], [], [], [], [[600, 660]], [[600, 660]]]);
    expect(parseOpeningHours('Mo-Fr 09:00-17:00\nFr off')![4]).to.deep.equal([]);
  });

  it('lets a later rule replace a day, and keeps night hours that run into a day off', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-17:00; Fr 09:00-13:00')![4]).to.deep.equal([[540, 780]]);
    expect(parseOpeningHours('Mo-Fr 09:00-17:00; Fr 09:00-13:00')![3]).to.deep.equal([[540, 1020]]);
    expect(parseOpeningHours('Sa 22:00-02:00; Su off')![6]).to.deep.equal([[0, 120]]);
    expect(parseOpeningHours('Fr 22:00-02:00; Fr off')![5]).to.deep.equal([]);
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['', 'Monday 09:00-17:00', 'Mo-Fr', 'Mo-Fr 9-17', 'Mo-Fr 09:00-25:00', 'Xx 09:00-10:00', '09:00-17:00', 'Mo-Fr 09:00-09:00', 'always']) {
      expect(parseOpeningHours(bad), bad).to.equal(null);
    }
  });

  it('knows weekdays', () => {
    expect(weekdayOf({ year: 2020, month: 7, day: 6 })).to.equal(0); // Monday
    expect(weekdayOf({ year: 2020, month: 7, day: 12 })).to.equal(6); // Sunday
    expect(weekdayOf({ year: 1969, month: 12, day: 29 })).to.equal(0);
  });

  it('finds the next opening across a weekend and a DST change (London, 28 March 2021)', () => {
    const week = parseOpeningHours('Mo-Fr 09:00-17:00')!;
    const friday = openStatus(week, Date.parse('2021-03-26T17:00:00Z'), 'Europe/London');
    expect(friday.open).to.equal(false);
    expect(new Date(friday.next!.instant).toISOString()).to.equal('2021-03-29T08:00:00.000Z'); // 09:00 BST
    expect(friday.changesAt).to.equal(friday.next!.instant);
    const monday = openStatus(week, Date.parse('2021-03-29T08:00:00Z'), 'Europe/London');
    expect(monday.open).to.equal(true);
    expect(new Date(monday.next!.instant).toISOString()).to.equal('2021-03-29T16:00:00.000Z');
  });

  it('treats round-the-clock hours as one stretch', () => {
    const status = openStatus(parseOpeningHours('Mo-Su 00:00-24:00')!, Date.parse('2020-07-06T12:00:00Z'), 'UTC');
    expect(status.open).to.equal(true);
    expect(status.next).to.equal(undefined);
  });
});

describe('vCard text', () => {
  it('escapes, ends lines with CRLF and folds at 75 octets without splitting characters', () => {
    expect(vcardText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const card = vcard([`NOTE:${'Ж'.repeat(60)}`]);
    const lines = card.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCARD');
    expect(lines[1]).to.equal('VERSION:4.0');
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(card.endsWith('END:VCARD\r\n')).to.equal(true);
    expect(card.replace(/\r\n /g, '')).to.contain(`NOTE:${'Ж'.repeat(60)}`);
  });
});
