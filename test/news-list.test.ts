import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/news-list/define.js';
import type { NewsList, NewsItem } from '../src/news-list/news-list.js';
import type { ArticleCard } from '../src/article-card/article-card.js';
import { setLocale } from '../src/localization.js';
import { fold, freezeTime, partText, parts } from './helpers/index.js';

const FIXTURES = '/test/fixtures';
const cards = (el: NewsList) => [...el.shadowRoot!.querySelectorAll<ArticleCard>('article-card')];
const titles = (el: NewsList) => cards(el).map((card) => card.heading);
const links = (el: NewsList) => cards(el).map((card) => card.shadowRoot!.querySelector('a')?.getAttribute('href') ?? null);

/** A list with `src`, resolved once it has shown items or failed. */
async function listFrom(src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('news-list') as NewsList;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const settled = Promise.race([oneEvent(el, 'envoy-load'), oneEvent(el, 'envoy-error')]);
  el.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled;
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

describe('<news-list>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  describe('feeds, told apart by content', () => {
    it('JSON Feed 1.1: newest first, links resolved against the feed, HTML made text', async () => {
      const el = await listFrom(`${FIXTURES}/news.feed.json`, { heading: 'Latest events', 'more-href': '/news' });
      expect(partText(el, 'heading')).to.equal('Latest events');
      expect(parts(el, 'heading')[0].localName).to.equal('h2');
      expect(titles(el)).to.deep.equal([
        'National Day reception',
        'The visa centre has moved',
        'New consular opening hours',
        'A short note without a title, as micro-blog feeds write them.',
      ]);
      expect(links(el)).to.deep.equal([
        'https://embassy.example.org/news/national-day',
        `${location.origin}${FIXTURES}/news/visa-centre`,
        `${location.origin}/news/consular-hours`,
        null,
      ]);
      expect(fold(cards(el)[0].textContent!)).to.equal('The Ambassador welcomed guests to the National Day reception.');
      expect(cards(el)[0].getAttribute('heading-level')).to.equal('3');
      expect(cards(el)[0].shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-07-06T15:30:00.000Z');
      expect(partText(el, 'more')).to.equal('All messages');
      expect(parts(el, 'more')[0].getAttribute('href')).to.equal('/news');
      // The item with neither title nor text was left out, with one warning that says so.
      expect(warn.args.map((args) => args[0])).to.deep.equal(['<news-list> items-left-out: 1 (no title or text)']);
      expect(warn.firstCall.args[0]).to.equal('<news-list> items-left-out: 1 (no title or text)');
      await expect(el).to.be.accessible();
    });

    it('RSS 2.0, served as text/xml: dates from pubDate, images from enclosure and media:content', async () => {
      const el = await listFrom(`${FIXTURES}/news.rss.xml`);
      expect(titles(el)).to.deep.equal(['Ambassador meets students', 'Exhibition of Examplestan textiles', 'Statement on the anniversary']);
      expect(cards(el).map((card) => card.image)).to.deep.equal([
        `${location.origin}${FIXTURES}/photo.png?students`,
        `${location.origin}${FIXTURES}/photo.png?textiles`,
        undefined,
      ]);
      expect(fold(cards(el)[1].textContent!)).to.equal('An exhibition opens at the cultural centre.');
      expect(warn.firstCall.args[0]).to.equal('<news-list> invalid-date: 1 item(s), shown without it');
    });

    it('Atom 1.0: alternate links, published or updated, html summaries as text', async () => {
      const el = await listFrom(`${FIXTURES}/news.atom.xml`);
      expect(titles(el)).to.deep.equal(['Interview with a newspaper', 'Speech at the conference on trade']);
      expect(links(el)).to.deep.equal([`${location.origin}/speeches/interview`, 'https://embassy.example.org/speeches/trade']);
      expect(cards(el)[0].image).to.equal(`${location.origin}${FIXTURES}/photo.png`);
      expect(fold(cards(el)[1].textContent!)).to.equal('The Ambassador spoke on trade.');
    });

    it('a URL that says nothing of the format (content decides)', async () => {
      const el = await listFrom(`/api/slow?ms=0&file=news.feed.json`);
      expect(titles(el)).to.have.length(4);
    });
  });

  describe('limit and order', () => {
    it('shows the newest `limit` items, default 10', async () => {
      const el = await listFrom('/api/generated?count=25');
      expect(titles(el)).to.have.length(10);
      expect(titles(el)[0]).to.equal('Item 0'.replace('0', String(findNewest(25))));
      el.limit = 3;
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
    });

    it('copes with a 10,000-item feed', async () => {
      const el = await listFrom('/api/generated?count=10000', { limit: '5' });
      expect(titles(el)).to.have.length(5);
      expect(titles(el)[0]).to.equal(`Item ${findNewest(10000)}`);
    });

    it('keeps undated items after dated ones, in their order', async () => {
      const el = await fixture<NewsList>(html`<news-list
        .items=${[
          { title: 'Undated A' },
          { title: 'Old', date: '2019-01-01' },
          { title: 'Undated B' },
          { title: 'New', date: '2020-07-06' },
        ] satisfies NewsItem[]}
      ></news-list>`);
      expect(titles(el)).to.deep.equal(['New', 'Old', 'Undated A', 'Undated B']);
    });
  });

  describe('states', () => {
    it('loading: aria-busy placeholders, then the items', async () => {
      const el = document.createElement('news-list') as NewsList;
      el.src = '/api/slow?ms=400&file=news.feed.json';
      el.limit = 2;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      wrapper.append(el);
      await el.updateComplete;
      const list = parts(el, 'list')[0];
      expect(list.getAttribute('aria-busy')).to.equal('true');
      expect(parts(el, 'placeholder')).to.have.length(2);
      expect(fold(list.textContent!)).to.equal('Loading news…');
      await expect(el).to.be.accessible();
      const loaded = await oneEvent(el, 'envoy-load');
      expect(loaded.detail).to.deep.equal({ count: 2, source: 'src' });
      await el.updateComplete;
      expect(parts(el, 'list')[0].getAttribute('aria-busy')).to.equal('false');
    });

    it('empty: a localized message', async () => {
      const el = await fixture<NewsList>(html`<news-list .items=${[]}></news-list>`);
      expect(partText(el, 'empty')).to.equal('No news yet.');
    });

    for (const [title, src, code] of [
      ['HTTP 404', `${FIXTURES}/missing.json`, 'http-error'],
      ['HTTP 500', '/api/status?code=500', 'http-error'],
      ['malformed JSON', `${FIXTURES}/malformed.feed.json`, 'malformed-feed'],
      ['malformed XML', `${FIXTURES}/malformed.rss.xml`, 'malformed-feed'],
      ['HTML, not a feed', `${FIXTURES}/not-a-feed.html`, 'unknown-feed-format'],
      ['a network failure', 'http://127.0.0.1:9/feed.json', 'network-error'],
    ] as const) {
      it(`error with Retry on ${title}`, async () => {
        const onError = sinon.spy();
        document.addEventListener('envoy-error', onError);
        try {
          const el = await listFrom(src);
          expect(fold(parts(el, 'error')[0].textContent!)).to.equal('The news could not be loaded. Retry');
          expect(onError.callCount).to.equal(1);
          expect(onError.firstCall.args[0].detail.code).to.equal(code);
          expect(warn.callCount).to.equal(1);
          await expect(el).to.be.accessible();
        } finally {
          document.removeEventListener('envoy-error', onError);
        }
      });
    }

    it('Retry loads again and shows the items', async () => {
      const key = `retry-${Math.random()}`;
      await fetch(`/api/scripted?key=${key}&queue=500,news.feed.json`);
      const el = await listFrom(`/api/scripted?key=${key}`);
      expect(parts(el, 'retry')).to.have.length(1);
      const loaded = oneEvent(el, 'envoy-load');
      parts(el, 'retry')[0].click();
      await loaded;
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(parts(el, 'error')).to.have.length(0);
    });
  });

  describe('requests in flight', () => {
    it('changing src aborts the request in flight, and its late answer is never shown', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = document.createElement('news-list') as NewsList;
      el.src = '/api/slow?ms=600&file=news.rss.xml';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      const loaded = oneEvent(el, 'envoy-load');
      el.src = `${FIXTURES}/news.atom.xml`;
      await loaded;
      expect((fetchSpy.firstCall.args[1] as RequestInit).signal!.aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 800));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Interview with a newspaper', 'Speech at the conference on trade']);
    });

    it('a late answer never overwrites a newer one, even when it cannot be aborted', async () => {
      const el = document.createElement('news-list') as NewsList;
      const slowRss = '/api/slow?ms=500&file=news.rss.xml';
      el.src = slowRss;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      // A server that ignores the abort: the old answer still arrives, after the new one.
      sinon.stub(AbortController.prototype, 'abort');
      const loaded = oneEvent(el, 'envoy-load');
      el.src = `${FIXTURES}/news.atom.xml`;
      await loaded;
      await new Promise((resolve) => setTimeout(resolve, 700));
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Interview with a newspaper');
    });

    it("a new src that fails does not pass off the old feed's items as its own", async () => {
      const el = await listFrom(`${FIXTURES}/news.atom.xml`);
      expect(titles(el)).to.have.length(2);
      const failed = oneEvent(el, 'envoy-error');
      el.src = `${FIXTURES}/missing.json`;
      await failed;
      await el.updateComplete;
      expect(titles(el)).to.have.length(0);
      expect(fold(parts(el, 'error')[0].textContent!)).to.equal('The news could not be loaded. Retry');
    });

    it('aborts on disconnect', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = document.createElement('news-list') as NewsList;
      el.src = '/api/slow?ms=300&file=news.feed.json';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      expect((fetchSpy.firstCall.args[1] as RequestInit).signal!.aborted).to.equal(true);
    });
  });

  describe('refresh', () => {
    it('re-polls through the shared ticker and keeps the items when a poll fails', async () => {
      const key = `refresh-${Math.random()}`;
      await fetch(`/api/scripted?key=${key}&queue=news.atom.xml,500,news.feed.json`);
      const clock = freezeTime('2020-07-06T12:00:00Z');
      const fetches = sinon.spy(window, 'fetch');
      const el = await listFrom(`/api/scripted?key=${key}`, { refresh: '60' });
      expect(titles(el)).to.have.length(2);
      expect(clock.countTimers()).to.equal(1);
      const failed = oneEvent(el, 'envoy-error');
      await clock.tickAsync(60_000);
      expect((await failed).detail.code).to.equal('refresh-failed');
      // One poll, not a storm of polls each aborting the last while the answer is on its way.
      expect(fetches.callCount).to.equal(2);
      expect((fetches.secondCall.args[1] as RequestInit).cache).to.equal('no-cache');
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      expect(partText(el, 'notice')).to.equal('The news could not be refreshed; showing the earlier news.');
      const loaded = oneEvent(el, 'envoy-load');
      await clock.tickAsync(60_000);
      await loaded;
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(parts(el, 'notice')).to.have.length(0);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('security', () => {
    it('script and javascript: payloads in every field stay text or are refused', async () => {
      (window as unknown as { pwned?: string }).pwned = undefined;
      const el = await listFrom(`${FIXTURES}/hostile.feed.json`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as { pwned?: string }).pwned).to.equal(undefined);
      const html$ = el.shadowRoot!.innerHTML + cards(el).map((card) => card.shadowRoot!.innerHTML + card.innerHTML).join('');
      expect(html$).not.to.match(/<(script|img src="?x|svg|iframe)/i);
      // JSON Feed titles and summaries are plain text: shown as written, as text, never parsed as HTML.
      expect(titles(el)).to.deep.equal([
        `<img src=x onerror="window.pwned='title'">Breaking <script>window.pwned='title script'</script>news`,
        'Data link',
        'Tab-split scheme',
        'A safe mailto',
      ]);
      expect(links(el)).to.deep.equal([null, null, null, 'mailto:press@embassy.example.org']);
      expect(cards(el).map((card) => card.image)).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(fold(cards(el)[0].textContent!)).to.equal(
        `<svg onload="window.pwned='summary'"></svg><iframe src="javascript:window.pwned='iframe'"></iframe>Summary text`,
      );
      expect(warn.args.map((args) => args[0])).to.include('<news-list> unsafe-url: 3 item(s), shown without it');
    });

    it('items given as data are text too', async () => {
      const el = await fixture<NewsList>(html`<news-list
        .items=${[{ title: '<b onclick="x()">Bold</b> claim', href: 'javascript:void 0', summary: '<script>1</script>Plain' }]}
      ></news-list>`);
      expect(titles(el)).to.deep.equal(['Bold claim']);
      expect(links(el)).to.deep.equal([null]);
      expect(fold(cards(el)[0].textContent!)).to.equal('Plain');
    });
  });

  describe('server-rendered markup', () => {
    const markup = `
      <h2>Latest events</h2>
      <article><a href="/news/2"><h3>Second</h3></a><time datetime="2020-07-02">2 July 2020</time><p>Two.</p></article>
      <article><h3><a href="/news/3">Third</a></h3><time datetime="2020-07-03">3 July 2020</time><p>Three.</p></article>
      <article><a href="/news/1">First</a><time>Wednesday</time><time datetime="2020-07-01">1 July 2020</time></article>`;

    it('shows as plain HTML before the element is defined, then as cards after upgrade', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<news-list-later heading="Latest events">${markup}</news-list-later>`;
      const before = wrapper.firstElementChild as HTMLElement;
      expect(before.querySelectorAll('article')).to.have.length(3);
      expect(before.getBoundingClientRect().height).to.be.greaterThan(0);
      // Upgrade: the same markup under the real tag name.
      wrapper.innerHTML = `<news-list lang="en-GB">${markup.replace('<h2>Latest events</h2>', '')}</news-list>`;
      const el = wrapper.firstElementChild as NewsList;
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(titles(el)).to.deep.equal(['Third', 'Second', 'First']);
      expect(links(el)).to.deep.equal(['/news/3', '/news/2', '/news/1']);
      expect(partText(cards(el)[0], 'date')).to.equal('3 July 2020');
      await expect(el).to.be.accessible();
    });

    it('follows changes to its markup', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<news-list>${markup}</news-list>`;
      const el = wrapper.firstElementChild as NewsList;
      await el.updateComplete;
      el.insertAdjacentHTML('beforeend', '<article><a href="/news/4">Fourth</a><time datetime="2020-07-04"></time></article>');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Fourth');
    });

    it('stops watching its markup when disconnected', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<news-list>${markup}</news-list>`;
      const el = wrapper.firstElementChild as NewsList;
      await el.updateComplete;
      el.remove();
      const update = sinon.spy(el, 'requestUpdate');
      el.insertAdjacentHTML('beforeend', '<article><a href="/news/5">Fifth</a></article>');
      await new Promise((resolve) => setTimeout(resolve));
      expect(update.called).to.equal(false);
    });

    it('keeps showing the markup while src loads, and when src fails', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<news-list src="/api/status?code=500">${markup}</news-list>`;
      const el = wrapper.firstElementChild as NewsList;
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      await oneEvent(el, 'envoy-error');
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(fold(parts(el, 'notice')[0].textContent!)).to.equal('The latest news could not be loaded. Retry');
    });
  });

  describe('bad input', () => {
    it('items that are not an array, bad limit, heading level and more-href each warn once', async () => {
      const onError = sinon.spy();
      const el = await fixture<NewsList>(html`<news-list
        .items=${'nope' as unknown as NewsItem[]}
        limit="zero"
        heading="News"
        heading-level="12"
        more-href="javascript:alert(1)"
        @envoy-error=${onError}
      ></news-list>`);
      expect(onError.args.map((args) => args[0].detail.code)).to.deep.equal([
        'invalid-items',
        'invalid-limit',
        'invalid-heading-level',
        'unsafe-url',
      ]);
      expect(parts(el, 'more')).to.have.length(0);
      expect(partText(el, 'empty')).to.equal('No news yet.');
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.callCount).to.equal(4);
    });
  });

  describe('languages', () => {
    it('labels and dates in Russian', async () => {
      await setLocale('ru');
      try {
        const el = await fixture<NewsList>(html`<news-list
          lang="ru"
          heading="Последние события"
          more-href="/news"
          .items=${[{ title: 'Приём', date: '2020-07-06', href: '/news/1' }]}
        ></news-list>`);
        await Promise.all(cards(el).map((card) => card.updateComplete));
        expect(partText(el, 'more')).to.equal('Все сообщения');
        expect(partText(cards(el)[0], 'date')).to.equal('6 июля 2020 г.');
        const empty = await fixture<NewsList>(html`<news-list .items=${[]}></news-list>`);
        expect(partText(empty, 'empty')).to.equal('Новостей пока нет.');
        await expect(el).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  });
});

/** The newest item of /api/generated?count=n: item i is ((i * 7919) % n) hours after the start. */
function findNewest(count: number): number {
  let best = 0;
  for (let i = 0; i < count; i++) if ((i * 7919) % count > (best * 7919) % count) best = i;
  return best;
}
