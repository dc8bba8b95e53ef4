import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WorldClock } from '../src/world-clock/world-clock.js';
import type { NewsList } from '../src/news-list/news-list.js';
import type { ArticleCard } from '../src/article-card/article-card.js';
import type { DaysSince } from '../src/days-since/days-since.js';
import type { ConsularContact } from '../src/consular-contact/consular-contact.js';
import { tickerStatus } from '../src/internal/ticker.js';
import { freezeTime, partText, parts, restoreDocumentVisibility, setDocumentHidden } from './helpers/index.js';

const FIXTURES = '/test/fixtures';
const cards = (el: NewsList) => [...el.shadowRoot!.querySelectorAll<ArticleCard>('article-card')];
const titles = (el: NewsList) => cards(el).map((card) => card.heading);

async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

describe('element life cycle', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    restoreDocumentVisibility();
  });

  describe('attributes changed while out of the page take effect when it returns', () => {
    it('a news-list whose src changed while disconnected loads the new feed on reconnect', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-list') as NewsList;
      el.src = `${FIXTURES}/news.atom.xml`;
      const first = oneEvent(el, 'envoy-load');
      wrapper.append(el);
      await first;
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      el.remove();
      el.src = `${FIXTURES}/news.feed.json`;
      await el.updateComplete;
      const second = oneEvent(el, 'envoy-load');
      wrapper.append(el);
      await second;
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(titles(el)[0]).to.equal('National Day reception');
    });

    it('a world-clock whose zones changed while disconnected shows them on reconnect', async () => {
      const el = await mount<WorldClock>('<world-clock zones="Europe/London" now="2020-07-06T00:36:00Z"></world-clock>');
      const wrapper = el.parentElement!;
      el.remove();
      el.setAttribute('zones', 'Tokyo=Asia/Tokyo');
      wrapper.append(el);
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('Tokyo');
      expect(parts(el, 'time')[0].getAttribute('datetime')).to.equal('2020-07-06T09:36+09:00');
    });
  });

  describe('a tab switch or a late wake refreshes what is due and nothing else', () => {
    it('news-list with refresh="600" does not re-fetch each time the tab becomes visible', async () => {
      const clock = freezeTime('2020-07-06T12:00:00Z');
      const fetches = sinon.spy(window, 'fetch');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-list') as NewsList;
      el.setAttribute('refresh', '600');
      el.src = `${FIXTURES}/news.atom.xml`;
      const loaded = oneEvent(el, 'envoy-load');
      wrapper.append(el);
      await loaded;
      expect(fetches.callCount).to.equal(1);
      for (let i = 0; i < 3; i++) {
        await clock.tickAsync(60_000);
        setDocumentHidden(true);
        setDocumentHidden(false);
      }
      await clock.tickAsync(0);
      expect(fetches.callCount).to.equal(1);
      // Hidden past the due time: one poll on showing, at once.
      setDocumentHidden(true);
      await clock.tickAsync(600_000);
      expect(fetches.callCount).to.equal(1);
      setDocumentHidden(false);
      await clock.tickAsync(0);
      expect(fetches.callCount).to.equal(2);
      el.remove();
    });

    it('a clock set back past the last load polls at the next wake rather than an hour late', async () => {
      const clock = freezeTime('2020-07-06T12:00:00Z');
      const fetches = sinon.spy(window, 'fetch');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-list') as NewsList;
      el.setAttribute('refresh', '600');
      el.src = `${FIXTURES}/news.atom.xml`;
      const loaded = oneEvent(el, 'envoy-load');
      wrapper.append(el);
      await loaded;
      clock.setSystemTime(Date.parse('2020-07-06T11:00:00Z'));
      setDocumentHidden(true);
      setDocumentHidden(false);
      await clock.tickAsync(0);
      expect(fetches.callCount).to.equal(2);
      el.remove();
    });
  });

  describe('envoy-load fires when the shown items change, and only then', () => {
    it('not on reconnect, for a feed or for server-rendered markup', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const fromSrc = document.createElement('news-list') as NewsList;
      fromSrc.src = `${FIXTURES}/news.atom.xml`;
      const loaded = oneEvent(fromSrc, 'envoy-load');
      wrapper.append(fromSrc);
      await loaded;
      wrapper.insertAdjacentHTML('beforeend', '<news-list><article><a href="/news/1">One</a></article></news-list>');
      const fromMarkup = wrapper.lastElementChild as NewsList;
      await fromMarkup.updateComplete;
      const onLoad = sinon.spy();
      wrapper.addEventListener('envoy-load', onLoad);
      for (let i = 0; i < 3; i++) {
        fromSrc.remove();
        fromMarkup.remove();
        wrapper.append(fromSrc, fromMarkup);
        await fromSrc.updateComplete;
        await fromMarkup.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(onLoad.callCount).to.equal(0);
      // A real change is announced.
      fromMarkup.insertAdjacentHTML('beforeend', '<article><a href="/news/2">Two</a></article>');
      await oneEvent(fromMarkup, 'envoy-load');
      expect(onLoad.callCount).to.equal(1);
    });

    it('not for a poll that brings the same items; yes for one that brings new ones', async () => {
      const key = `same-${Math.random()}`;
      await fetch(`/api/scripted?key=${key}&queue=news.atom.xml,news.atom.xml,news.feed.json`);
      const clock = freezeTime('2020-07-06T12:00:00Z');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-list') as NewsList;
      el.setAttribute('refresh', '60');
      el.src = `/api/scripted?key=${key}`;
      const onLoad = sinon.spy();
      el.addEventListener('envoy-load', onLoad);
      const loaded = oneEvent(el, 'envoy-load');
      wrapper.append(el);
      await loaded;
      const fetches = sinon.spy(window, 'fetch');
      await clock.tickAsync(60_000);
      await waitFor(() => fetches.callCount === 1);
      await fetches.firstCall.returnValue;
      await waitFor(() => false); // the body read and the update that follows
      expect(onLoad.callCount).to.equal(1);
      const changed = oneEvent(el, 'envoy-load');
      await clock.tickAsync(60_000);
      expect((await changed).detail.count).to.equal(4);
      expect(onLoad.callCount).to.equal(2);
      el.remove();
    });
  });

  describe('moving an element into another document keeps its styles, timers and language', () => {
    for (const [tag, markup, part, property, expected] of [
      ['world-clock', '<world-clock zones="Europe/London" now="2020-07-06T00:36:00Z"></world-clock>', 'time', 'font-weight', '700'],
      ['days-since', '<days-since since="2018-03-04" now="2020-07-06T12:00:00Z">x</days-since>', 'count', 'font-weight', '700'],
      ['article-card', '<article-card heading="A" kicker="K"></article-card>', 'kicker', 'text-transform', 'uppercase'],
      ['news-list', '<news-list heading="H"><article><a href="/1">One</a></article></news-list>', 'list', 'list-style-type', 'none'],
      ['consular-contact', '<consular-contact address="1 Example Gardens"></consular-contact>', 'address', 'white-space', 'pre-line'],
    ] as const) {
      it(`<${tag}> in an iframe`, async () => {
        const el = await mount<HTMLElement & { updateComplete: Promise<boolean> }>(markup);
        const styleOf = (view: Window) => view.getComputedStyle(parts(el, part)[0]).getPropertyValue(property);
        expect(styleOf(window)).to.equal(expected);
        const iframe = document.createElement('iframe');
        document.body.append(iframe);
        try {
          iframe.contentDocument!.body.append(el);
          await el.updateComplete;
          expect(styleOf(iframe.contentWindow!)).to.equal(expected);
          // And back again.
          document.body.append(el);
          await el.updateComplete;
          expect(styleOf(window)).to.equal(expected);
        } finally {
          el.remove();
          iframe.remove();
        }
      });
    }

    it('a live world-clock in an iframe keeps ticking, in the language of its new page, and stops when removed', async () => {
      const clock = freezeTime('2020-07-06T00:36:00Z');
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      try {
        const doc = iframe.contentDocument!;
        doc.documentElement.lang = 'ru';
        const el = await mount<WorldClock>('<world-clock show-date zones="Europe/London"></world-clock>');
        doc.body.append(el);
        await el.updateComplete;
        expect(partText(el, 'date')).to.equal('6 июля 2020 г.');
        expect(partText(el, 'time')).to.equal('01:36');
        await clock.tickAsync(60_000);
        expect(partText(el, 'time')).to.equal('01:37');
        el.remove();
        expect(tickerStatus()).to.deep.equal({ subscribers: 0, timer: false });
      } finally {
        iframe.remove();
      }
    });
  });

  describe('days-since with only some phrase-* forms set', () => {
    // [attributes, since, the sentence's own text, whether the slotted event is in it]
    for (const [attrs, since, expected, withEvent] of [
      ['phrase-one="{count} day without an accident"', '2020-07-05', '1 day without an accident', false],
      ['phrase-one="{count} day without an accident"', '2020-07-01', '5 days have passed since', true],
      ['phrase-many="{count} дней без аварий" lang="ru"', '2020-07-01', '5 дней без аварий', false],
      ['phrase-many="{count} дней без аварий" lang="ru"', '2020-07-04', '2 days have passed since', true],
      ['phrase-few="{count} дня" phrase-other="{count} x {event}" lang="ru"', '2020-07-01', '5 x', true],
    ] as const) {
      it(`${attrs}, since ${since}: "${expected}"`, async () => {
        const el = await mount<DaysSince>(
          `<days-since ${attrs} since="${since}" time-zone="Europe/London" now="2020-07-06T12:00:00Z">the opening</days-since>`,
        );
        expect(partText(el, 'base')).to.equal(expected);
        expect(!!el.shadowRoot!.querySelector('slot')).to.equal(withEvent);
      });
    }
  });

  describe('empty attributes', () => {
    it('href="" and image="" on article-card are no link and no image, without a warning or notice', async () => {
      const el = await mount<ArticleCard>('<article-card heading="Reception" href="" image=" "></article-card>');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(parts(el, 'notice')).to.have.length(0);
      expect(warn.called).to.equal(false);
    });

    it('more-href="" on news-list is no archive link, without a warning', async () => {
      const el = await mount<NewsList>('<news-list more-href=""><article><a href="/1">One</a></article></news-list>');
      expect(parts(el, 'more')).to.have.length(0);
      expect(warn.called).to.equal(false);
    });

    it('lang="" means an unknown language: not the ancestor\'s', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
      wrapper.innerHTML = '<article-card lang="" heading="A" date="2020-07-06"></article-card><article-card heading="B" date="2020-07-06"></article-card>';
      const [unknown, russian] = [...wrapper.children] as ArticleCard[];
      await unknown.updateComplete;
      await russian.updateComplete;
      expect(partText(unknown, 'date')).to.equal('July 6, 2020');
      expect(partText(russian, 'date')).to.equal('6 июля 2020 г.');
    });
  });

  describe("consular-contact follows the office's midnight", () => {
    it('"opens tomorrow at 09:00" becomes "opens today at 09:00" at midnight in the office zone', async () => {
      const clock = freezeTime('2020-07-06T22:58:00Z'); // Monday 23:58 in London
      const el = await mount<ConsularContact>('<consular-contact lang="en-GB" hours="Mo-Fr 09:00-17:00" time-zone="Europe/London"></consular-contact>');
      expect(partText(el, 'status')).to.equal('Closed, opens tomorrow at 09:00');
      await clock.tickAsync(2 * 60_000);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Closed, opens today at 09:00');
      el.remove();
    });

    it("hours to 24:00 on the eve of Santiago's DST start close at the first instant of the new day (01:00)", async () => {
      // 2022-09-11: Santiago's clocks went from 00:00 -04 to 01:00 -03; that day began at 04:00Z.
      const clock = freezeTime('2022-09-11T03:59:00Z'); // Saturday 23:59 -04
      const el = await mount<ConsularContact>('<consular-contact lang="en-GB" hours="Sa 20:00-24:00; Su 09:00-12:00" time-zone="America/Santiago"></consular-contact>');
      expect(partText(el, 'status')).to.equal('Open now');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Closed, opens today at 09:00');
      el.remove();
    });

    it('a wall time inside a DST gap means the instant after the gap', async () => {
      // London 2021-03-28: 01:00 GMT became 02:00 BST; an office opening at 01:30 opens at 02:00 BST (01:00Z).
      const clock = freezeTime('2021-03-28T00:59:00Z');
      const el = await mount<ConsularContact>('<consular-contact lang="en-GB" hours="Su 01:30-05:00" time-zone="Europe/London"></consular-contact>');
      expect(partText(el, 'status')).to.equal('Closed, opens today at 01:30');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Open now');
      el.remove();
    });

    it('a wall time that occurs twice means its first occurrence', async () => {
      // London 2021-10-31: 02:00 BST became 01:00 GMT; 01:30 came first at 00:30Z.
      const clock = freezeTime('2021-10-31T00:29:00Z');
      const el = await mount<ConsularContact>('<consular-contact lang="en-GB" hours="Su 01:30-05:00" time-zone="Europe/London"></consular-contact>');
      expect(partText(el, 'status')).to.equal('Closed, opens today at 01:30');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Open now');
      el.remove();
    });
  });
});

/** The real setTimeout, kept before any test fakes it: a fetch answers in real time while the clock is frozen. */
const realSetTimeout = window.setTimeout.bind(window);
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => realSetTimeout(resolve, 10));
}
