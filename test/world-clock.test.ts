import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/world-clock/define.js';
import { WorldClock, parseZoneList } from '../src/world-clock/world-clock.js';
import { tickerStatus } from '../src/internal/ticker.js';
import { setLocale } from '../src/localization.js';
import type { EnvoyErrorEvent } from '../src/internal/problems.js';
import {
  fold,
  freezeTime,
  partText,
  parts,
  restoreDocumentVisibility,
  setDocumentHidden,
} from './helpers/index.js';

const times = (el: Element) => parts(el, 'time').map((t) => t.textContent!.trim());
const datetimes = (el: Element) => parts(el, 'time').map((t) => t.getAttribute('datetime'));
/** What a screen reader reads of each clock: its text, less what is aria-hidden. */
const entries = (el: Element) =>
  parts(el, 'zone').map((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return fold(copy.textContent!);
  });

describe('<world-clock>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    restoreDocumentVisibility();
  });

  describe('a frozen instant', () => {
    it('shows the design: Moscow 02:36 · London 00:36 under 6 July 2020', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        show-date
        zones="Moscow=Europe/Moscow, London=Europe/London"
        now="2020-07-05T23:36:00Z"
      ></world-clock>`);
      expect(partText(el, 'date')).to.equal('6 July 2020');
      expect(parts(el, 'date')[0].getAttribute('datetime')).to.equal('2020-07-06');
      expect(parts(el, 'label').map((l) => l.textContent)).to.deep.equal(['Moscow', 'London']);
      expect(times(el)).to.deep.equal(['02:36', '00:36']);
      expect(datetimes(el)).to.deep.equal(['2020-07-06T02:36+03:00', '2020-07-06T00:36+01:00']);
      expect(entries(el)).to.deep.equal(['Moscow, 02:36', 'London, 00:36']);
      expect(parts(el, 'day-offset')).to.have.length(0);
      expect(warn.called).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows the same instant in zones east and west of UTC and of the viewer', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Asia/Kolkata, America/St_Johns, Pacific/Chatham, UTC"
        now="2020-07-05T23:36:00Z"
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['05:06', '21:06', '12:21', '23:36']);
      expect(datetimes(el)).to.deep.equal([
        '2020-07-06T05:06+05:30',
        '2020-07-05T21:06-02:30',
        '2020-07-06T12:21+12:45',
        '2020-07-05T23:36+00:00',
      ]);
    });

    it('wraps between clocks in a narrow space, never inside one', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        style="width: 220px"
        lang="en-GB"
        zones="London=Europe/London, Washington=America/New_York, Tokyo=Asia/Tokyo, Auckland=Pacific/Auckland"
        now="2020-07-05T23:36:00Z"
      ></world-clock>`);
      const host = el.getBoundingClientRect();
      const zones = parts(el, 'zone').map((zone) => zone.getBoundingClientRect());
      for (const zone of zones) expect(zone.right).to.be.at.most(host.right + 0.5);
      expect(new Set(zones.map((zone) => Math.round(zone.top))).size).to.be.greaterThan(1);
      for (const zone of parts(el, 'zone')) expect(zone.getClientRects()).to.have.length(1); // one line each
    });

    it('derives labels from the zone id when none is given', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        zones="America/New_York, America/Argentina/Buenos_Aires, Paris=Europe/Paris"
        now="2020-07-06T00:36:00Z"
      ></world-clock>`);
      expect(parts(el, 'label').map((l) => l.textContent)).to.deep.equal(['New York', 'Buenos Aires', 'Paris']);
    });

    it('labels a zone by its id as written, never by the browser\'s older canonical name', async () => {
      // Chromium's ICU reports Europe/Kyiv as Europe/Kiev and Asia/Kolkata as Asia/Calcutta.
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/Kyiv, Asia/Kolkata, Asia/Ho_Chi_Minh, america/nuuk, europe/london"
        now="2020-07-06T00:36:00Z"
      ></world-clock>`);
      expect(parts(el, 'label').map((l) => l.textContent)).to.deep.equal(['Kyiv', 'Kolkata', 'Ho Chi Minh', 'nuuk', 'London']);
      expect(times(el)).to.deep.equal(['03:36', '06:06', '07:36', '22:36', '01:36']);
    });

    it('names Etc/GMT+5 by its real offset, five hours behind UTC, never "GMT+5"', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Etc/GMT+5, Etc/GMT-14, Etc/GMT, Etc/UTC, Etc/GMT+0"
        now="2020-07-06T00:36:00Z"
      ></world-clock>`);
      expect(parts(el, 'label').map((l) => l.textContent)).to.deep.equal(['UTC\u22125', 'UTC+14', 'GMT', 'UTC', 'UTC']);
      expect(datetimes(el)).to.deep.equal([
        '2020-07-05T19:36-05:00',
        '2020-07-06T14:36+14:00',
        '2020-07-06T00:36+00:00',
        '2020-07-06T00:36+00:00',
        '2020-07-06T00:36+00:00',
      ]);
    });

    it("uses the viewer's own zone when zones is empty or missing", async () => {
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" now="2020-07-05T23:36:00Z"></world-clock>`);
      // The test browser's zone is Asia/Tokyo (web-test-runner.config.mjs).
      expect(partText(el, 'label')).to.equal('Tokyo');
      expect(times(el)).to.deep.equal(['08:36']);
      expect(datetimes(el)).to.deep.equal(['2020-07-06T08:36+09:00']);
    });

    it('takes zones as a property', async () => {
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" now="2020-07-05T23:36:00Z"></world-clock>`);
      el.zones = [{ timeZone: 'Europe/Moscow', label: 'Embassy' }, { timeZone: 'europe/london' }];
      await el.updateComplete;
      expect(entries(el)).to.deep.equal(['Embassy, 02:36', 'London, 00:36']);
    });

    it('takes a Date as the now property, and an offset instead of Z', async () => {
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London"></world-clock>`);
      el.now = new Date('2020-07-05T23:36:00Z');
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36']);
      el.now = '2020-07-06T02:36+03:00';
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36']);
    });
  });

  describe('dates that differ from the first zone', () => {
    it('marks a zone a day behind, with words for screen readers', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        show-date
        zones="Moscow=Europe/Moscow, Washington=America/New_York, Tokyo=Asia/Tokyo"
        now="2020-07-05T23:36:00Z"
      ></world-clock>`);
      expect(partText(el, 'date')).to.equal('6 July 2020');
      const markers = parts(el, 'day-offset');
      expect(markers).to.have.length(1);
      expect(markers[0].textContent).to.equal('−1 day');
      expect(markers[0].getAttribute('aria-hidden')).to.equal('true');
      expect(entries(el)[1]).to.equal('Washington, 19:36, 1 day behind');
      await expect(el).to.be.accessible();
    });

    it('marks a zone a day ahead', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="London=Europe/London, Tokyo=Asia/Tokyo"
        now="2020-07-06T20:00:00Z"
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['21:00', '05:00']);
      expect(partText(el, 'day-offset')).to.equal('+1 day');
      expect(entries(el)[1]).to.equal('Tokyo, 05:00, 1 day ahead');
    });

    it('marks two days apart across the date line (Pago Pago to Kiritimati)', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        show-date
        zones="Pacific/Pago_Pago, Pacific/Kiritimati"
        now="2020-07-06T10:30:00Z"
      ></world-clock>`);
      expect(partText(el, 'date')).to.equal('5 July 2020');
      expect(times(el)).to.deep.equal(['23:30', '00:30']);
      expect(partText(el, 'day-offset')).to.equal('+2 days');
    });
  });

  describe('daylight saving time', () => {
    const at = async (zones: string, now: string) => {
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones=${zones} now=${now}></world-clock>`);
      return { times: times(el), datetimes: datetimes(el) };
    };

    it('London springs forward from 00:59 GMT to 02:00 BST', async () => {
      expect(await at('Europe/London', '2021-03-28T00:59:00Z')).to.deep.equal({
        times: ['00:59'],
        datetimes: ['2021-03-28T00:59+00:00'],
      });
      expect(await at('Europe/London', '2021-03-28T01:00:00Z')).to.deep.equal({
        times: ['02:00'],
        datetimes: ['2021-03-28T02:00+01:00'],
      });
    });

    it('London falls back: 01:30 happens twice, with different offsets', async () => {
      expect((await at('Europe/London', '2021-10-31T00:30:00Z')).datetimes).to.deep.equal(['2021-10-31T01:30+01:00']);
      expect((await at('Europe/London', '2021-10-31T01:30:00Z')).datetimes).to.deep.equal(['2021-10-31T01:30+00:00']);
    });

    it('New York springs forward from 01:59 EST to 03:00 EDT and falls back at 02:00 EDT', async () => {
      expect((await at('America/New_York', '2021-03-14T06:59:00Z')).datetimes).to.deep.equal(['2021-03-14T01:59-05:00']);
      expect((await at('America/New_York', '2021-03-14T07:00:00Z')).datetimes).to.deep.equal(['2021-03-14T03:00-04:00']);
      expect((await at('America/New_York', '2021-11-07T05:30:00Z')).datetimes).to.deep.equal(['2021-11-07T01:30-04:00']);
      expect((await at('America/New_York', '2021-11-07T06:30:00Z')).datetimes).to.deep.equal(['2021-11-07T01:30-05:00']);
    });

    it('a live clock ticks across the London change', async () => {
      const clock = freezeTime('2021-03-28T00:59:30Z');
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London"></world-clock>`);
      expect(times(el)).to.deep.equal(['00:59']);
      await clock.tickAsync(30_000);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['02:00']);
      expect(datetimes(el)).to.deep.equal(['2021-03-28T02:00+01:00']);
    });
  });

  describe('hour-cycle and seconds', () => {
    it('h12 and h23 override the language default', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/Moscow"
        now="2020-07-06T11:36:00Z"
        hour-cycle="h12"
      ></world-clock>`);
      expect(times(el)[0]).to.match(/^2:36\s?pm$/i);
      el.hourCycle = 'h23';
      await el.updateComplete;
      expect(times(el)[0]).to.equal('14:36');
      el.setAttribute('lang', 'en-US');
      el.removeAttribute('hour-cycle');
      await el.updateComplete;
      expect(times(el)[0]).to.match(/^2:36\s?PM$/);
      el.hourCycle = 'h23';
      await el.updateComplete;
      expect(times(el)[0]).to.equal('14:36');
    });

    it('seconds shows seconds and puts them in datetime', async () => {
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/London"
        now="2020-07-05T23:36:07.900Z"
        seconds
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['00:36:07']);
      expect(datetimes(el)).to.deep.equal(['2020-07-06T00:36:07+01:00']);
    });

    it('ticks every second with seconds, and at minute boundaries without', async () => {
      const clock = freezeTime('2020-07-05T23:36:58.500Z');
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London" seconds></world-clock>`);
      expect(times(el)).to.deep.equal(['00:36:58']);
      await clock.tickAsync(500);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36:59']);
      el.seconds = false;
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36']);
      const renders = sinon.spy(el, 'render' as keyof WorldClock);
      await clock.tickAsync(999); // 00:36:59.999: nothing can have changed
      expect(times(el)).to.deep.equal(['00:36']);
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:37']);
      expect(datetimes(el)).to.deep.equal(['2020-07-06T00:37+01:00']);
      // A tick changes the time alone: the element does not render again.
      expect(renders.callCount).to.equal(0);
    });

    it('a tick renders afresh when a date changes: the date, the day markers', async () => {
      const clock = freezeTime('2020-07-06T20:59:58.000Z');
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        show-date
        zones="London=Europe/London, Moscow=Europe/Moscow, Tokyo=Asia/Tokyo"
        seconds
      ></world-clock>`);
      expect(partText(el, 'date')).to.equal('6 July 2020');
      expect(times(el)).to.deep.equal(['21:59:58', '23:59:58', '05:59:58']);
      expect(entries(el)).to.deep.equal(['London, 21:59:58', 'Moscow, 23:59:58', 'Tokyo, 05:59:58, 1 day ahead']);
      await clock.tickAsync(2000); // midnight in Moscow
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['22:00:00', '00:00:00', '06:00:00']);
      expect(datetimes(el)[1]).to.equal('2020-07-07T00:00:00+03:00');
      expect(entries(el)).to.deep.equal(['London, 22:00:00', 'Moscow, 00:00:00, 1 day ahead', 'Tokyo, 06:00:00, 1 day ahead']);
      el.seconds = false;
      await el.updateComplete;
      await clock.tickAsync(2 * 3_600_000); // midnight in London
      await el.updateComplete;
      expect(partText(el, 'date')).to.equal('7 July 2020');
      expect(parts(el, 'date')[0].getAttribute('datetime')).to.equal('2020-07-07');
      expect(entries(el)).to.deep.equal(['London, 00:00', 'Moscow, 02:00', 'Tokyo, 08:00']);
    });

    it('a render after ticks shows what it should, also a time a tick showed before', async () => {
      const clock = freezeTime('2020-07-05T23:36:00.000Z');
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London" seconds></world-clock>`);
      await clock.tickAsync(3000);
      expect(times(el)).to.deep.equal(['00:36:03']);
      el.now = '2020-07-05T23:36:00Z'; // what the first render showed
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36:00']);
      expect(datetimes(el)).to.deep.equal(['2020-07-06T00:36:00+01:00']);
      el.now = undefined;
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36:03']);
      await clock.tickAsync(1000);
      expect(times(el)).to.deep.equal(['00:36:04']);
      el.setAttribute('lang', 'en-US');
      await el.updateComplete;
      expect(times(el)[0]).to.match(/^12:36:04\s?AM$/);
      await clock.tickAsync(1000);
      expect(times(el)[0]).to.match(/^12:36:05\s?AM$/);
    });

    it("follows a change of an ancestor's lang within a minute", async () => {
      const clock = freezeTime('2020-07-05T23:36:30.000Z');
      const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"><world-clock zones="Europe/London"></world-clock></div>`);
      const el = host.querySelector('world-clock')!;
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36']);
      host.setAttribute('lang', 'en-US');
      await clock.tickAsync(30_000);
      await el.updateComplete;
      expect(times(el)[0]).to.match(/^12:37\s?AM$/);
    });
  });

  describe('moved in the page', () => {
    it('takes the language of its new place at once, and the current time', async () => {
      const clock = freezeTime('2020-07-05T23:36:05.000Z');
      const host = await fixture<HTMLDivElement>(html`<div>
        <div lang="en-GB"><world-clock zones="Europe/London" seconds></world-clock></div>
        <div lang="en-US"></div>
      </div>`);
      const el = host.querySelector('world-clock')!;
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36:05']);
      el.remove();
      await clock.tickAsync(3000);
      host.lastElementChild!.append(el);
      await el.updateComplete;
      expect(times(el)[0]).to.match(/^12:36:08\s?AM$/);
      expect(tickerStatus().subscribers).to.equal(1);
    });
  });

  describe('one timer for the page', () => {
    it('a hundred clocks share one timer, and disconnecting them all leaves none', async () => {
      const clock = freezeTime('2020-07-05T23:36:00Z');
      const container = await fixture<HTMLDivElement>(html`<div lang="en-GB">
        ${Array.from({ length: 100 }, () => html`<world-clock zones="Europe/London, Europe/Moscow" seconds></world-clock>`)}
        ${Array.from({ length: 20 }, () => html`<world-clock zones="Asia/Tokyo"></world-clock>`)}
      </div>`);
      expect(tickerStatus()).to.deep.equal({ subscribers: 120, timer: true });
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(5000);
      expect(clock.countTimers()).to.equal(1);
      const first = container.querySelector('world-clock')!;
      await first.updateComplete;
      expect(times(first)).to.deep.equal(['00:36:05', '02:36:05']);
      container.replaceChildren();
      expect(tickerStatus()).to.deep.equal({ subscribers: 0, timer: false });
      expect(clock.countTimers()).to.equal(0);
    });

    it('a frozen clock has no timer; removing now resumes live time', async () => {
      const clock = freezeTime('2020-07-05T23:36:00Z');
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/London"
        now="2019-01-01T12:00:00Z"
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['12:00']);
      expect(clock.countTimers()).to.equal(0);
      el.removeAttribute('now');
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36']);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('no timer while the page is hidden, and an immediate catch-up when it is shown', async () => {
      const clock = freezeTime('2020-07-05T23:36:00Z');
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London" seconds></world-clock>`);
      setDocumentHidden(true);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(90_000);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:36:00']);
      setDocumentHidden(false);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['00:37:30']);
      expect(clock.countTimers()).to.equal(1);
    });

    it('catches up at once when the system clock jumps', async () => {
      const clock = freezeTime('2020-07-05T23:36:00Z');
      const el = await fixture<WorldClock>(html`<world-clock lang="en-GB" zones="Europe/London"></world-clock>`);
      clock.setSystemTime(new Date('2020-07-05T20:00:00Z')); // set back three and a half hours
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['21:01']);
    });
  });

  describe('bad input', () => {
    it('an unknown zone shows a notice in its place while the others keep working', async () => {
      const clock = freezeTime('2020-07-05T23:36:00Z');
      const errors: EnvoyErrorEvent[] = [];
      document.addEventListener('envoy-error', (e) => errors.push(e), { once: true });
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Moscow=Europe/Moscow, Mars=Mars/Olympus_Mons, London=Europe/London"
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['02:36', '00:36']);
      expect(entries(el)[1]).to.equal('Mars, unknown time zone “Mars/Olympus_Mons”');
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.include({ code: 'unknown-time-zone', input: 'Mars/Olympus_Mons' });
      await clock.tickAsync(180_000);
      await el.updateComplete;
      expect(times(el)).to.deep.equal(['02:39', '00:39']);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.match(/^<world-clock> unknown-time-zone: "Mars\/Olympus_Mons"/);
      clock.restore();
      await expect(el).to.be.accessible();
    });

    it('an entry with an empty zone is reported too', async () => {
      const el = await fixture<WorldClock>(html`<world-clock zones="Moscow=, London=Europe/London" now="2020-07-05T23:36:00Z"></world-clock>`);
      expect(entries(el)[0]).to.equal('Moscow, unknown time zone “”');
      expect(warn.callCount).to.equal(1);
    });

    it('an unreadable now shows a notice and the live time', async () => {
      freezeTime('2020-07-05T23:36:00Z');
      const onError = sinon.spy();
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/London"
        now="06/07/2020 00:36"
        @envoy-error=${onError}
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['00:36']);
      expect(partText(el, 'notice')).to.equal('Cannot read the time “06/07/2020 00:36”; showing the current time.');
      expect(onError.callCount).to.equal(1);
      expect(onError.firstCall.args[0].detail.code).to.equal('invalid-now');
      expect(warn.callCount).to.equal(1);
      for (const bad of ['2020-07-06', '2020-07-06T00:36', '2020-02-30T00:00Z', 'yesterday']) {
        el.now = bad;
        await el.updateComplete;
        expect(partText(el, 'notice'), bad).to.contain(bad);
      }
      expect(warn.callCount).to.equal(5);
    });

    it('an unknown hour-cycle falls back to the language default with a notice', async () => {
      const onError = sinon.spy();
      const el = await fixture<WorldClock>(html`<world-clock
        lang="en-GB"
        zones="Europe/London"
        now="2020-07-05T23:36:00Z"
        hour-cycle="h25"
        @envoy-error=${onError}
      ></world-clock>`);
      expect(times(el)).to.deep.equal(['00:36']);
      expect(partText(el, 'notice')).to.contain('h25');
      expect(onError.firstCall.args[0].detail.code).to.equal('invalid-hour-cycle');
    });

    it('a zones property that is neither a list nor a string shows local time with a notice', async () => {
      const onError = sinon.spy();
      const el = await fixture<WorldClock>(html`<world-clock now="2020-07-05T23:36:00Z" @envoy-error=${onError}></world-clock>`);
      el.zones = 42 as unknown as WorldClock['zones'];
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('Tokyo');
      expect(partText(el, 'notice')).to.equal('Cannot read the list of time zones; showing local time.');
      expect(onError.firstCall.args[0].detail.code).to.equal('invalid-zones');
      el.zones = 'Moscow=Europe/Moscow' as unknown as WorldClock['zones'];
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('Moscow');
    });

    it('a bad clock does not stop its siblings', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="en-GB">
        <world-clock zones="Nowhere/Atlantis" now="2020-07-05T23:36:00Z"></world-clock>
        <world-clock zones="Europe/London" now="2020-07-05T23:36:00Z"></world-clock>
      </div>`);
      const [bad, good] = page.querySelectorAll('world-clock');
      await bad.updateComplete;
      expect(partText(bad, 'notice')).to.contain('Nowhere/Atlantis');
      expect(times(good)).to.deep.equal(['00:36']);
    });
  });

  describe('languages', () => {
    afterEach(async () => {
      await setLocale('en');
    });

    it('writes dates and times in the nearest lang, also inside another shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<section><world-clock show-date zones="Москва=Europe/Moscow" now="2020-07-05T23:36:00Z"></world-clock></section>`;
      const el = root.querySelector('world-clock')!;
      await el.updateComplete;
      expect(partText(el, 'date')).to.equal('6 июля 2020 г.');
      expect(times(el)).to.deep.equal(['02:36']);
      expect(entries(el)).to.deep.equal(['Москва, 02:36']);
    });

    it('speaks Russian with the right plural forms', async () => {
      await setLocale('ru');
      const el = await fixture<WorldClock>(html`<world-clock
        lang="ru"
        show-date
        zones="Москва=Europe/Moscow, Вашингтон=America/New_York, Mars/Base"
        now="2020-07-05T23:36:00Z"
      ></world-clock>`);
      expect(partText(el, 'day-offset')).to.equal('−1 день');
      expect(entries(el)[1]).to.equal('Вашингтон, 19:36, на 1 день назад');
      expect(entries(el)[2]).to.equal('Base, неизвестный часовой пояс «Mars/Base»');
      el.zones = parseZoneList('Pacific/Pago_Pago, Pacific/Kiritimati');
      el.now = '2020-07-06T10:30:00Z';
      await el.updateComplete;
      expect(partText(el, 'day-offset')).to.equal('+2 дня');
      expect(entries(el)[1]).to.equal('Kiritimati, 00:30, на 2 дня вперёд');
      await expect(el).to.be.accessible();
    });
  });

  describe('registration', () => {
    it('a second copy of the registering module does not throw and keeps the first definition', async () => {
      // A query string makes the browser evaluate the module again, as a second copy on the page would.
      const copy = '../src/world-clock/define.ts?second-copy';
      await import(/* @vite-ignore */ copy);
      expect(customElements.get('world-clock')).to.equal(WorldClock);
    });

    it('constructs and renders without a connected DOM (server-safe constructor)', () => {
      const el = new WorldClock();
      expect(el.zones).to.equal(undefined);
      expect(tickerStatus().subscribers).to.equal(0);
    });
  });
});
