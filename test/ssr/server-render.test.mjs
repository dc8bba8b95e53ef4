// Server rendering: every element renders to HTML in Node through @lit-labs/ssr, with no DOM, and leaves no timer
// or listener behind. Runs on the built npm output (dist/), as an app's server would import it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/index.js';

/** Server-rendered HTML without Lit's hydration comments. */
async function renderToString(template) {
  return (await collectResult(render(template))).replace(/<!--[\s\S]*?-->/g, '');
}

const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

test('<world-clock> renders its frozen time on the server', async () => {
  const out = await renderToString(
    html`<world-clock show-date zones="Moscow=Europe/Moscow, London=Europe/London" now="2020-07-05T23:36:00Z"></world-clock>`,
  );
  assert.match(out, /<template shadowroot(mode)?="open"/);
  // The server has no page language, so dates are in `en` until the element hydrates.
  assert.match(out, /<time part="date" datetime="2020-07-06"\s*>July 6, 2020<\/time/);
  assert.match(out, /datetime="2020-07-06T02:36\+03:00"\s*>2:36 AM<\/time>/);
  assert.match(out, /datetime="2020-07-06T00:36\+01:00"\s*>12:36 AM<\/time>/);
});

test('<world-clock> with bad input renders its notice on the server without throwing', async () => {
  const out = await renderToString(html`<world-clock zones="Mars/Base" now="soon"></world-clock>`);
  assert.match(out, /unknown time zone “Mars\/Base”/);
  assert.match(out, /Cannot read the time “soon”/);
});

test('<days-since> renders its count on the server', async () => {
  const out = await renderToString(
    html`<days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening</days-since>`,
  );
  assert.match(out, /<time part="count" datetime="P855D"\s*>855<\/time> days have passed since <slot><\/slot>/);
  assert.match(out, /the opening<\/days-since>/);
});

test('<days-since> with bad input renders its notice on the server without throwing', async () => {
  const out = await renderToString(html`<days-since since="2018-02-30">x</days-since>`);
  assert.match(out, /<span part="notice">Cannot read the date “2018-02-30”.<\/span>/);
});

test('<article-card> renders its heading link and date on the server', async () => {
  const out = await renderToString(
    html`<article-card heading="National Day" href="/news/1" date="2020-07-06" heading-level="2">Text</article-card>`,
  );
  assert.match(out, /<h2 part="heading"\s*><a part="link" href="\/news\/1">National Day<\/a><\/h2>/);
  assert.match(out, /<time part="date" datetime="2020-07-06"\s*>July 6, 2020<\/time/);
});

test('<news-list> renders items, and passes server-rendered markup through a slot', async () => {
  const items = [{ title: 'Second', date: '2020-07-02' }, { title: 'First', date: '2020-07-01' }];
  const out = await renderToString(html`<news-list heading="Latest events" .items=${items}></news-list>`);
  assert.match(out, /<h2 part="heading"\s*>Latest events<\/h2>/);
  assert.match(out, /heading="Second"[\s\S]*heading="First"/);
  const entities = await renderToString(html`<news-list .items=${[{ title: 'Q&amp;A <b>with</b> the Ambassador', summary: '<script>x()</script>Text &#8212; more' }]}></news-list>`);
  assert.match(entities, /heading="Q&amp;A with the Ambassador"/);
  assert.match(entities, />Text — more<\/article-card\s*>/);
  const markup = await renderToString(html`<news-list><article><a href="/n/1">One</a></article></news-list>`);
  assert.match(markup, /<slot><\/slot>[\s\S]*<article><a href="\/n\/1">One<\/a><\/article>/);
});

test('<consular-contact> renders links, hours and status on the server', async () => {
  const out = await renderToString(
    html`<consular-contact phone="+44 (0) 203 668 7474" email="consul@example.org" hours="Mo-Fr 09:00-17:00"
      time-zone="Europe/London" now="2020-07-06T10:00:00Z"></consular-contact>`,
  );
  assert.match(out, /href="tel:\+442036687474"/);
  assert.match(out, /href="mailto:consul@example.org"/);
  assert.match(out, /<p part="status" class="open">Open now<\/p>/);
});

test('server rendering starts no timer', () => {
  const timersAfter = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
  assert.equal(timersAfter, timersBefore);
});
