import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { LitElement } from 'lit';
import '../src/index.js';
import { tickerStatus } from '../src/internal/ticker.js';
import { fold, freezeTime, partText, parts, restoreDocumentVisibility, setDocumentHidden } from './helpers/index.js';

/**
 * Time does not only pass: the machine sleeps, the system clock is set, the page is hidden over a DST change or a
 * night. The page's one scheduler plans a single timer to the next change, so each of these must be noticed at
 * the next tick (or at once when the page is shown), with exactly one timer afterwards and no storm of ticks.
 *
 * An embassy page in London: a clock, the days since the consulate opened, and the consular section's hours.
 * Fake timers shift planned timers with `setSystemTime`, as a browser's monotonic timers do when the wall clock is
 * set; `clock.jump` fires a planned timer late, once, as after a sleep.
 */

const HOURS = 'Mo-Fr 07:00-12:30, 14:00-17:00';

interface Page {
  clock: HTMLElement;
  counter: HTMLElement;
  contact: HTMLElement;
}

async function embassyPage(): Promise<Page> {
  const page = await fixture<HTMLElement>(html`<div lang="en-GB">
    <world-clock show-date zones="London=Europe/London, Washington=America/New_York"></world-clock>
    <days-since since="2018-03-04" time-zone="Europe/London">the opening of the new consulate</days-since>
    <consular-contact phone="+44 20 3668 7474" hours=${HOURS} time-zone="Europe/London"></consular-contact>
  </div>`);
  const [clock, counter, contact] = [...page.children] as HTMLElement[];
  await settled({ clock, counter, contact });
  return { clock, counter, contact };
}

async function settled(page: Page): Promise<void> {
  await Promise.all(Object.values(page).map((el) => (el as LitElement).updateComplete));
}

/** What a person reads (and what a machine reads in `datetime`). */
function reads({ clock, counter, contact }: Page) {
  return {
    date: partText(clock, 'date'),
    dateTime: parts(clock, 'date')[0]?.getAttribute('datetime'),
    times: parts(clock, 'time').map((time) => time.textContent!.trim()),
    datetimes: parts(clock, 'time').map((time) => time.getAttribute('datetime')),
    days: fold(partText(counter, 'count')),
    status: partText(contact, 'status'),
  };
}

describe('time jumps are followed at the next tick', () => {
  afterEach(() => {
    sinon.restore();
    restoreDocumentVisibility();
  });

  describe('sleep and wake: 8 hours pass while the timer waits for the next minute', () => {
    // Sunday 5 July 2020, 23:30:00 BST: the one timer is planned for 23:31, a minute away.
    const before = {
      date: '5 July 2020',
      dateTime: '2020-07-05',
      times: ['23:30', '18:30'],
      datetimes: ['2020-07-05T23:30+01:00', '2020-07-05T18:30-04:00'],
      days: '854',
      status: 'Closed, opens tomorrow at 07:00',
    };

    it('the timer fires 8 hours late: everything shows Monday morning at that wake', async () => {
      const clock = freezeTime('2020-07-05T22:30:00Z');
      const page = await embassyPage();
      expect(reads(page)).to.deep.equal(before);
      expect(clock.countTimers()).to.equal(1);
      clock.jump(8 * 3_600_000); // the planned wake comes once, at 07:30 BST Monday
      await settled(page);
      expect(reads(page)).to.deep.equal({
        date: '6 July 2020',
        dateTime: '2020-07-06',
        times: ['07:30', '02:30'],
        datetimes: ['2020-07-06T07:30+01:00', '2020-07-06T02:30-04:00'],
        days: '855',
        status: 'Open now',
      });
      expect(clock.countTimers()).to.equal(1);
      // And ticks on at the minute.
      await clock.tickAsync(60_000);
      await settled(page);
      expect(reads(page).times).to.deep.equal(['07:31', '02:31']);
      expect(clock.countTimers()).to.equal(1);
    });

    it('the timers slept too (the system clock jumped 8 hours): everything is right at the planned tick', async () => {
      const clock = freezeTime('2020-07-05T22:30:00Z');
      const page = await embassyPage();
      expect(reads(page)).to.deep.equal(before);
      clock.setSystemTime(new Date('2020-07-06T06:30:00Z'));
      await clock.tickAsync(60_000); // the minute the timer was planned for
      await settled(page);
      expect(reads(page)).to.deep.equal({
        date: '6 July 2020',
        dateTime: '2020-07-06',
        times: ['07:31', '02:31'],
        datetimes: ['2020-07-06T07:31+01:00', '2020-07-06T02:31-04:00'],
        days: '855',
        status: 'Open now',
      });
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('the system clock is set back an hour', () => {
    it('shows the earlier time, day and status at the next tick, then ticks at each minute: no storm, none lost', async () => {
      // Monday 6 July 2020, 00:20:30 BST; set back to Sunday 23:20:30.
      const clock = freezeTime('2020-07-05T23:20:30Z');
      const page = await embassyPage();
      expect(reads(page)).to.include({ date: '6 July 2020', days: '855', status: 'Closed, opens today at 07:00' });
      expect(reads(page).times).to.deep.equal(['00:20', '19:20']);
      clock.setSystemTime(new Date('2020-07-05T22:20:30Z'));
      await clock.tickAsync(29_999);
      await settled(page);
      expect(reads(page).times, 'before the planned tick nothing changes').to.deep.equal(['00:20', '19:20']);
      await clock.tickAsync(1); // the tick that was planned for 00:21
      await settled(page);
      expect(reads(page)).to.deep.equal({
        date: '5 July 2020',
        dateTime: '2020-07-05',
        times: ['23:21', '18:21'],
        datetimes: ['2020-07-05T23:21+01:00', '2020-07-05T18:21-04:00'],
        days: '854',
        status: 'Closed, opens tomorrow at 07:00',
      });

      // The next 45 minutes, through the midnight it already showed once: one wake a minute, each minute shown.
      const plans = sinon.spy(window, 'setTimeout');
      const shown: string[] = [];
      for (let minute = 1; minute <= 45; minute++) {
        await clock.tickAsync(59_999);
        await settled(page);
        const stale = reads(page).times[0];
        await clock.tickAsync(1);
        await settled(page);
        shown.push(`${stale}>${reads(page).times[0]}`);
        expect(clock.countTimers()).to.equal(1);
      }
      const expected = Array.from({ length: 45 }, (_, i) => {
        const label = (m: number) => (m < 39 ? `23:${String(21 + m).padStart(2, '0')}` : `00:${String(m - 39).padStart(2, '0')}`);
        return `${label(i)}>${label(i + 1)}`;
      });
      expect(shown).to.deep.equal(expected);
      expect(plans.callCount, 'timers planned in 45 minutes').to.equal(45);
      expect(reads(page)).to.include({ date: '6 July 2020', days: '855', status: 'Closed, opens today at 07:00' });
    });

    it('an element that connects between the change and the next tick does not hide the jump from the others', async () => {
      const clock = freezeTime('2020-07-05T23:20:30Z'); // Monday 00:20:30 BST
      const page = await embassyPage();
      clock.setSystemTime(new Date('2020-07-05T22:20:30Z'));
      await clock.tickAsync(10_000);
      // A clock appears (a route change, a lazy section): it subscribes, and the one timer is planned again.
      const late = document.createElement('world-clock') as LitElement;
      late.setAttribute('zones', 'Europe/Moscow');
      page.clock.parentElement!.append(late);
      await late.updateComplete;
      expect(partText(late, 'time')).to.equal('01:20');
      await clock.tickAsync(20_000); // the next minute
      await settled(page);
      expect(reads(page)).to.include({ date: '5 July 2020', days: '854', status: 'Closed, opens tomorrow at 07:00' });
      expect(reads(page).times).to.deep.equal(['23:21', '18:21']);
      expect(partText(late, 'time')).to.equal('01:21');
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(60_000);
      await settled(page);
      expect(reads(page).times).to.deep.equal(['23:22', '18:22']);
    });

    it('with seconds: the next second shows the earlier time, and every second after it comes once', async () => {
      const clock = freezeTime('2020-07-06T11:00:00.500Z');
      const el = await fixture<LitElement>(html`<world-clock lang="en-GB" seconds zones="Europe/London"></world-clock>`);
      expect(partText(el, 'time')).to.equal('12:00:00');
      clock.setSystemTime(new Date('2020-07-06T10:00:00.500Z'));
      const plans = sinon.spy(window, 'setTimeout');
      const shown: string[] = [];
      for (let second = 0; second < 5; second++) {
        await clock.tickAsync(500);
        await el.updateComplete;
        shown.push(partText(el, 'time'));
        await clock.tickAsync(500);
      }
      expect(shown).to.deep.equal(['11:00:01', '11:00:02', '11:00:03', '11:00:04', '11:00:05']);
      expect(plans.callCount).to.equal(5);
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('hidden across a DST change', () => {
    it("hidden before London's spring-forward, shown after: BST at once, with its offset", async () => {
      const clock = freezeTime('2021-03-28T00:50:00Z'); // 00:50 GMT
      const page = await embassyPage();
      expect(reads(page).datetimes).to.deep.equal(['2021-03-28T00:50+00:00', '2021-03-27T20:50-04:00']);
      setDocumentHidden(true);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(40 * 60_000); // 01:30 UTC: 01:00 GMT became 02:00 BST meanwhile
      await settled(page);
      expect(reads(page).times, 'nothing runs while hidden').to.deep.equal(['00:50', '20:50']);
      setDocumentHidden(false);
      await settled(page);
      expect(reads(page)).to.include({ date: '28 March 2021', dateTime: '2021-03-28' });
      expect(reads(page).times).to.deep.equal(['02:30', '21:30']);
      expect(reads(page).datetimes).to.deep.equal(['2021-03-28T02:30+01:00', '2021-03-27T21:30-04:00']);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(60_000);
      await settled(page);
      expect(reads(page).datetimes).to.deep.equal(['2021-03-28T02:31+01:00', '2021-03-27T21:31-04:00']);
    });

    it('hidden before the autumn change, shown after: the repeated hour in GMT', async () => {
      const clock = freezeTime('2021-10-31T00:50:00Z'); // 01:50 BST
      const page = await embassyPage();
      expect(reads(page).datetimes[0]).to.equal('2021-10-31T01:50+01:00');
      setDocumentHidden(true);
      await clock.tickAsync(20 * 60_000); // 01:10 GMT, the second 01:10 of the night
      setDocumentHidden(false);
      await settled(page);
      expect(reads(page).times[0]).to.equal('01:10');
      expect(reads(page).datetimes[0]).to.equal('2021-10-31T01:10+00:00');
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('a page hidden for a day', () => {
    it('shows the new day, count and status at once when shown, with one timer', async () => {
      const clock = freezeTime('2020-07-06T10:00:00Z'); // Monday 11:00 BST
      const page = await embassyPage();
      expect(reads(page)).to.include({ date: '6 July 2020', days: '855', status: 'Open now' });
      setDocumentHidden(true);
      expect(tickerStatus()).to.deep.equal({ subscribers: 3, timer: false });
      await clock.tickAsync(19 * 3_600_000); // Tuesday 06:00 BST
      await settled(page);
      expect(reads(page)).to.include({ date: '6 July 2020', days: '855', status: 'Open now' });
      setDocumentHidden(false);
      await settled(page); // no timer has run: this is the catch-up on being shown
      expect(reads(page)).to.deep.equal({
        date: '7 July 2020',
        dateTime: '2020-07-07',
        times: ['06:00', '01:00'],
        datetimes: ['2020-07-07T06:00+01:00', '2020-07-07T01:00-04:00'],
        days: '856',
        status: 'Closed, opens today at 07:00',
      });
      expect(clock.countTimers()).to.equal(1);
      expect(tickerStatus()).to.deep.equal({ subscribers: 3, timer: true });
    });

    it('hidden from Friday evening to Saturday: the status names Monday at once', async () => {
      const clock = freezeTime('2020-07-10T16:30:00Z'); // Friday 17:30 BST
      const page = await embassyPage();
      expect(reads(page).status).to.equal('Closed, opens Monday at 07:00');
      setDocumentHidden(true);
      await clock.tickAsync(24 * 3_600_000);
      setDocumentHidden(false);
      await settled(page);
      expect(reads(page)).to.include({ date: '11 July 2020', days: '860', status: 'Closed, opens Monday at 07:00' });
      expect(clock.countTimers()).to.equal(1);
    });
  });
});
