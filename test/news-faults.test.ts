/**
 * <news-list> against a network that fails, served by the test runner on 127.0.0.1 (`/api/fault` and
 * `/api/status` in web-test-runner.config.mjs). Each fault ends in a documented state (README "<news-list>"),
 * and once items were shown they are kept.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/news-list/define.js';
import type { NewsList } from '../src/news-list/news-list.js';
import type { ArticleCard } from '../src/article-card/article-card.js';
import type { EnvoyErrorEvent } from '../src/internal/problems.js';
import { fold, freezeTime, parts } from './helpers/index.js';

const titles = (el: NewsList) => [...el.shadowRoot!.querySelectorAll<ArticleCard>('article-card')].map((card) => card.heading);
const RSS_TITLES = ['Ambassador meets students', 'Exhibition of Examplestan textiles', 'Statement on the anniversary'];

/** A list loading `src`, settled at its first envoy-load or envoy-error. */
async function listFrom(src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('news-list') as NewsList;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const codes: string[] = [];
  el.addEventListener('envoy-error', (event) => codes.push((event as EnvoyErrorEvent).detail.code));
  const settled = Promise.race([oneEvent(el, 'envoy-load'), oneEvent(el, 'envoy-error')]);
  el.setAttribute('src', src);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await settled;
  await el.updateComplete;
  return { el, codes };
}

/** The real setTimeout, kept before any test fakes it: answers arrive in real time while the clock is frozen. */
const realSetTimeout = window.setTimeout.bind(window);
const realSleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

const errorText = (el: NewsList) => fold(parts(el, 'error')[0]?.textContent ?? '');

describe('<news-list> on a failing network', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('a response that never ends: gives up after `timeout` seconds and shows its error', async () => {
    const started = performance.now();
    const { el, codes } = await listFrom('/api/fault?kind=never', { timeout: '1' });
    expect(codes).to.deep.equal(['timeout']);
    expect(performance.now() - started).to.be.within(900, 4000);
    expect(errorText(el)).to.equal('The news could not be loaded. Retry');
  });

  it('the default timeout is 15 s (fake clock)', async () => {
    const clock = freezeTime('2020-07-06T12:00:00Z');
    const el = document.createElement('news-list') as NewsList;
    el.src = '/api/fault?kind=never';
    const failed = oneEvent(el, 'envoy-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await clock.tickAsync(14_900);
    expect(parts(el, 'error')).to.have.length(0);
    await clock.tickAsync(200);
    expect((await failed).detail.code).to.equal('timeout');
  });

  it('a connection cut mid-body: network-error', async () => {
    const { el, codes } = await listFrom('/api/fault?kind=cut');
    expect(codes).to.deep.equal(['network-error']);
    expect(errorText(el)).to.equal('The news could not be loaded. Retry');
  });

  it('a wrong content type: the content decides (RSS served as image/png reads as RSS)', async () => {
    const { el, codes } = await listFrom('/api/fault?kind=mislabelled');
    expect(titles(el)).to.deep.equal(RSS_TITLES);
    expect(codes).to.deep.equal(['invalid-date']); // the fixture's one unreadable date, on purpose
  });

  it('a body that is not a feed at all, whatever its type says: unknown-feed-format', async () => {
    const { codes } = await listFrom('/api/fault?kind=not-a-feed');
    expect(codes).to.deep.equal(['unknown-feed-format']);
  });

  it('a redirect to another origin that does not allow us (no CORS): network-error', async () => {
    const { codes } = await listFrom('/api/fault?kind=redirect');
    expect(codes).to.deep.equal(['network-error']);
  });

  it('a redirect to another origin that allows us: read there, links resolved against where it ended', async () => {
    const { el } = await listFrom('/api/fault?kind=redirect&cors=1');
    expect(titles(el)).to.deep.equal(RSS_TITLES);
    const image = el.shadowRoot!.querySelector<ArticleCard>('article-card')!.image!;
    expect(new URL(image).origin).to.not.equal(location.origin);
    expect(new URL(image).port).to.equal(location.port);
  });

  for (const [code, expected] of [
    ['301', 'follows it'],
    ['429', 'http-error'],
    ['500', 'http-error'],
    ['503', 'http-error'],
  ] as const) {
    it(`HTTP ${code}: ${expected}`, async () => {
      const src = code === '301' ? '/api/slow?ms=0&file=news.rss.xml' : `/api/status?code=${code}&retry-after=120`;
      const { el, codes } = await listFrom(src);
      if (code === '301') {
        expect(titles(el)).to.deep.equal(RSS_TITLES);
      } else {
        expect(codes).to.deep.equal(['http-error']);
        expect(errorText(el)).to.equal('The news could not be loaded. Retry');
      }
    });
  }

  it('HTTP 204 No Content: an empty list, not an error', async () => {
    const { el, codes } = await listFrom('/api/status?code=204');
    expect(codes).to.deep.equal([]);
    expect(fold(parts(el, 'empty')[0].textContent!)).to.equal('No news yet.');
  });

  it('HTTP 304 with nothing shown yet: an error; after a good load: the items stay, with no error', async () => {
    const first = await listFrom('/api/status?code=304');
    expect(first.codes).to.deep.equal(['http-error']);
    const key = `not-modified-${Math.random()}`;
    await fetch(`/api/scripted?key=${key}&queue=news.atom.xml,304`);
    const clock = freezeTime('2020-07-06T12:00:00Z');
    const { el, codes } = await listFrom(`/api/scripted?key=${key}`, { refresh: '60' });
    expect(titles(el)).to.have.length(2);
    const fetches = sinon.spy(window, 'fetch');
    await clock.tickAsync(60_000);
    await fetches.firstCall.returnValue;
    await realSleep(100);
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(codes).to.deep.equal([]);
    expect(parts(el, 'notice')).to.have.length(0);
    el.remove();
  });

  it('a body over the 5 MB cap, streamed: read no further, feed-too-large', async () => {
    const { el, codes } = await listFrom('/api/fault?kind=big');
    expect(codes).to.deep.equal(['feed-too-large']);
    expect(errorText(el)).to.equal('The news could not be loaded. Retry');
  });

  it('a Content-Length over the cap: refused before reading, feed-too-large', async () => {
    const { codes } = await listFrom('/api/fault?kind=declared');
    expect(codes).to.deep.equal(['feed-too-large']);
  });

  it('a poll that fails after a good load keeps the items; Retry-After holds the next poll back', async () => {
    const key = `retry-after-${Math.random()}`;
    await fetch(`/api/scripted?key=${key}&queue=news.atom.xml,503,news.feed.json`);
    const clock = freezeTime('2020-07-06T12:00:00Z');
    const fetches = sinon.spy(window, 'fetch');
    const { el } = await listFrom(`/api/scripted?key=${key}&retry-after=300`, { refresh: '60' });
    expect(titles(el)).to.have.length(2);
    const failed = oneEvent(el, 'envoy-error');
    await clock.tickAsync(60_000);
    expect((await failed).detail.code).to.equal('refresh-failed');
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(fold(parts(el, 'notice')[0].textContent!)).to.equal('The news could not be refreshed; showing the earlier news.');
    expect(fetches.callCount).to.equal(2);
    // The 503 said Retry-After: 300. A poll a minute later would hammer the server: none until then.
    await clock.tickAsync(200_000);
    expect(fetches.callCount).to.equal(2);
    const loaded = oneEvent(el, 'envoy-load');
    await clock.tickAsync(100_000);
    await loaded;
    expect(fetches.callCount).to.equal(3);
    el.remove();
  });

  it('a timeout that is not a positive number warns and keeps the default', async () => {
    const { codes } = await listFrom('/test/fixtures/news.atom.xml', { timeout: 'soon' });
    expect(codes).to.deep.equal(['invalid-timeout']);
  });
});
