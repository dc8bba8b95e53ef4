/**
 * One bad-input suite for all five elements: a table of cases, each run the same way. Every case must give a
 * visible notice (or the documented default), exactly one console warning, exactly one `envoy-error` with the
 * documented code, no uncaught exception, and leave a well-configured neighbour of the same tag as it was.
 *
 * Elements are made in every way a page makes them: createElement, innerHTML, cloneNode, document.importNode, and
 * with attributes and properties set before the element is defined (upgraded later).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { WorldClock } from '../src/world-clock/world-clock.js';
import { DaysSince } from '../src/days-since/days-since.js';
import { ArticleCard } from '../src/article-card/article-card.js';
import { NewsList } from '../src/news-list/news-list.js';
import { ConsularContact } from '../src/consular-contact/consular-contact.js';
import type { EnvoyErrorEvent } from '../src/internal/problems.js';

type Via = 'createElement' | 'innerHTML' | 'cloneNode' | 'importNode' | 'before-define';

interface Case {
  tag: keyof typeof CLASSES;
  name: string;
  attrs?: Record<string, string>;
  props?: Record<string, unknown>;
  /** The documented `envoy-error` code. */
  code: string;
  /** `notice`: a visible notice says what is wrong; `default`: the documented default is shown instead. */
  shows: 'notice' | 'default';
  via?: Via;
}

const CLASSES = {
  'world-clock': WorldClock,
  'days-since': DaysSince,
  'article-card': ArticleCard,
  'news-list': NewsList,
  'consular-contact': ConsularContact,
};

/** What each case's neighbour is: the same tag, well configured, frozen in time. */
const NEIGHBOURS: Record<keyof typeof CLASSES, Record<string, string>> = {
  'world-clock': { zones: 'Moscow=Europe/Moscow, London=Europe/London', now: '2020-07-06T00:36:00Z', 'show-date': '' },
  'days-since': { since: '2018-03-04', 'time-zone': 'Europe/Moscow', now: '2020-07-06T12:00:00+03:00' },
  'article-card': { heading: 'Reception', href: '/news/1', date: '2020-07-06' },
  'news-list': { heading: 'Latest events' },
  'consular-contact': { phone: '+44 20 7946 0000', hours: 'Mo-Fr 09:00-17:00', 'time-zone': 'Europe/London', now: '2020-07-06T10:00:00Z' },
};

const MB = 'a'.repeat(1 << 20);
const NOW = { now: '2020-07-06T10:00:00Z' };
const FEED = (file: string) => ({ src: `/test/fixtures/${file}` });

const CASES: Case[] = [
  // <world-clock>
  { tag: 'world-clock', name: 'an unknown zone', attrs: { zones: 'Mars/Olympus_Mons', ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'a label with no zone', attrs: { zones: 'Moscow=', ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'an offset, not a zone', attrs: { zones: 'UTC+3', ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'one bad zone among good ones', attrs: { zones: 'Europe/London, Nowhere/City, Asia/Tokyo', ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'a 1 MB zone', attrs: { zones: MB, ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'zones as a number', props: { zones: 42, now: NOW.now }, code: 'invalid-zones', shows: 'notice' },
  { tag: 'world-clock', name: 'zones as an object', props: { zones: { a: 1 }, now: NOW.now }, code: 'invalid-zones', shows: 'notice' },
  { tag: 'world-clock', name: 'zones as a boolean', props: { zones: true, now: NOW.now }, code: 'invalid-zones', shows: 'notice' },
  { tag: 'world-clock', name: 'a zone entry that is a number', props: { zones: [{ timeZone: 42 }], now: NOW.now }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'world-clock', name: 'now in words', attrs: { now: 'yesterday' }, code: 'invalid-now', shows: 'notice' },
  { tag: 'world-clock', name: 'now without an offset', attrs: { now: '2020-07-06T02:36' }, code: 'invalid-now', shows: 'notice' },
  { tag: 'world-clock', name: 'now on 30 February', attrs: { now: '2020-02-30T00:00:00Z' }, code: 'invalid-now', shows: 'notice' },
  { tag: 'world-clock', name: 'a 1 MB now', attrs: { now: MB }, code: 'invalid-now', shows: 'notice' },
  { tag: 'world-clock', name: 'an invalid Date as now', props: { now: new Date(Number.NaN) }, code: 'invalid-now', shows: 'notice' },
  { tag: 'world-clock', name: 'an unknown hour cycle', attrs: { 'hour-cycle': 'h25', ...NOW }, code: 'invalid-hour-cycle', shows: 'notice' },
  { tag: 'world-clock', name: 'an empty hour cycle', attrs: { 'hour-cycle': '', ...NOW }, code: 'invalid-hour-cycle', shows: 'notice' },
  { tag: 'world-clock', name: 'a malformed lang', attrs: { lang: 'en_US!!', ...NOW }, code: 'unsupported-lang', shows: 'default' },
  { tag: 'world-clock', name: 'a lang Intl has no data for', attrs: { lang: 'tlh', ...NOW }, code: 'unsupported-lang', shows: 'default' },

  // <days-since>
  { tag: 'days-since', name: 'no date', attrs: NOW, code: 'missing-date', shows: 'notice' },
  { tag: 'days-since', name: 'an empty since', attrs: { since: '', ...NOW }, code: 'missing-date', shows: 'notice' },
  { tag: 'days-since', name: 'a white-space since', attrs: { since: '   ', ...NOW }, code: 'missing-date', shows: 'notice' },
  { tag: 'days-since', name: '30 February', attrs: { since: '2018-02-30', ...NOW }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'a day-first date', attrs: { since: '04.03.2018', ...NOW }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'a date-time without an offset', attrs: { since: '2018-03-04T10:00', ...NOW }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'a 1 MB since', attrs: { since: MB, ...NOW }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'since as a number', props: { since: 42, now: NOW.now }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'since as an object', props: { since: {}, now: NOW.now }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'an invalid Date as since', props: { since: new Date(Number.NaN), now: NOW.now }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'a bad until', attrs: { until: 'Christmas', ...NOW }, code: 'invalid-date', shows: 'notice' },
  { tag: 'days-since', name: 'both since and until', attrs: { since: '2018-03-04', until: '2030-01-01', ...NOW }, code: 'both-dates', shows: 'notice' },
  { tag: 'days-since', name: 'an unknown zone', attrs: { since: '2018-03-04', 'time-zone': 'Mars/Base', ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'days-since', name: 'a 1 MB zone', attrs: { since: '2018-03-04', 'time-zone': MB, ...NOW }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'days-since', name: 'now in words', attrs: { since: '2018-03-04', now: 'soon' }, code: 'invalid-now', shows: 'notice' },
  { tag: 'days-since', name: 'since in the future', attrs: { since: '2030-01-01', ...NOW }, code: 'since-in-future', shows: 'default' },
  { tag: 'days-since', name: 'until in the past', attrs: { until: '2000-01-01', ...NOW }, code: 'until-in-past', shows: 'default' },
  { tag: 'days-since', name: 'a lang Intl has no data for', attrs: { since: '2018-03-04', lang: 'zz-Zzzz', ...NOW }, code: 'unsupported-lang', shows: 'default' },

  // <article-card>
  { tag: 'article-card', name: 'no heading', attrs: {}, code: 'missing-heading', shows: 'notice' },
  { tag: 'article-card', name: 'a white-space heading', attrs: { heading: ' \n ' }, code: 'missing-heading', shows: 'notice' },
  { tag: 'article-card', name: 'a javascript: href', attrs: { heading: 'A', href: 'javascript:alert(1)' }, code: 'unsafe-url', shows: 'notice' },
  { tag: 'article-card', name: 'a data: href', attrs: { heading: 'A', href: 'data:text/html,<script>alert(1)</script>' }, code: 'unsafe-url', shows: 'notice' },
  { tag: 'article-card', name: 'a disguised javascript: href', attrs: { heading: 'A', href: ' \tJaVaScRiPt:alert(1)' }, code: 'unsafe-url', shows: 'notice' },
  { tag: 'article-card', name: 'a javascript: image', attrs: { heading: 'A', image: 'javascript:alert(1)' }, code: 'unsafe-url', shows: 'default' },
  { tag: 'article-card', name: 'a day-first date', attrs: { heading: 'A', date: '06/07/2020' }, code: 'invalid-date', shows: 'default' },
  { tag: 'article-card', name: '30 February', attrs: { heading: 'A', date: '2020-02-30' }, code: 'invalid-date', shows: 'default' },
  { tag: 'article-card', name: 'a 1 MB date', attrs: { heading: 'A', date: MB }, code: 'invalid-date', shows: 'default' },
  { tag: 'article-card', name: 'heading level 9', attrs: { heading: 'A', 'heading-level': '9' }, code: 'invalid-heading-level', shows: 'default' },
  { tag: 'article-card', name: 'heading level in words', attrs: { heading: 'A', 'heading-level': 'two' }, code: 'invalid-heading-level', shows: 'default' },
  { tag: 'article-card', name: 'a fractional heading level', attrs: { heading: 'A', 'heading-level': '2.5' }, code: 'invalid-heading-level', shows: 'default' },
  { tag: 'article-card', name: 'an unknown variant', attrs: { heading: 'A', variant: 'huge' }, code: 'invalid-variant', shows: 'default' },
  { tag: 'article-card', name: 'clamp 0', attrs: { heading: 'A', clamp: '0' }, code: 'invalid-clamp', shows: 'default' },
  { tag: 'article-card', name: 'a negative clamp', attrs: { heading: 'A', clamp: '-3' }, code: 'invalid-clamp', shows: 'default' },
  { tag: 'article-card', name: 'clamp in words', attrs: { heading: 'A', clamp: 'lots' }, code: 'invalid-clamp', shows: 'default' },
  { tag: 'article-card', name: 'clamp as an object', props: { heading: 'A', clamp: { lines: 3 } }, code: 'invalid-clamp', shows: 'default' },
  { tag: 'article-card', name: 'a malformed lang', attrs: { heading: 'A', lang: '!!' }, code: 'unsupported-lang', shows: 'default' },

  // <news-list>
  { tag: 'news-list', name: 'items as a string', props: { items: 'nope' }, code: 'invalid-items', shows: 'default' },
  { tag: 'news-list', name: 'items as a number', props: { items: 42 }, code: 'invalid-items', shows: 'default' },
  { tag: 'news-list', name: 'items as an object', props: { items: { title: 'A' } }, code: 'invalid-items', shows: 'default' },
  { tag: 'news-list', name: 'an item without title or text', props: { items: [{ title: 'A' }, {}] }, code: 'items-left-out', shows: 'default' },
  { tag: 'news-list', name: 'items that are not objects', props: { items: [{ title: 'A' }, null, 42] }, code: 'items-left-out', shows: 'default' },
  { tag: 'news-list', name: 'an item with a javascript: link', props: { items: [{ title: 'A', href: 'javascript:alert(1)' }] }, code: 'unsafe-url', shows: 'default' },
  { tag: 'news-list', name: 'an item with an unreadable date', props: { items: [{ title: 'A', date: 'yesterday' }] }, code: 'invalid-date', shows: 'default' },
  { tag: 'news-list', name: 'limit 0', attrs: { limit: '0' }, code: 'invalid-limit', shows: 'default' },
  { tag: 'news-list', name: 'a negative limit', attrs: { limit: '-1' }, code: 'invalid-limit', shows: 'default' },
  { tag: 'news-list', name: 'limit in words', attrs: { limit: 'many' }, code: 'invalid-limit', shows: 'default' },
  { tag: 'news-list', name: 'a negative refresh', attrs: { refresh: '-5' }, code: 'invalid-refresh', shows: 'default' },
  { tag: 'news-list', name: 'refresh 0', attrs: { refresh: '0' }, code: 'invalid-refresh', shows: 'default' },
  { tag: 'news-list', name: 'refresh in words', attrs: { refresh: 'soon' }, code: 'invalid-refresh', shows: 'default' },
  { tag: 'news-list', name: 'heading level 1', attrs: { heading: 'News', 'heading-level': '1' }, code: 'invalid-heading-level', shows: 'default' },
  { tag: 'news-list', name: 'a javascript: more-href', attrs: { 'more-href': 'javascript:alert(1)' }, code: 'unsafe-url', shows: 'default' },
  { tag: 'news-list', name: 'a src that is HTML, not a feed', attrs: FEED('not-a-feed.html'), code: 'unknown-feed-format', shows: 'notice' },
  { tag: 'news-list', name: 'a malformed JSON Feed', attrs: FEED('malformed.feed.json'), code: 'malformed-feed', shows: 'notice' },
  { tag: 'news-list', name: 'a malformed RSS feed', attrs: FEED('malformed.rss.xml'), code: 'malformed-feed', shows: 'notice' },
  { tag: 'news-list', name: 'a src that answers 500', attrs: { src: '/api/status?code=500' }, code: 'http-error', shows: 'notice' },
  { tag: 'news-list', name: 'a src nobody answers', attrs: { src: 'http://127.0.0.1:9/feed.json' }, code: 'network-error', shows: 'notice' },
  { tag: 'news-list', name: 'a lang Intl has no data for', attrs: { lang: 'tlh' }, code: 'unsupported-lang', shows: 'default' },

  // <consular-contact>
  { tag: 'consular-contact', name: 'a number without a country code', attrs: { phone: '020 7946 0000' }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'a phone in words', attrs: { phone: 'call us' }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'a number with an extension', attrs: { phone: '+44 20 7946 0000 ext. 12' }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'a 1 MB phone', attrs: { phone: MB }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'a short emergency number', attrs: { 'emergency-phone': '0800' }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'an address with a space', attrs: { email: 'not an email' }, code: 'invalid-email', shows: 'default' },
  { tag: 'consular-contact', name: 'two @', attrs: { email: 'a@b@example.org' }, code: 'invalid-email', shows: 'default' },
  { tag: 'consular-contact', name: 'a 1 MB e-mail', attrs: { email: MB }, code: 'invalid-email', shows: 'default' },
  { tag: 'consular-contact', name: 'hours in words', attrs: { hours: 'whenever', 'time-zone': 'Europe/London' }, code: 'invalid-hours', shows: 'default' },
  { tag: 'consular-contact', name: 'hours past 24:00', attrs: { hours: 'Mo-Fr 25:00-26:00', 'time-zone': 'Europe/London' }, code: 'invalid-hours', shows: 'default' },
  { tag: 'consular-contact', name: 'an unknown day', attrs: { hours: 'Xx 09:00-10:00', 'time-zone': 'Europe/London' }, code: 'invalid-hours', shows: 'default' },
  { tag: 'consular-contact', name: '1 MB of hours', attrs: { hours: MB, 'time-zone': 'Europe/London' }, code: 'invalid-hours', shows: 'default' },
  { tag: 'consular-contact', name: 'an unknown zone', attrs: { hours: 'Mo-Fr 09:00-17:00', 'time-zone': 'Mars/Base' }, code: 'unknown-time-zone', shows: 'notice' },
  { tag: 'consular-contact', name: 'hours without a zone', attrs: { hours: 'Mo-Fr 09:00-17:00', ...NOW }, code: 'missing-time-zone', shows: 'default' },
  { tag: 'consular-contact', name: 'now in words', attrs: { hours: 'Mo-Fr 09:00-17:00', 'time-zone': 'Europe/London', now: 'later' }, code: 'invalid-now', shows: 'default' },
  { tag: 'consular-contact', name: 'heading level 0', attrs: { 'heading-level': '0' }, code: 'invalid-heading-level', shows: 'default' },
  { tag: 'consular-contact', name: 'phone as an object', props: { phone: { number: 1 } }, code: 'invalid-phone', shows: 'default' },
  { tag: 'consular-contact', name: 'a malformed lang', attrs: { lang: 'en-', phone: '+44 20 7946 0000' }, code: 'unsupported-lang', shows: 'default' },
];

const ATTRIBUTE_WAYS: Via[] = ['createElement', 'innerHTML', 'cloneNode', 'importNode', 'before-define'];

type Envoy = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const markupOf = (tag: string, attrs: Record<string, string>) =>
  `<${tag} ${Object.entries(attrs)
    .map(([name, value]) => `${name}="${escapeAttr(value)}"`)
    .join(' ')}></${tag}>`;

let lateTags = 0;

/** Makes the element `via` one way of a page, with the case's attributes and properties, inside `container`. */
async function make(testCase: Case, via: Via, container: HTMLElement): Promise<Envoy> {
  const { attrs = {}, props = {} } = testCase;
  let el: HTMLElement;
  if (via === 'before-define') {
    // Set up while the tag is still unknown, then defined: properties set before upgrade must count.
    const tag = `${testCase.tag}-late-${++lateTags}`;
    el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    Object.assign(el, props);
    container.append(el);
    const Base = CLASSES[testCase.tag] as unknown as CustomElementConstructor;
    customElements.define(tag, class extends (Base as { new (): HTMLElement }) {});
  } else if (via === 'innerHTML') {
    container.insertAdjacentHTML('beforeend', markupOf(testCase.tag, attrs));
    el = container.lastElementChild as HTMLElement;
  } else if (via === 'importNode') {
    const template = document.createElement('template');
    template.innerHTML = markupOf(testCase.tag, attrs);
    container.append(document.importNode(template.content, true));
    el = container.lastElementChild as HTMLElement;
  } else {
    const original = document.createElement(testCase.tag);
    for (const [name, value] of Object.entries(attrs)) original.setAttribute(name, value);
    el = via === 'cloneNode' ? (original.cloneNode(true) as HTMLElement) : original;
    Object.assign(el, props);
    container.append(el);
  }
  await (el as Envoy).updateComplete;
  return el as Envoy;
}

/** What the element shows in its shadow root, for comparing a neighbour before and after. */
const shownText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

function visibleNotice(el: Element): string {
  const notice = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notice"], [part~="error"]')].find(
    (candidate) => candidate.getBoundingClientRect().height > 0 && candidate.textContent!.trim() !== '',
  );
  return notice?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Resolves once `el` has reported a problem, or after a moment for those that report at their first update. */
function settled(el: Element, testCase: Case): Promise<void> {
  if (!testCase.attrs?.src) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 4000);
    el.addEventListener('envoy-error', () => {
      clearTimeout(timer);
      setTimeout(resolve, 50);
    });
  });
}

describe('bad input, the same way in every element', () => {
  let warn: sinon.SinonStub;
  let uncaught: unknown[];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    sinon.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`the table has at least 80 cases, for every element (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(80);
    for (const tag of Object.keys(CLASSES)) expect(CASES.filter((c) => c.tag === tag).length, tag).to.be.at.least(12);
  });

  CASES.forEach((testCase, index) => {
    const via = testCase.via ?? (testCase.props ? (index % 2 ? 'before-define' : 'createElement') : ATTRIBUTE_WAYS[index % ATTRIBUTE_WAYS.length]);
    it(`<${testCase.tag}> ${testCase.name} (${via}): ${testCase.code}, ${testCase.shows}`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.insertAdjacentHTML('beforeend', markupOf(testCase.tag, NEIGHBOURS[testCase.tag]));
      const neighbour = container.firstElementChild as Envoy;
      await neighbour.updateComplete;
      const neighbourBefore = shownText(neighbour);
      expect(warn.callCount, 'the neighbour is well configured').to.equal(0);

      const events: EnvoyErrorEvent[] = [];
      container.addEventListener('envoy-error', (event) => events.push(event as EnvoyErrorEvent));
      const el = await make(testCase, via, container);
      await settled(el, testCase);
      await el.updateComplete;

      expect(events.map((event) => event.detail.code)).to.deep.equal([testCase.code]);
      expect(events[0].target).to.equal(el);
      expect(warn.callCount, String(warn.args)).to.equal(1);
      expect(warn.firstCall.args[0]).to.match(new RegExp(`^<${el.localName}> `));
      expect(String(warn.firstCall.args[0]).length, 'a warning is a line, not a megabyte').to.be.below(400);
      if (testCase.shows === 'notice') {
        const notice = visibleNotice(el);
        expect(notice, 'a visible notice').to.not.equal('');
        expect(notice.length, 'a notice is a sentence, not a megabyte').to.be.below(200);
      }
      expect(uncaught).to.deep.equal([]);
      await neighbour.updateComplete;
      expect(shownText(neighbour)).to.equal(neighbourBefore);
      // A render later (a locale change, a tick) reports nothing again while the problem lasts.
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(events).to.have.length(1);
    });
  });

  for (const [tag, attribute, bad, good, code] of [
    ['world-clock', 'zones', 'Nowhere/City', 'Europe/London', 'unknown-time-zone'],
    ['days-since', 'since', '2018-02-30', '2018-03-04', 'invalid-date'],
    ['article-card', 'href', 'javascript:alert(1)', '/news/1', 'unsafe-url'],
    ['news-list', 'limit', '0', '5', 'invalid-limit'],
    ['consular-contact', 'phone', 'call us', '+44 20 7946 0000', 'invalid-phone'],
  ] as const) {
    it(`<${tag}> ${attribute} changed 100 times in one task: one warning for the value it ends on`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const events: EnvoyErrorEvent[] = [];
      container.addEventListener('envoy-error', (event) => events.push(event as EnvoyErrorEvent));
      const el = document.createElement(tag) as Envoy;
      el.setAttribute('heading', 'A');
      el.setAttribute('now', '2020-07-06T10:00:00Z');
      container.append(el);
      for (let i = 0; i < 100; i++) el.setAttribute(attribute, i % 2 ? good : `${bad}`);
      el.setAttribute(attribute, bad);
      await el.updateComplete;
      expect(events.map((event) => event.detail.code)).to.deep.equal([code]);
      expect(warn.callCount).to.equal(1);
      for (let i = 0; i < 100; i++) el.setAttribute(attribute, i % 2 ? bad : good);
      await el.updateComplete;
      expect(warn.callCount, 'ends on the good value: nothing more').to.equal(1);
      expect(uncaught).to.deep.equal([]);
    });
  }
});
