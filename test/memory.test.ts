// First, so that every observer, fetch and timer the elements make is counted.
import { probeCounts } from './helpers/leak-probes.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/index.js';
import { tickerStatus } from '../src/internal/ticker.js';
import { ensureLocalization } from '../src/localization.js';
import { freezeTime, partText } from './helpers/index.js';

/**
 * 10,000 connect/disconnect cycles of every element, with the attributes a real page gives them (live time, a
 * feed that polls), leave nothing behind: no ticker subscriber or timer, no `visibilitychange` listener, no
 * MutationObserver still observing, no fetch in flight, and a JS heap (after a forced GC) within 10% of where it
 * was after a warm-up. The heap and the listeners on `document`/`window` are read through the DevTools protocol
 * (`cdpProbes` in web-test-runner.config.mjs).
 *
 * The cycles run in batches: a pool of elements is appended at once, every element (and every card a list shows)
 * finishes its update, then the pool is removed. A pool is reused for several rounds (what reconnecting leaks)
 * and then replaced by new elements (what a discarded element leaks).
 */

interface Heap {
  usedSize: number;
  nodes: number;
  jsEventListeners: number;
  /** Main-thread CPU seconds since the page opened. */
  threadTime: number;
}
type Listeners = Record<'document' | 'window', Record<string, number>>;

const heap = () => executeServerCommand<Heap, undefined>('envoy-heap');
const listeners = () => executeServerCommand<Listeners, undefined>('envoy-listeners');

const CYCLES = 10_000;
const POOL = 50;
/** Rounds a pool is reused before new elements replace it. */
const FRESH_EVERY = 10;
const HEAP_TOLERANCE = 1.1;
const FEED = '/api/generated?count=5';

interface Case {
  name: string;
  markup: string;
  /** Resolves once the element shows what it should (an update, a feed). */
  settle?: (el: HTMLElement) => Promise<void>;
  /** What a person would see, checked on one element of every batch. */
  shows: (el: HTMLElement) => void;
  /** Subscribed to the page's scheduler while connected. */
  ticks: boolean;
  /** Fewer cycles than CYCLES: only where each cycle is a real request. */
  cycles?: number;
  /** Rounds before the pool is replaced, when not FRESH_EVERY: where a new element means a real request. */
  freshEvery?: number;
  /** MutationObservers and fetches each connected element holds. */
  observers?: number;
  fetches?: number;
}

const updated = (el: Element) => (el as LitElement).updateComplete;

/** The element's own update, and that of every envoy element it renders (a list's cards). */
async function settleUpdates(el: HTMLElement): Promise<void> {
  await updated(el);
  await Promise.all([...el.shadowRoot!.querySelectorAll('article-card')].map(updated));
}

const loaded = new WeakSet<Element>();
/** The first connection waits for the feed (and its cards); later ones only re-render from it. */
async function settleFeed(el: HTMLElement): Promise<void> {
  if (!loaded.has(el)) {
    await new Promise((resolve) => el.addEventListener('envoy-load', resolve, { once: true }));
    loaded.add(el);
  }
  await settleUpdates(el);
}

const article = (n: number) => `<article>
  <h3><a href="/news/${n}">Reception number ${n}</a></h3>
  <time datetime="2020-07-0${n}">${n} July 2020</time>
  <p>The Ambassador welcomed guests.</p>
  <img src="/test/fixtures/photo.png" alt="Guests">
</article>`;

const cases: Case[] = [
  {
    name: 'world-clock (live, seconds, three zones, date)',
    markup: `<world-clock lang="en-GB" show-date seconds zones="Moscow=Europe/Moscow, London=Europe/London, Washington=America/New_York"></world-clock>`,
    shows: (el) => expect(partText(el, 'label')).to.equal('Moscow'),
    ticks: true,
  },
  {
    name: 'days-since (live, in a zone)',
    markup: `<days-since since="2018-03-04" time-zone="Europe/Moscow">the opening of the new consulate</days-since>`,
    shows: (el) => expect(partText(el, 'base')).to.match(/^[\d,]+ days have passed since$/),
    ticks: true,
  },
  {
    name: 'article-card (featured, image, link, date)',
    markup: `<article-card variant="featured" kicker="Speeches" heading="Interview of the Ambassador" href="/speeches/interview"
      date="2020-07-06" image="/test/fixtures/photo.png" image-alt="The Ambassador" clamp="3">The Ambassador spoke about trade.</article-card>`,
    shows: (el) => expect(partText(el, 'heading')).to.equal('Interview of the Ambassador'),
    ticks: false,
  },
  {
    name: 'news-list (server-rendered markup children)',
    markup: `<news-list heading="Latest events" limit="2" more-href="/news">${article(4)}${article(5)}${article(6)}</news-list>`,
    settle: settleUpdates,
    shows: (el) => expect(el.shadowRoot!.querySelectorAll('article-card')).to.have.length(2),
    ticks: false,
    observers: 1,
  },
  {
    name: 'news-list (src, refresh="600")',
    markup: `<news-list heading="Latest events" src="${FEED.replace('&', '&amp;')}" refresh="600" limit="3"></news-list>`,
    settle: settleFeed,
    // Each new element loads the feed over the network: new ones every 40 rounds (250 loads in all).
    freshEvery: 40,
    shows: (el) => expect(el.shadowRoot!.querySelectorAll('article-card')).to.have.length(3),
    ticks: true,
    observers: 1,
  },
  {
    name: 'news-list (src, removed while loading)',
    // The answer takes two seconds: every element is removed with its request in flight. Every cycle is a new
    // element and a real request, aborted: a thousand of them (ten thousand would take ten seconds).
    cycles: 1_000,
    freshEvery: 1,
    markup: `<news-list heading="Latest events" src="/api/slow?ms=2000&amp;file=news.atom.xml" refresh="600"></news-list>`,
    settle: settleUpdates,
    shows: (el) => expect(el.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-busy')).to.equal('true'),
    ticks: false,
    observers: 1,
    fetches: 1,
  },
  {
    name: 'consular-contact (hours, time-zone, phones, e-mail)',
    markup: `<consular-contact phone="+44 (0) 203 668 7474" emergency-phone="+44 7700 900123" email="consul@embassy.example.org"
      address="1 Example Gardens&#10;London" hours="Mo-Fr 09:00-12:30, 14:00-17:00" time-zone="Europe/London"></consular-contact>`,
    shows: (el) => expect(partText(el, 'status')).to.match(/^(Open now|Closed, opens .+)$/),
    ticks: true,
  },
];

function createPool(markup: string, count = POOL): HTMLElement[] {
  const template = document.createElement('template');
  template.innerHTML = Array.from({ length: count }, () => markup).join('');
  return [...document.importNode(template.content, true).children] as HTMLElement[];
}

/** Counts the updates of the elements cycled (not of the cards a list renders), so a cycle that did not render shows. */
function countUpdates(): { count: () => number; restore: () => void } {
  const proto = LitElement.prototype as unknown as { update(changed: unknown): void };
  const original = proto.update;
  let count = 0;
  proto.update = function (this: LitElement, changed: unknown) {
    if (this.localName !== 'article-card' || !(this.getRootNode() instanceof ShadowRoot)) count++;
    original.call(this, changed);
  };
  return { count: () => count, restore: () => (proto.update = original) };
}

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

describe('10,000 connect/disconnect cycles leave nothing behind', function () {
  this.timeout(60_000);
  const container = document.createElement('div');
  const figures: string[] = [];

  before(() => {
    // Once per page, not per element: the library's one observer of <html lang> exists before the baseline.
    ensureLocalization();
    document.body.append(container);
  });
  afterEach(() => container.replaceChildren());
  after(() => {
    container.remove();
    console.log(`Heap after forced GC, baseline -> after the cycles:\n${figures.join('\n')}`);
  });

  for (const c of cases) {
    it(`<${c.name}>`, async () => {
      const settle = c.settle ?? ((el: HTMLElement) => updated(el).then(() => {}));
      const observers = c.observers ?? 0;
      const fetches = c.fetches ?? 0;
      const cycles = c.cycles ?? CYCLES;
      const freshEvery = c.freshEvery ?? FRESH_EVERY;

      /** One batch: append the pool, let everything settle, check what shows and what is held, remove it. */
      const round = async (pool: HTMLElement[], base: ReturnType<typeof probeCounts>, check: boolean) => {
        container.append(...pool);
        await Promise.all(pool.map(settle));
        if (check) {
          c.shows(pool[0]);
          expect(tickerStatus(), 'the scheduler while connected').to.deep.equal(c.ticks ? { subscribers: POOL, timer: true } : { subscribers: 0, timer: false });
          const held = probeCounts();
          expect(held.observers - base.observers, 'observers while connected').to.equal(POOL * observers);
          expect(held.fetches - base.fetches, 'fetches while connected').to.equal(POOL * fetches);
        }
        container.replaceChildren();
        await microtasks();
        expect(tickerStatus(), 'the scheduler after a batch is removed').to.deep.equal({ subscribers: 0, timer: false });
        expect(probeCounts(), 'observers, fetches and timers after a batch is removed').to.deep.equal(base);
      };

      // Warm-up: module-level caches (formatters, zones, Lit's templates, the first feed) fill once.
      const probesBefore = probeCounts();
      await round(createPool(c.markup), probesBefore, true);
      await round(createPool(c.markup), probesBefore, false);
      const listenersBefore = await listeners();
      expect(listenersBefore.document.visibilitychange ?? 0, 'visibilitychange listeners on document after the warm-up').to.equal(0);
      const before = await heap();

      const started = performance.now();
      const updates = countUpdates();
      try {
        let pool: HTMLElement[] = [];
        for (let cycle = 0, index = 0; cycle < cycles; cycle += POOL, index++) {
          if (index % freshEvery === 0) pool = createPool(c.markup);
          const midway = cycle === cycles / 2;
          if (midway && c.ticks) {
            // While connected, the scheduler listens for visibilitychange, once for the whole page.
            container.append(...pool);
            await Promise.all(pool.map(settle));
            expect((await listeners()).document.visibilitychange, 'visibilitychange listeners while connected').to.equal(1);
            container.replaceChildren();
          }
          await round(pool, probesBefore, index % freshEvery === 0);
        }
        pool = [];
      } finally {
        updates.restore();
      }
      // Every cycle connected and rendered.
      expect(updates.count()).to.be.at.least(cycles);

      // Aborted requests and the like can still hold memory (and an AbortSignal's listener) for a moment after the
      // cycles: what is leaked stays through a few more collections, what is transient does not.
      let after = await heap();
      const settled = () =>
        after.usedSize / before.usedSize <= HEAP_TOLERANCE &&
        after.jsEventListeners <= before.jsEventListeners &&
        after.nodes <= before.nodes * HEAP_TOLERANCE;
      for (let retry = 0; retry < 5 && !settled(); retry++) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        after = await heap();
      }
      const listenersAfter = await listeners();
      const ratio = after.usedSize / before.usedSize;
      figures.push(
        `  <${c.name}>, ${cycles.toLocaleString('en')} cycles: ${mb(before.usedSize)} -> ${mb(after.usedSize)} (x${ratio.toFixed(3)}); ` +
          `DOM nodes ${before.nodes} -> ${after.nodes}; JS listeners ${before.jsEventListeners} -> ${after.jsEventListeners}; ` +
          `${updates.count()} updates in ${Math.round(performance.now() - started)} ms (${Math.round((after.threadTime - before.threadTime) * 1000)} ms CPU)`,
      );

      expect(tickerStatus(), 'the scheduler after the cycles').to.deep.equal({ subscribers: 0, timer: false });
      expect(listenersAfter, 'listeners on document and window after the cycles').to.deep.equal(listenersBefore);
      expect(probeCounts(), 'observers, fetches and timers after the cycles').to.deep.equal(probesBefore);
      expect(ratio, `JS heap ${mb(before.usedSize)} -> ${mb(after.usedSize)}`).to.be.at.most(HEAP_TOLERANCE);
      expect(after.nodes, 'DOM nodes').to.be.at.most(before.nodes * HEAP_TOLERANCE);
      expect(after.jsEventListeners, 'JS event listeners').to.be.at.most(before.jsEventListeners);
    });
  }
});

describe('under fake timers (sinon), cycles of the time-driven elements leave no timer', function () {
  this.timeout(60_000);
  const container = document.createElement('div');
  before(() => document.body.append(container));
  after(() => container.remove());
  afterEach(() => sinon.restore());

  it('1,000 cycles each of world-clock, days-since, consular-contact and a polling news-list: one timer while connected, none after', async () => {
    const clock = freezeTime('2020-07-06T10:00:30Z');
    const kinds = cases.filter((c) => c.ticks);
    const markup = kinds.map((c) => c.markup).join('');
    const settle = (el: HTMLElement) => (el.localName === 'news-list' ? settleFeed(el) : updated(el).then(() => {}));
    let pool: HTMLElement[] = [];
    const each = 10;
    for (let round = 0; round < 1_000 / each; round++) {
      if (round % FRESH_EVERY === 0) pool = createPool(markup, each);
      container.append(...pool);
      await Promise.all(pool.map(settle));
      expect(clock.countTimers()).to.equal(1);
      if (round % FRESH_EVERY === 0) {
        // The one timer really drives them: a second later the clock shows the new second.
        const before = partText(pool[0], 'time');
        await clock.tickAsync(1_000);
        expect(partText(pool[0], 'time')).not.to.equal(before);
        expect(clock.countTimers()).to.equal(1);
      }
      container.replaceChildren();
      expect(clock.countTimers()).to.equal(0);
    }
    const updates = countUpdates();
    try {
      await clock.tickAsync(8 * 86_400_000);
    } finally {
      updates.restore();
    }
    expect(updates.count(), 'updates of removed elements in the week after').to.equal(0);
    expect(tickerStatus()).to.deep.equal({ subscribers: 0, timer: false });
  });
});
