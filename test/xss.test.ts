/**
 * Hostile content through every door: news-list feeds (JSON Feed, RSS 2.0, RSS 1.0, Atom), its `items` property
 * and its server-rendered markup, article-card's attributes and consular-contact's attributes. For each of the
 * payloads below: nothing executes, nothing loads, and no unsafe URL becomes a link or an image.
 *
 * Execution is watched by `window.__xss(n)`, which every payload calls; loading by the browser's resource timing,
 * which sees every request a payload could make (`/xss-probe/<n>`). The canary at the top inserts the same
 * payloads as HTML on purpose and sees them run and load, so a silent test here means the protections worked,
 * not that the watchers were blind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { NewsList, NewsItem } from '../src/news-list/news-list.js';

declare global {
  interface Window {
    __xss(n: number): void;
  }
}

const fired = new Set<number>();
window.__xss = (n) => fired.add(n);

/** `n` runs the payload's code; `P(n)` is a URL that, requested, shows the payload loaded something. */
const RUN = (n: number) => `window.__xss(${n})`;
const P = (n: number) => `/xss-probe/${n}.png`;

/** Markup payloads: where text is expected (titles, summaries, headings, addresses). */
const MARKUP: ((n: number) => string)[] = [
  (n) => `<script>${RUN(n)}</script>`,
  (n) => `<img src=x onerror="${RUN(n)}">`,
  (n) => `<img src="${P(n)}">`,
  (n) => `<svg onload="${RUN(n)}"></svg>`,
  (n) => `<svg><script>${RUN(n)}</script></svg>`,
  (n) => `<svg><animate onbegin="${RUN(n)}" attributeName="x" dur="1s"/></svg>`,
  (n) => `<svg><a href="javascript:${RUN(n)}"><text x="0" y="10">svg link</text></a></svg>`,
  (n) => `<svg><image href="${P(n)}"/></svg>`,
  (n) => `<math><mtext><img src=x onerror="${RUN(n)}"></mtext></math>`,
  (n) => `<math href="javascript:${RUN(n)}">math link</math>`,
  (n) => `<iframe srcdoc="<script>parent.${RUN(n)}</script>"></iframe>`,
  (n) => `<iframe src="javascript:parent.${RUN(n)}"></iframe>`,
  (n) => `<details open ontoggle="${RUN(n)}">x</details>`,
  (n) => `<video><source onerror="${RUN(n)}"></video>`,
  (n) => `<audio src=x onerror="${RUN(n)}"></audio>`,
  (n) => `<input autofocus onfocus="${RUN(n)}">`,
  (n) => `<body onload="${RUN(n)}">`,
  (n) => `<object data="${P(n)}"></object>`,
  (n) => `<embed src="${P(n)}">`,
  (n) => `<img srcset="${P(n)} 1x">`,
  (n) => `<picture><source srcset="${P(n)}"><img></picture>`,
  (n) => `<div style="background:url(${P(n)})">styled</div>`,
  (n) => `<style>@import url(${P(n)});</style>`,
  (n) => `<link rel="stylesheet" href="${P(n)}">`,
  (n) => `<base href="javascript:${RUN(n)}//"><a href="x">based</a>`,
  (n) => `<form action="javascript:${RUN(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${RUN(n)}">go</button>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${RUN(n)}">`,
  (n) => `<a href="javascript:${RUN(n)}">link</a>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${RUN(n)}>"></noscript>`,
  (n) => `<!--<img src="--><img src=x onerror=${RUN(n)}//">`,
  (n) => `<template><img src=x onerror="${RUN(n)}"></template><img src=x onerror="${RUN(n)}">`,
  (n) => `<marquee onstart="${RUN(n)}">m</marquee>`,
  (n) => `<x onclick="${RUN(n)}" style="display:block;width:9999px;height:9999px">click</x>`,
];

/** URL payloads: where an address is expected (href, image, link, enclosure, more-href, e-mail). */
const URLS: ((n: number) => string)[] = [
  (n) => `javascript:${RUN(n)}`,
  (n) => `JaVaScRiPt:${RUN(n)}`,
  (n) => ` \t\njavascript:${RUN(n)}`,
  (n) => `java\tscript:${RUN(n)}`,
  (n) => `java\nscript:${RUN(n)}`,
  (n) => `\u0001javascript:${RUN(n)}`,
  (n) => `javascript&colon;${RUN(n)}`,
  (n) => `&#106;avascript:${RUN(n)}`,
  (n) => `javascript://%0a${RUN(n)}`,
  (n) => `ｊａｖａｓｃｒｉｐｔ:${RUN(n)}`,
  (n) => `data:text/html,<script>${RUN(n)}</script>`,
  (n) => `data:image/svg+xml,<svg onload="${RUN(n)}"/>`,
  (n) => `DATA:text/html;base64,${btoa(`<script>${RUN(n)}</script>`)}`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `VBScript:msgbox(${n})`,
  (n) => `file:///etc/passwd#${n}`,
  (n) => `blob:${location.origin}/${n}`,
  (n) => `filesystem:${location.origin}/temporary/${n}`,
];

interface Payload {
  n: number;
  kind: 'markup' | 'url';
  value: string;
}

const PAYLOADS: Payload[] = [
  ...MARKUP.map((make, index) => ({ n: 100 + index, kind: 'markup' as const, value: make(100 + index) })),
  ...URLS.map((make, index) => ({ n: 200 + index, kind: 'url' as const, value: make(200 + index) })),
];

const SAFE_LINK = /^(https?:|mailto:|tel:)/;
const SAFE_IMAGE = /^https?:/;

/** Every element in `root` and in every shadow root below it. */
function everything(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...everything(el.shadowRoot));
  }
  return found;
}

/** What a payload could have left behind in our shadow roots: unsafe links, images, styles, frames, scripts. */
function unsafeLeftovers(host: Element): string[] {
  const problems: string[] = [];
  for (const el of everything(host.shadowRoot!)) {
    const name = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'link', 'style', 'svg', 'math', 'input'].includes(name)) {
      // Our own button icons (an aria-hidden <svg part="icon"> of one path) are the only SVG we draw.
      const icon = name === 'svg' && el.getAttribute('part') === 'icon' && el.getAttribute('aria-hidden') === 'true';
      if (!icon) problems.push(`<${name}>`);
    }
    // Microdata <meta itemprop> is ours and harmless; a refresh is not.
    if (name === 'meta' && el.hasAttribute('http-equiv')) problems.push('<meta http-equiv>');
    for (const attribute of el.getAttributeNames()) {
      if (attribute.startsWith('on')) problems.push(`${name}[${attribute}]`);
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && !SAFE_LINK.test(el.href)) problems.push(`a[href=${el.href}]`);
    if (el instanceof HTMLImageElement && (!SAFE_IMAGE.test(el.src) || el.srcset)) problems.push(`img[src=${el.src}]`);
    if (el.getAttribute('style')?.includes('url(')) problems.push(`${name}[style]`);
  }
  return problems;
}

function probesLoaded(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/xss-probe/'));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

performance.setResourceTimingBufferSize(10_000);

/** Waits until `done()` or `ms` have passed: a busy machine runs handlers and requests later. */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!done() && performance.now() - start < ms) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('hostile content', function () {
  this.timeout(20_000);
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    fired.clear();
    performance.clearResourceTimings();
  });
  afterEach(() => sinon.restore());

  it(`has at least 50 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(50);
  });

  it('canary: the payloads do run and load when inserted as HTML on purpose, so the watchers see them', async () => {
    const sandbox = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const payload of PAYLOADS.filter((p) => p.kind === 'markup')) sandbox.insertAdjacentHTML('beforeend', payload.value);
    for (const payload of PAYLOADS.filter((p) => p.kind === 'url' && /^\s*j/i.test(p.value) && !p.value.includes('&'))) {
      const a = document.createElement('a');
      a.href = payload.value;
      sandbox.append(a);
      a.click();
    }
    const ran = [101, 105, 108, 110, 111, 112, 113, 114, 115, 129, 130, 131, 200, 201, 202, 203, 204, 208];
    const loaded = [102, 107, 117, 118, 119, 120, 121, 122, 123];
    const sawLoad = (n: number) => probesLoaded().some((url) => url.endsWith(`/${n}.png`));
    await until(() => ran.every((n) => fired.has(n)) && loaded.every(sawLoad));
    // Handlers, SVG and MathML, srcdoc frames and javascript: links ran; images, styles, objects were requested.
    for (const n of ran) expect(fired.has(n), `payload ${n} ran`).to.equal(true);
    for (const n of loaded) expect(sawLoad(n), `payload ${n} loaded`).to.equal(true);
    sandbox.remove();
  });

  const feeds: [string, string, (payloads: Payload[]) => string][] = [
    [
      'JSON Feed',
      'application/feed+json',
      (payloads) =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Hostile',
          items: payloads.map(({ n, kind, value }) =>
            kind === 'markup'
              ? { id: String(n), title: `T${n} ${value}`, content_html: `S${n} ${value}`, content_text: value, date_published: '2020-07-06T10:00:00Z' }
              : { id: String(n), title: `T${n}`, url: value, image: value, banner_image: value, attachments: [{ url: value, mime_type: 'image/png' }] },
          ),
        }),
    ],
    [
      'RSS 2.0',
      'application/rss+xml',
      (payloads) =>
        `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Hostile</title>${payloads
          .map(({ n, kind, value }) =>
            kind === 'markup'
              ? `<item><title>T${n} ${xml(value)}</title><description>S${n} ${xml(value)}</description></item>`
              : `<item><title>T${n}</title><link>${xml(value)}</link><atom:link href="${xml(value)}"/><enclosure url="${xml(value)}" type="image/png"/><media:thumbnail url="${xml(value)}"/></item>`,
          )
          .join('')}</channel></rss>`,
    ],
    [
      'RSS 1.0',
      'application/rdf+xml',
      (payloads) =>
        `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>Hostile</title></channel>${payloads
          .map(({ n, kind, value }) =>
            kind === 'markup'
              ? `<item rdf:about="${n}"><title>T${n} ${xml(value)}</title><description>S${n} ${xml(value)}</description></item>`
              : `<item rdf:about="${n}"><title>T${n}</title><link>${xml(value)}</link></item>`,
          )
          .join('')}</rdf:RDF>`,
    ],
    [
      'Atom',
      'application/atom+xml',
      (payloads) =>
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile</title>${payloads
          .map(({ n, kind, value }) =>
            kind === 'markup'
              ? `<entry><title type="html">T${n} ${xml(value)}</title><summary type="html">S${n} ${xml(value)}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">C${n}</div></content></entry>`
              : `<entry xml:base="${xml(value)}"><title>T${n}</title><link rel="alternate" href="${xml(value)}"/><link rel="enclosure" type="image/png" href="${xml(value)}"/></entry>`,
          )
          .join('')}</feed>`,
    ],
  ];

  for (const [format, type, build] of feeds) {
    it(`through a ${format} feed: nothing runs, nothing loads, no unsafe link or image`, async () => {
      const body = build(PAYLOADS);
      const el = await fixture<NewsList>(html`<news-list limit="200"></news-list>`);
      const done = new Promise((resolve) => {
        el.addEventListener('envoy-load', resolve);
        el.addEventListener('envoy-error', (event) => {
          if (['malformed-feed', 'unknown-feed-format', 'network-error', 'http-error'].includes((event as CustomEvent).detail.code)) resolve(event);
        });
      });
      const key = `${format}-${Math.random()}`;
      await fetch(`/api/store?key=${encodeURIComponent(key)}`, { method: 'POST', body });
      el.src = `/api/store?key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`;
      await done;
      await el.updateComplete;
      const cards = [...el.shadowRoot!.querySelectorAll('article-card')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      await Promise.all(cards.map((card) => card.updateComplete));
      await settle();
      expect(cards.length, 'the feed was read').to.be.at.least(PAYLOADS.filter((p) => p.kind === 'markup').length);
      expect([...fired]).to.deep.equal([]);
      expect(probesLoaded()).to.deep.equal([]);
      expect(unsafeLeftovers(el)).to.deep.equal([]);
      // The markup is shown as text, what a reader would see of it: the titles survive.
      expect(cards.some((card) => (card as unknown as { heading: string }).heading.startsWith('T100'))).to.equal(true);
    });
  }

  it('through the items property', async () => {
    const items: NewsItem[] = PAYLOADS.map(({ n, kind, value }) =>
      kind === 'markup' ? { title: `T${n} ${value}`, summary: value, imageAlt: value } : { title: `T${n}`, href: value, image: value },
    );
    const el = await fixture<NewsList>(html`<news-list limit="200" .items=${items}></news-list>`);
    const cards = [...el.shadowRoot!.querySelectorAll('article-card')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(cards.map((card) => card.updateComplete));
    await settle();
    expect(cards).to.have.length(PAYLOADS.length);
    expect([...fired]).to.deep.equal([]);
    expect(probesLoaded()).to.deep.equal([]);
    expect(unsafeLeftovers(el)).to.deep.equal([]);
  });

  it('through server-rendered markup (the payloads are the page author\'s, in the light DOM; none reaches our shadow root)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // The page would show its own markup anyway; what matters is that the cards we build from it are safe.
    const template = document.createElement('template');
    template.innerHTML = `<news-list limit="200">${PAYLOADS.map(({ n, kind, value }) =>
      kind === 'markup'
        ? `<article><h3>T${n}</h3><p>${value.replace(/<(script|img|svg|iframe|video|audio|object|embed|input|body|link|style|meta|picture|base|form|math|marquee|details|button|x|noscript|template)\b/gi, '&lt;$1')}</p></article>`
        : `<article><h3><a href="${xml(value)}">T${n}</a></h3><img src="${xml(value)}" alt=""></article>`,
    ).join('')}</news-list>`;
    // Inert until adopted: the template keeps the light-DOM payloads from running before the element reads them.
    const el = document.importNode(template.content, true).firstElementChild as NewsList;
    wrapper.append(el);
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('article-card')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(cards.map((card) => card.updateComplete));
    await settle();
    expect(cards.length).to.equal(PAYLOADS.length);
    expect(unsafeLeftovers(el)).to.deep.equal([]);
    expect([...fired].filter((n) => n >= 200)).to.deep.equal([]);
  });

  it('through article-card attributes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const { kind, value } of PAYLOADS) {
      const card = document.createElement('article-card');
      if (kind === 'markup') {
        for (const attribute of ['heading', 'kicker', 'image-alt', 'date', 'variant', 'heading-level', 'clamp']) card.setAttribute(attribute, value);
      } else {
        card.setAttribute('heading', 'A');
        card.setAttribute('href', value);
        card.setAttribute('image', value);
      }
      wrapper.append(card);
    }
    await Promise.all([...wrapper.children].map((card) => (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await settle();
    expect([...fired]).to.deep.equal([]);
    expect(probesLoaded()).to.deep.equal([]);
    for (const card of wrapper.children) expect(unsafeLeftovers(card)).to.deep.equal([]);
    expect(warn.called, 'each refusal is reported').to.equal(true);
  });

  it('through consular-contact attributes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const { kind, value } of PAYLOADS) {
      const contact = document.createElement('consular-contact');
      const attributes = kind === 'markup' ? ['heading', 'address', 'hours', 'phone', 'email', 'time-zone'] : ['phone', 'emergency-phone', 'email'];
      for (const attribute of attributes) contact.setAttribute(attribute, value);
      wrapper.append(contact);
    }
    await Promise.all([...wrapper.children].map((contact) => (contact as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await settle();
    expect([...fired]).to.deep.equal([]);
    expect(probesLoaded()).to.deep.equal([]);
    for (const contact of wrapper.children) {
      expect(unsafeLeftovers(contact)).to.deep.equal([]);
      for (const link of contact.shadowRoot!.querySelectorAll('a')) expect(link.href).to.match(/^(tel:\+\d+|mailto:)/);
    }
  });
});

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
