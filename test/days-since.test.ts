import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/days-since/define.js';
import type { DaysSince } from '../src/days-since/days-since.js';
import { addDays, isoDate } from '../src/internal/calendar.js';
import { tickerStatus } from '../src/internal/ticker.js';
import { setLocale } from '../src/localization.js';
import { fold, freezeTime, partText, parts, restoreDocumentVisibility, setDocumentHidden } from './helpers/index.js';

const sentence = (el: Element) => fold(el.shadowRoot!.querySelector('[part~="base"]')!.textContent!);
/** What a person reads: the shadow sentence with the slotted event put in place. */
const reads = (el: Element) => fold(`${sentence(el)} ${el.textContent}`);
const countOf = (el: Element) => partText(el, 'count');

async function counter(attrs: Record<string, string>, event = 'the opening of the new consulate') {
  const el = document.createElement('days-since');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = event;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** `n` calendar days before 2020-07-06, as YYYY-MM-DD. */
const daysBefore = (n: number) => isoDate(addDays({ year: 2020, month: 7, day: 6 }, -n));
const daysAfter = (n: number) => isoDate(addDays({ year: 2020, month: 7, day: 6 }, n));
const NOON_UTC = '2020-07-06T12:00:00Z';

describe('<days-since>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    restoreDocumentVisibility();
  });

  it('reads as on the design: 855 days have passed since the opening of the new consulate', async () => {
    const el = await counter({ since: '2018-03-04', 'time-zone': 'Europe/Moscow', now: '2020-07-06T12:00:00+03:00' });
    expect(countOf(el)).to.equal('855');
    expect(parts(el, 'count')[0].localName).to.equal('time');
    expect(parts(el, 'count')[0].getAttribute('datetime')).to.equal('P855D');
    expect(sentence(el)).to.equal('855 days have passed since');
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()[0].textContent).to.equal(
      'the opening of the new consulate',
    );
    expect(warn.called).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('counts down with until', async () => {
    const el = await counter({ until: daysAfter(3), 'time-zone': 'UTC', now: NOON_UTC }, 'the national day reception');
    expect(reads(el)).to.equal('3 days until the national day reception');
    el.setAttribute('until', daysAfter(1));
    await el.updateComplete;
    expect(reads(el)).to.equal('1 day until the national day reception');
    el.setAttribute('until', daysAfter(0));
    await el.updateComplete;
    expect(reads(el)).to.equal('0 days until the national day reception');
  });

  it('formats large counts for the language', async () => {
    const el = await counter({ since: daysBefore(12345), 'time-zone': 'UTC', now: NOON_UTC, lang: 'en' });
    expect(countOf(el)).to.equal('12,345');
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(countOf(el)).to.match(/^12[\u00a0\u202f ]345$/);
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(countOf(el)).to.equal('12.345');
  });

  describe('plural forms', () => {
    const table = [1, 2, 5, 11, 21, 22, 111];

    it('English, since and until', async () => {
      const since: string[] = [];
      const until: string[] = [];
      for (const n of table) {
        since.push(sentence(await counter({ since: daysBefore(n), 'time-zone': 'UTC', now: NOON_UTC })));
        until.push(sentence(await counter({ until: daysAfter(n), 'time-zone': 'UTC', now: NOON_UTC })));
      }
      expect(since).to.deep.equal([
        '1 day has passed since',
        '2 days have passed since',
        '5 days have passed since',
        '11 days have passed since',
        '21 days have passed since',
        '22 days have passed since',
        '111 days have passed since',
      ]);
      expect(until).to.deep.equal([
        '1 day until',
        '2 days until',
        '5 days until',
        '11 days until',
        '21 days until',
        '22 days until',
        '111 days until',
      ]);
    });

    it('Russian one/few/many, since and until', async () => {
      await setLocale('ru');
      try {
        const since: string[] = [];
        const until: string[] = [];
        for (const n of table) {
          since.push(sentence(await counter({ since: daysBefore(n), 'time-zone': 'UTC', now: NOON_UTC, lang: 'ru' })));
          until.push(sentence(await counter({ until: daysAfter(n), 'time-zone': 'UTC', now: NOON_UTC, lang: 'ru' })));
        }
        expect(since).to.deep.equal([
          '1 день прошёл с',
          '2 дня прошло с',
          '5 дней прошло с',
          '11 дней прошло с',
          '21 день прошёл с',
          '22 дня прошло с',
          '111 дней прошло с',
        ]);
        expect(until).to.deep.equal([
          '1 день до',
          '2 дня до',
          '5 дней до',
          '11 дней до',
          '21 день до',
          '22 дня до',
          '111 дней до',
        ]);
        const el = await counter(
          { since: '2018-03-04', 'time-zone': 'Europe/Moscow', now: '2020-07-06T12:00:00+03:00', lang: 'ru' },
          'открытия нового консульства',
        );
        expect(reads(el)).to.equal('855 дней прошло с открытия нового консульства');
        await expect(el).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });

    it('custom wording keeps the count localized and pluralized', async () => {
      const el = await counter(
        {
          since: daysBefore(1),
          'time-zone': 'UTC',
          now: NOON_UTC,
          'phrase-one': '{count} day without an incident at {event}',
          'phrase-other': '{count} days without an incident at {event}',
        },
        'the visa centre',
      );
      expect(reads(el)).to.equal('1 day without an incident at the visa centre');
      el.setAttribute('since', daysBefore(1234));
      await el.updateComplete;
      expect(reads(el)).to.equal('1,234 days without an incident at the visa centre');
      expect(countOf(el)).to.equal('1,234');
      el.setAttribute('lang', 'ru');
      el.setAttribute('phrase-one', '{count} день без происшествий');
      el.setAttribute('phrase-few', '{count} дня без происшествий');
      el.setAttribute('phrase-many', '{count} дней без происшествий');
      for (const [n, text] of [
        [21, '21 день без происшествий'],
        [22, '22 дня без происшествий'],
        [25, '25 дней без происшествий'],
      ] as const) {
        el.setAttribute('since', daysBefore(n));
        await el.updateComplete;
        expect(sentence(el)).to.equal(text);
      }
    });

    it('custom wording is text, never markup', async () => {
      const el = await counter({
        since: daysBefore(2),
        'time-zone': 'UTC',
        now: NOON_UTC,
        'phrase-other': '<img src=x onerror="window.hacked=1">{count} days',
      });
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(sentence(el)).to.equal('<img src=x onerror="window.hacked=1">2 days');
    });
  });

  describe('calendar days in the counting zone', () => {
    const countAt = async (since: string, zone: string, now: string) =>
      countOf(await counter({ since, 'time-zone': zone, now }));

    it('a date-only since is that date in the counting zone, not UTC midnight', async () => {
      // 02:00 on 4 March in Los Angeles is 10:00 UTC: day 0, not day 1 (nor day -1).
      expect(await countAt('2018-03-04', 'America/Los_Angeles', '2018-03-04T10:00:00Z')).to.equal('0');
      expect(await countAt('2018-03-04', 'America/Los_Angeles', '2018-03-05T07:59:59Z')).to.equal('0');
      expect(await countAt('2018-03-04', 'America/Los_Angeles', '2018-03-05T08:00:00Z')).to.equal('1');
    });

    it('an instant since counts from its date in the counting zone', async () => {
      // 01:00 in Moscow on 4 March is still 3 March in London.
      expect(await countAt('2018-03-04T01:00:00+03:00', 'Europe/London', '2018-03-05T12:00:00Z')).to.equal('2');
      expect(await countAt('2018-03-04T01:00:00+03:00', 'Europe/Moscow', '2018-03-05T12:00:00Z')).to.equal('1');
    });

    it('23:59:59 and 00:00:00 on the DST days of London (23- and 25-hour days)', async () => {
      expect(await countAt('2021-03-27', 'Europe/London', '2021-03-28T00:30:00Z')).to.equal('1');
      expect(await countAt('2021-03-27', 'Europe/London', '2021-03-28T22:59:59Z')).to.equal('1'); // 23:59:59 BST
      expect(await countAt('2021-03-27', 'Europe/London', '2021-03-28T23:00:00Z')).to.equal('2'); // 00:00 BST
      expect(await countAt('2021-10-30', 'Europe/London', '2021-10-31T23:59:59Z')).to.equal('1'); // 23:59:59 GMT
      expect(await countAt('2021-10-30', 'Europe/London', '2021-11-01T00:00:00Z')).to.equal('2');
    });

    it('New York spring-forward and fall-back days', async () => {
      expect(await countAt('2021-03-13', 'America/New_York', '2021-03-15T03:59:59Z')).to.equal('1'); // 23:59:59 EDT
      expect(await countAt('2021-03-13', 'America/New_York', '2021-03-15T04:00:00Z')).to.equal('2');
      expect(await countAt('2021-11-06', 'America/New_York', '2021-11-08T04:59:59Z')).to.equal('1'); // 23:59:59 EST
      expect(await countAt('2021-11-06', 'America/New_York', '2021-11-08T05:00:00Z')).to.equal('2');
    });

    it('29 February and leap years', async () => {
      expect(await countAt('2020-02-29', 'UTC', '2021-02-28T12:00:00Z')).to.equal('365');
      expect(await countAt('2020-02-29', 'UTC', '2021-03-01T12:00:00Z')).to.equal('366');
      expect(await countAt('2020-02-28', 'UTC', '2020-03-01T12:00:00Z')).to.equal('2');
      expect(await countAt('2019-02-28', 'UTC', '2019-03-01T12:00:00Z')).to.equal('1');
    });

    it('zones east and west of the viewer (Asia/Tokyo) change at their own midnight', async () => {
      // 20:59:59 UTC: 23:59:59 in Moscow, already 05:59:59 next day in Tokyo.
      expect(await countAt('2020-07-01', 'Europe/Moscow', '2020-07-06T20:59:59Z')).to.equal('5');
      expect(await countAt('2020-07-01', 'Europe/Moscow', '2020-07-06T21:00:00Z')).to.equal('6');
      // 06:59:59 UTC: 23:59:59 in Los Angeles, 15:59:59 in Tokyo.
      expect(await countAt('2020-07-01', 'America/Los_Angeles', '2020-07-07T06:59:59Z')).to.equal('5');
      expect(await countAt('2020-07-01', 'America/Los_Angeles', '2020-07-07T07:00:00Z')).to.equal('6');
      // No time-zone: the viewer's (Tokyo), where 20:59:59 UTC is already the 7th.
      expect(await countAt('2020-07-01', '', '2020-07-06T20:59:59Z')).to.not.equal('5');
    });

    it('defaults to the viewer zone', async () => {
      const el = await counter({ since: '2020-07-01', now: '2020-07-06T20:59:59Z' });
      expect(countOf(el)).to.equal('6');
    });
  });

  describe('updates at the zone midnight through the shared ticker', () => {
    it('changes at 00:00:00 in the counting zone, with one timer for many counters', async () => {
      const clock = freezeTime('2021-03-28T22:59:58Z'); // 23:59:58 BST in London
      const page = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 30 }, () => html`<days-since since="2021-03-27" time-zone="Europe/London">x</days-since>`)}
        <days-since since="2021-03-27" time-zone="Europe/Moscow">y</days-since>
      </div>`);
      const first = page.querySelector('days-since')!;
      expect(countOf(first)).to.equal('1');
      expect(clock.countTimers()).to.equal(1);
      expect(tickerStatus().subscribers).to.equal(31);
      await clock.tickAsync(1000);
      await first.updateComplete;
      expect(countOf(first)).to.equal('1');
      await clock.tickAsync(1000);
      await first.updateComplete;
      expect(countOf(first)).to.equal('2');
      page.replaceChildren();
      expect(clock.countTimers()).to.equal(0);
    });

    it("without time-zone, changes at the viewer's midnight (Asia/Tokyo here)", async () => {
      const clock = freezeTime('2020-07-06T14:59:59Z'); // 23:59:59 in Tokyo
      const el = await counter({ since: '2020-07-01' });
      expect(countOf(el)).to.equal('5');
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(countOf(el)).to.equal('6');
    });

    it('sleeps until midnight: no wake before it', async () => {
      const clock = freezeTime('2020-07-06T12:00:00Z');
      const el = await counter({ since: '2020-07-01', 'time-zone': 'UTC' });
      const renders = sinon.spy(el, 'render' as keyof DaysSince);
      await clock.tickAsync(11 * 3_600_000);
      expect(renders.callCount).to.equal(0);
      await clock.tickAsync(3_600_000);
      await el.updateComplete;
      expect(countOf(el)).to.equal('6');
      expect(renders.callCount).to.equal(1);
    });

    it('no timer while hidden, catch-up when shown; none when frozen', async () => {
      const clock = freezeTime('2020-07-06T23:59:00Z');
      const el = await counter({ since: '2020-07-01', 'time-zone': 'UTC' });
      setDocumentHidden(true);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(120_000);
      expect(countOf(el)).to.equal('5');
      setDocumentHidden(false);
      await el.updateComplete;
      expect(countOf(el)).to.equal('6');
      el.setAttribute('now', '2020-07-02T00:00:00Z');
      await el.updateComplete;
      expect(countOf(el)).to.equal('1');
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('bad input', () => {
    const problemOf = async (attrs: Record<string, string>) => {
      const onError = sinon.spy();
      const wrapper = await fixture<HTMLDivElement>(html`<div @envoy-error=${onError}></div>`);
      const el = document.createElement('days-since');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.textContent = 'the event';
      wrapper.append(el);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete; // a second render must not warn again
      return { el, onError };
    };

    for (const [title, attrs, code, notice] of [
      ['an invalid date', { since: '2018-02-30' }, 'invalid-date', 'Cannot read the date “2018-02-30”.'],
      ['a non-date', { since: 'last spring' }, 'invalid-date', 'Cannot read the date “last spring”.'],
      ['a missing date', {}, 'missing-date', 'No date given.'],
      ['an empty date', { since: '' }, 'missing-date', 'No date given.'],
      ['both since and until', { since: '2018-03-04', until: '2030-01-01' }, 'both-dates', 'Set either “since” or “until”, not both.'],
      ['an unknown zone', { since: '2018-03-04', 'time-zone': 'Mars/Olympus' }, 'unknown-time-zone', 'Unknown time zone “Mars/Olympus”.'],
    ] as const) {
      it(`${title}: a notice instead of a number, one warning, one event`, async () => {
        const { el, onError } = await problemOf({ now: NOON_UTC, ...attrs });
        expect(partText(el, 'notice')).to.equal(notice);
        expect(parts(el, 'count')).to.have.length(0);
        expect(el.shadowRoot!.textContent).not.to.contain('NaN');
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0]).to.match(/^<days-since> /);
        expect(onError.callCount).to.equal(1);
        expect(onError.firstCall.args[0].detail.code).to.equal(code);
        await expect(el).to.be.accessible();
      });
    }

    it('since in the future and until in the past show 0 and warn once', async () => {
      const future = await problemOf({ since: daysAfter(10), 'time-zone': 'UTC', now: NOON_UTC });
      expect(countOf(future.el)).to.equal('0');
      expect(future.onError.firstCall.args[0].detail.code).to.equal('since-in-future');
      const past = await problemOf({ until: daysBefore(10), 'time-zone': 'UTC', now: NOON_UTC });
      expect(countOf(past.el)).to.equal('0');
      expect(past.onError.firstCall.args[0].detail.code).to.equal('until-in-past');
      expect(warn.callCount).to.equal(2);
    });

    it('an unreadable now counts from today with a notice', async () => {
      freezeTime(NOON_UTC);
      const { el, onError } = await problemOf({ since: daysBefore(4), 'time-zone': 'UTC', now: 'tomorrow' });
      expect(countOf(el)).to.equal('4');
      expect(partText(el, 'notice')).to.equal('Cannot read the time “tomorrow”; counting from today.');
      expect(onError.firstCall.args[0].detail.code).to.equal('invalid-now');
    });

    it('a bad counter leaves its siblings working', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <days-since since="nope" now=${NOON_UTC}>a</days-since>
        <days-since since=${daysBefore(2)} time-zone="UTC" now=${NOON_UTC}>b</days-since>
      </div>`);
      const [bad, good] = page.querySelectorAll('days-since');
      await bad.updateComplete;
      await good.updateComplete;
      expect(partText(bad, 'notice')).to.contain('nope');
      expect(countOf(good)).to.equal('2');
    });

    it('takes Dates as properties', async () => {
      const el = await counter({ 'time-zone': 'UTC' });
      el.since = new Date('2020-07-01T12:00:00Z');
      el.now = new Date(NOON_UTC);
      await el.updateComplete;
      expect(countOf(el)).to.equal('5');
    });
  });

  it('is styled through custom properties', async () => {
    const el = await counter({ since: daysBefore(2), 'time-zone': 'UTC', now: NOON_UTC });
    el.style.setProperty('--envoy-days-since-count-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--envoy-days-since-background', 'rgb(4, 5, 6)');
    expect(getComputedStyle(parts(el, 'count')[0]).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});
