/**
 * news-list on real feeds. Every feed in test/fixtures/feeds (40 feeds written by others, see SOURCES.md) and our
 * own fictional ones is read twice: by `<news-list>`, and by an oracle that shares no code with it, written from the
 * standards: fast-xml-parser (or JSON.parse) for the document, its own namespace and xml:base handling, Temporal for
 * dates, and the browser's own layout (innerText of the HTML in a locked-down frame) for the visible text of HTML.
 * What the list renders (each card's heading, link, `<time datetime>`, text and image, their order, and the
 * problems reported) must equal what the oracle expects.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { XMLParser } from 'fast-xml-parser';
import { Temporal } from 'temporal-polyfill';
import '../src/news-list/define.js';
import type { NewsList } from '../src/news-list/news-list.js';
import type { EnvoyErrorEvent } from '../src/internal/problems.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RSS1 = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const XHTML = 'http://www.w3.org/1999/xhtml';

const XML_TYPE = 'application/xml';
const JSON_TYPE = 'application/feed+json';

/** The corpus: file, the Content-Type the test server sends, and the encoding the oracle decodes it with. */
const CORPUS: [file: string, contentType: string, encoding: string][] = [
  ['feed-rs-atom_content_src.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_example_2.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_example_3.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_example_6.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_example_7.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_example_reddit.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_mediarss_reddit_1.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_mediarss_youtube_1.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_scattered.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-atom_xml_base.xml', XML_TYPE, 'utf-8'],
  ['rome-YouTube-MostPopular.rss', XML_TYPE, 'utf-8'],
  ['rome-usgs-gov-earthquakes-all-hour-atom.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_1.0_biorxiv.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_1.0_debian.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_1.0_example_2.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_1.0_iso8859.xml', XML_TYPE, 'iso-8859-1'],
  ['rome-slashdot.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_bbc.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_ch9.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_cloudflare.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_encoding_1.xml', XML_TYPE, 'iso-8859-1'],
  ['feed-rs-rss_2.0_example_2.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_heated.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_ilgiornale.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_kdist.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_nbcny.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_nightvale.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_spiegel.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_spreaker.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_vimeo_media.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_2.0_wirecutter.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-rss_0.91_encoding_1.xml', XML_TYPE, 'iso-8859-1'],
  ['feedparser-koi8r.xml', 'text/xml; charset=KOI8-R', 'koi8-r'],
  ['rome-YahooTopSongs.xml', XML_TYPE, 'utf-8'],
  ['rome-geo-rss-issue-27.rss', XML_TYPE, 'utf-8'],
  ['simplepie-feed_rss-2.0_for_file_mock.xml', XML_TYPE, 'utf-8'],
  ['feed-rs-jsonfeed_elastic_1.1.json', JSON_TYPE, 'utf-8'],
  ['feed-rs-jsonfeed_example_1.json', JSON_TYPE, 'utf-8'],
  ['feed-rs-jsonfeed_spec_1.json', JSON_TYPE, 'utf-8'],
  ['feedparser-example.json', JSON_TYPE, 'utf-8'],
];

/** Our own fictional feeds, each written to exercise one set of rules (test/fixtures/). */
const OWN: [file: string, contentType: string, encoding: string][] = [
  ['examplestan.rss.xml', 'application/rss+xml', 'utf-8'],
  ['examplestan.atom.xml', 'application/atom+xml', 'utf-8'],
  ['examplestan.rdf.xml', 'application/rdf+xml', 'utf-8'],
  ['examplestan.feed.json', JSON_TYPE, 'utf-8'],
  ['examplestan.windows-1251.rss.xml', XML_TYPE, 'windows-1251'],
  ['examplestan.koi8-r.rss.xml', 'text/xml; charset=koi8-r', 'koi8-r'],
  ['examplestan.utf-16.rss.xml', 'text/xml; charset=iso-8859-1', 'utf-16le'],
];

const feedUrl = (file: string, contentType: string | null) =>
  `/api/feed?file=${encodeURIComponent(file)}${contentType == null ? '' : `&type=${encodeURIComponent(contentType)}`}`;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------------------------
// What <news-list> shows

interface Card {
  title: string;
  href: string | null;
  datetime: string | null;
  text: string;
  image: string | null;
}

interface Shown {
  cards: Card[];
  problems: Record<string, string | undefined>;
}

const FATAL = ['http-error', 'network-error', 'malformed-feed', 'unknown-feed-format'];

async function show(src: string): Promise<Shown> {
  const el = document.createElement('news-list') as NewsList;
  el.limit = 100_000;
  const problems: Record<string, string | undefined> = {};
  const settled = new Promise<void>((resolve, reject) => {
    el.addEventListener('envoy-load', () => resolve());
    el.addEventListener('envoy-error', (event: EnvoyErrorEvent) => {
      problems[event.detail.code] = event.detail.input;
      if (FATAL.includes(event.detail.code)) reject(new Error(`${event.detail.code}: ${event.detail.message}`));
    });
  });
  el.src = src;
  document.body.append(el);
  try {
    await settled;
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('article-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    return {
      problems,
      cards: cards.map((card) => {
        const root = card.shadowRoot!;
        return {
          title: fold(root.querySelector('[part~="heading"]')!.textContent!),
          href: root.querySelector('a[part~="link"]')?.getAttribute('href') ?? null,
          datetime: root.querySelector('time[part~="date"]')?.getAttribute('datetime') ?? null,
          text: fold(card.textContent!),
          image: root.querySelector('img[part~="image"]')?.getAttribute('src') ?? null,
        };
      }),
    };
  } finally {
    el.remove();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle

/** Visible text of HTML as the browser lays it out: innerText in a frame where nothing loads, runs or is styled. */
let frame: HTMLIFrameElement;
before(async () => {
  frame = document.createElement('iframe');
  frame.style.cssText = 'position: absolute; left: -10000px; width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><body></body>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
});
after(() => frame.remove());

function visibleText(html: string): string {
  const body = frame.contentDocument!.body;
  body.innerHTML = html;
  const text = fold(body.innerText);
  body.textContent = '';
  return text;
}

interface XElement {
  ns: string | null;
  local: string;
  attrs: Record<string, string>;
  children: (XElement | string)[];
  parent: XElement | null;
}

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes numeric character references; well-formed XML has no undeclared named ones.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Ordered = Record<string, unknown>[];

/** The document element, with namespaces resolved from the xmlns declarations in scope. */
function parseXml(text: string): XElement {
  const build = (entries: Ordered, scope: Record<string, string>, parent: XElement | null): (XElement | string)[] =>
    entries.flatMap<XElement | string>((entry) => {
      const name = Object.keys(entry).find((key) => key !== ':@')!;
      if (name === '#text') return [String(entry[name])];
      if (name.startsWith('#') || name.startsWith('?') || name.startsWith('!')) return [];
      const attrs = (entry[':@'] ?? {}) as Record<string, string>;
      const inner = { ...scope };
      for (const [key, value] of Object.entries(attrs)) {
        if (key === 'xmlns') inner[''] = value;
        else if (key.startsWith('xmlns:')) inner[key.slice(6)] = value;
      }
      const [prefix, local] = name.includes(':') ? name.split(':') : ['', name];
      const element: XElement = { ns: inner[prefix] || null, local, attrs, children: [], parent };
      element.children = build(entry[name] as Ordered, inner, element);
      return [element];
    });
  return build(xmlParser.parse(text) as Ordered, { xml: 'http://www.w3.org/XML/1998/namespace' }, null).find(
    (node): node is XElement => typeof node !== 'string',
  )!;
}

const elements = (el: XElement) => el.children.filter((node): node is XElement => typeof node !== 'string');
const kids = (el: XElement | undefined, local: string, ns: string | null) =>
  el ? elements(el).filter((child) => child.local === local && child.ns === ns) : [];
const kid = (el: XElement | undefined, local: string, ns: string | null) => kids(el, local, ns)[0];
const textOf = (node: XElement | string): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const descendants = (el: XElement): XElement[] => elements(el).flatMap((child) => [child, ...descendants(child)]);

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'area', 'col', 'embed', 'source', 'track', 'param', 'meta', 'link', 'base']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Inline XHTML back to markup, for the browser to lay out. */
function markup(node: XElement | string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([key]) => !key.startsWith('xmlns'))
    .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`)
    .join('');
  return VOID.has(node.local) ? `<${node.local}${attrs}>` : `<${node.local}${attrs}>${node.children.map(markup).join('')}</${node.local}>`;
}

/** XML Base: the element's and its ancestors' xml:base, outermost first, on the document's URL; bad ones skipped. */
function baseOf(el: XElement | undefined, url: string): string {
  const chain: string[] = [];
  for (let node = el; node; node = node.parent ?? undefined) if ('xml:base' in node.attrs) chain.unshift(node.attrs['xml:base']);
  return chain.reduce((base, value) => {
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return base;
    }
  }, url);
}

/** A URL resolved (undefined: none given; null: given but unresolvable). */
function resolved(value: unknown, url: string, el?: XElement): string | null | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return new URL(value.trim(), baseOf(el, url)).href;
  } catch {
    return null;
  }
}

const INVALID = Symbol('unreadable date');
type OracleDate = { ms: number; datetime: string } | typeof INVALID | undefined;

const instant = (ms: number) => ({ ms, datetime: new Date(ms).toISOString() });
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = {
  ut: '+00:00', gmt: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

/** RFC 5322 §3.3 and §4.3, read token by token, the instant computed by Temporal. */
function rfc822(value: string): number | undefined {
  let depth = 0;
  let quoted = false;
  let text = '';
  for (const char of value) {
    if (depth) {
      if (quoted) quoted = false;
      else if (char === '\\') quoted = true;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) text += ' ';
    } else if (char === '(') depth = 1;
    else text += char;
  }
  if (depth) return undefined;
  const tokens = text.replace(/([,:])/g, ' $1 ').trim().split(/\s+/);
  let i = 0;
  if (tokens[1] === ',') {
    if (!WEEKDAYS.includes(tokens[0].toLowerCase())) return undefined;
    i = 2;
  }
  const [dayText, monthText, yearText, hourText, colon, minuteText] = tokens.slice(i, (i += 6));
  let secondText = '00';
  if (tokens[i] === ':') [, secondText] = tokens.slice(i, (i += 2));
  const zone = tokens[i++];
  if (i !== tokens.length || colon !== ':' || !zone) return undefined;
  if (!/^\d{1,2}$/.test(dayText) || !/^\d{2,4}$/.test(yearText) || ![hourText, minuteText, secondText].every((t) => /^\d\d$/.test(t))) {
    return undefined;
  }
  const month = MONTHS.indexOf(monthText?.toLowerCase()) + 1;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  if (yearText.length === 3) year += 1900;
  let offset: string | undefined;
  const numeric = /^([+-])(\d\d)(\d\d)$/.exec(zone);
  if (numeric) offset = Number(numeric[2]) < 24 && Number(numeric[3]) < 60 ? `${numeric[1]}${numeric[2]}:${numeric[3]}` : undefined;
  else if (/^[a-z]+$/i.test(zone)) offset = ZONES[zone.toLowerCase()] ?? '+00:00';
  if (!month || !offset) return undefined;
  try {
    const second = Number(secondText) === 60 ? 59 : Number(secondText);
    return Temporal.ZonedDateTime.from(
      { year, month, day: Number(dayText), hour: Number(hourText), minute: Number(minuteText), second, timeZone: offset },
      { overflow: 'reject' },
    ).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/** RFC 3339 §5.6: Temporal reads it, once the shape is one RFC 3339 allows (seconds and an offset required). */
function rfc3339(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/.test(text)) return undefined;
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/** W3C-DTF (dc:date): a complete date, or a date-time (seconds optional) with an offset. */
function w3cdtf(value: string): OracleDate {
  const text = value.trim();
  if (/^\d{4}-\d\d-\d\d$/.test(text)) {
    try {
      const date = Temporal.PlainDate.from(text, { overflow: 'reject' });
      return { ms: date.toZonedDateTime('UTC').epochMilliseconds, datetime: date.toString() };
    } catch {
      return INVALID;
    }
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)) return INVALID;
  try {
    return instant(Temporal.Instant.from(text).epochMilliseconds);
  } catch {
    return INVALID;
  }
}

function dateFrom(value: string | undefined, read: (text: string) => number | undefined): OracleDate {
  if (value == null || !value.trim()) return undefined;
  const ms = read(value);
  return ms === undefined ? INVALID : instant(ms);
}

/** Images only: by medium, else media type, else file name. */
function isImage(type: unknown, url: unknown, medium?: unknown): boolean {
  if (typeof medium === 'string' && medium) return medium === 'image';
  if (typeof type === 'string' && type) return type.toLowerCase().startsWith('image/');
  return typeof url === 'string' && /\.(jpe?g|png|gif|webp|avif|svg|bmp)$/i.test(new URL(url, 'https://x.invalid/').pathname);
}

interface Expected {
  title: string;
  summary: string;
  href: string | null | undefined;
  image: string | null | undefined;
  date: OracleDate;
}

function oracleRss(root: XElement, url: string): Expected[] {
  let ns: string | null;
  let items: XElement[];
  if (root.local === 'rss') {
    ns = root.ns;
    items = kids(kid(root, 'channel', ns), 'item', ns);
  } else {
    ns = RSS1.find((space) => kid(root, 'channel', space)) ?? null;
    items = kids(root, 'item', ns);
  }
  return items.map((item) => {
    const html = (local: string, space = ns) => visibleText(kid(item, local, space) ? textOf(kid(item, local, space)) : '');
    const link = kid(item, 'link', ns);
    const media = descendants(item).filter((el) => el.ns === MEDIA && el.attrs.url);
    const picture =
      media.find((el) => el.local === 'thumbnail') ??
      media.find((el) => el.local === 'content' && isImage(el.attrs.type, el.attrs.url, el.attrs.medium)) ??
      kids(item, 'enclosure', ns).find((el) => isImage(el.attrs.type, el.attrs.url));
    const pubDate = kid(item, 'pubDate', ns);
    const dcDate = kid(item, 'date', DC);
    return {
      title: html('title'),
      summary: html('description') || html('encoded', CONTENT),
      href: link && resolved(textOf(link), url, link),
      image: picture && resolved(picture.attrs.url, url, picture),
      date: pubDate ? dateFrom(textOf(pubDate), rfc822) : dcDate && textOf(dcDate).trim() ? w3cdtf(textOf(dcDate)) : undefined,
    };
  });
}

function atomText(el: XElement | undefined): string {
  if (!el || 'src' in el.attrs) return '';
  const type = el.attrs.type ?? 'text';
  if (type === 'html') return visibleText(textOf(el));
  if (type === 'xhtml') {
    const div = kid(el, 'div', XHTML);
    return div ? visibleText(div.children.map(markup).join('')) : '';
  }
  return type === 'text' || type.toLowerCase().startsWith('text/') ? fold(textOf(el)) : '';
}

function oracleAtom(root: XElement, url: string): Expected[] {
  return kids(root, 'entry', ATOM).map((entry) => {
    const links = kids(entry, 'link', ATOM);
    const alternate = links.find((link) => (link.attrs.rel ?? 'alternate') === 'alternate');
    const media = descendants(entry).filter((el) => el.ns === MEDIA && el.attrs.url);
    const mediaPicture =
      media.find((el) => el.local === 'thumbnail') ??
      media.find((el) => el.local === 'content' && isImage(el.attrs.type, el.attrs.url, el.attrs.medium));
    const enclosure = links.find((link) => link.attrs.rel === 'enclosure' && isImage(link.attrs.type, link.attrs.href));
    const date = kid(entry, 'published', ATOM) ?? kid(entry, 'updated', ATOM);
    return {
      title: atomText(kid(entry, 'title', ATOM)),
      summary: atomText(kid(entry, 'summary', ATOM)) || atomText(kid(entry, 'content', ATOM)),
      href: alternate && resolved(alternate.attrs.href, url, alternate),
      image: mediaPicture
        ? resolved(mediaPicture.attrs.url, url, mediaPicture)
        : enclosure && resolved(enclosure.attrs.href, url, enclosure),
      date: date && dateFrom(textOf(date), rfc3339),
    };
  });
}

function oracleJson(feed: { items: Record<string, unknown>[] }, url: string): Expected[] {
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return feed.items.map((item) => {
    const attachments = Array.isArray(item.attachments) ? (item.attachments as Record<string, unknown>[]) : [];
    const attachment = attachments.find((file) => isImage(file.mime_type, file.url));
    return {
      title: fold(str(item.title) ?? ''),
      summary: fold(str(item.summary) ?? '') || fold(str(item.content_text) ?? '') || visibleText(str(item.content_html) ?? ''),
      href: resolved(str(item.url) ?? str(item.external_url), url),
      image: resolved(str(item.image) ?? str(item.banner_image) ?? str(attachment?.url), url),
      date: dateFrom(str(item.date_published) ?? str(item.date_modified), rfc3339),
    };
  });
}

const SAFE = { link: ['http:', 'https:', 'mailto:', 'tel:'], image: ['http:', 'https:'] };
const safe = (value: string | null | undefined, use: keyof typeof SAFE) =>
  value && SAFE[use].includes(new URL(value).protocol) ? value : null;

/** What the list must show, in order, and the problems it must report. */
function expectedFrom(entries: Expected[]): Shown {
  const cards: (Card & { sortKey: number })[] = [];
  let untitled = 0;
  let unsafe = 0;
  let undated = 0;
  for (const entry of entries) {
    const title = entry.title || (entry.summary.length > 90 ? `${entry.summary.slice(0, 89)}…` : entry.summary);
    if (!title) {
      untitled++;
      continue;
    }
    const href = safe(entry.href, 'link');
    const image = safe(entry.image, 'image');
    if ((entry.href !== undefined && !href) || (entry.image !== undefined && !image)) unsafe++;
    if (entry.date === INVALID) undated++;
    const date = entry.date === INVALID ? undefined : entry.date;
    cards.push({
      title,
      href,
      image,
      datetime: date?.datetime ?? null,
      text: title === entry.summary ? '' : entry.summary,
      sortKey: date?.ms ?? -Infinity,
    });
  }
  // Newest first, stable: undated items keep their order after the dated ones.
  const ordered = cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => (a.card.sortKey === b.card.sortKey ? a.index - b.index : a.card.sortKey > b.card.sortKey ? -1 : 1))
    .map(({ card: { sortKey, ...card } }) => card);
  const problems: Record<string, string> = {};
  if (untitled) problems['items-left-out'] = String(untitled);
  if (unsafe) problems['unsafe-url'] = String(unsafe);
  if (undated) problems['invalid-date'] = String(undated);
  return { cards: ordered, problems };
}

/** What the oracle expects for a fixture, read from its bytes. */
async function oracle(file: string, encoding: string, url: string): Promise<Shown> {
  // Through the byte-for-byte endpoint: the test server's static files are read as UTF-8 on the way out, which
  // turns the bytes of other encodings into U+FFFD.
  const bytes = await (await fetch(feedUrl(file, null))).arrayBuffer();
  const text = new TextDecoder(encoding).decode(bytes).trimStart();
  if (text.startsWith('{')) return expectedFrom(oracleJson(JSON.parse(text), url));
  const root = parseXml(text);
  if (root.local === 'feed' && root.ns === ATOM) return expectedFrom(oracleAtom(root, url));
  if ((root.local === 'rss' && root.ns === null) || (root.local === 'RDF' && root.ns === RDF)) return expectedFrom(oracleRss(root, url));
  throw new Error(`the oracle does not know <${root.local}>`);
}

async function compare(file: string, contentType: string, encoding: string): Promise<Shown> {
  const src = feedUrl(file, contentType);
  const shown = await show(src);
  const expected = await oracle(file, encoding, new URL(src, location.href).href);
  expect(shown.cards.length, 'number of items').to.equal(expected.cards.length);
  shown.cards.forEach((card, index) => expect(card, `item ${index}`).to.deep.equal(expected.cards[index]));
  expect(shown.problems, 'problems reported').to.deep.equal(expected.problems);
  for (const card of shown.cards) expect(JSON.stringify(card), 'no U+FFFD').not.to.include('\ufffd');
  return shown;
}

describe('news-list on real feeds, checked against an independent reader', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  for (const [file, contentType, encoding] of CORPUS) {
    it(`feeds/${file}`, async () => {
      const shown = await compare(`feeds/${file}`, contentType, encoding);
      expect(shown.cards.length, 'shows items').to.be.greaterThan(0);
    });
  }

  for (const [file, contentType, encoding] of OWN) {
    it(file, () => compare(file, contentType, encoding));
  }
});

/** Shows a fixture through the byte-for-byte endpoint with the given Content-Type (none when null). */
const showFile = (file: string, contentType: string | null = XML_TYPE) => show(feedUrl(file, contentType));

describe('news-list on real feeds: cases that once failed', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it("BBC In Our Time: the episode's audio (enclosure and media:content, audio/mpeg .mp3) is not an image", async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_2.0_bbc.xml');
    expect(cards[0].title).to.equal('Marcus Aurelius');
    expect(cards.map((card) => card.image)).to.deep.equal(cards.map(() => null));
  });

  it('Welcome to Night Vale: a podcast redirect URL ending in .mp3 is not an image', async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_2.0_nightvale.xml');
    expect(cards[0].title).to.equal('221 - The Glow Cloud, Explained');
    expect(cards[0].image).to.equal(null);
  });

  it("SPIEGEL Update: the image media:content is shown, not the audio one before it", async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_2.0_spiegel.xml');
    expect(cards[0].image).to.equal(
      'https://www.omnycontent.com/d/programs/5ac1e950-45c7-4eb7-87c0-aa0f018441b8/bb17ca27-51f4-4349-bc1e-abc00102c975/image.jpg?t=1589902935&size=Large',
    );
  });

  it('YouTube: the media:thumbnail in media:group is the image; the Flash media:content is not', async () => {
    const { cards } = await showFile('feeds/feed-rs-atom_mediarss_youtube_1.xml');
    expect(cards[0].image).to.equal('https://i1.ytimg.com/vi/0A1ouV7iD8o/hqdefault.jpg');
  });

  it("Vimeo: the thumbnail of a video media:content is the image, never the video", async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_2.0_vimeo_media.xml');
    expect(cards[0].image).to.equal(
      'https://i.vimeocdn.com/video/1931613648-ea51f2799c4a4a4e058ed673e5587a0449778336fb866fad28a1ef7703a848dc-d_960',
    );
  });

  it('NBC New York: "Sat, Dec 16 2023 02:02:33 PM" is not RFC 822, so no date (Date.parse read it in the reader\'s zone)', async () => {
    const { cards, problems } = await showFile('feeds/feed-rs-rss_2.0_nbcny.xml');
    expect(cards.map((card) => card.datetime)).to.deep.equal([null]);
    expect(problems['invalid-date']).to.equal('1');
  });

  it('NASA: "Thu, 01 Aug 2019 16:15 EDT" (no seconds) is 20:15 UTC; the link is trimmed', async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_2.0_example_2.xml');
    expect(cards[0].datetime).to.equal('2019-08-01T20:15:00.000Z');
    expect(cards[0].href).to.equal(
      'http://www.nasa.gov/press-release/nasa-television-to-broadcast-space-station-departure-of-cygnus-cargo-ship',
    );
  });

  it('InfluxData JSON Feed: RFC 822 dates in date_published are not RFC 3339, so the items are undated', async () => {
    const { cards, problems } = await showFile('feeds/feed-rs-jsonfeed_elastic_1.1.json', JSON_TYPE);
    expect(cards.map((card) => card.datetime)).to.deep.equal([null, null, null]);
    expect(problems['invalid-date']).to.equal('2');
  });

  it('Golem.de: RSS 1.0 (RDF) in ISO-8859-1, declared in the XML declaration', async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_1.0_iso8859.xml');
    const item = cards.find((card) => card.title === 'Digitalministerium: Neue Glasfaserförderung mit Schnellkasse');
    expect(item?.datetime).to.equal('2023-01-25T18:03:02.000Z'); // dc:date 2023-01-25T19:03:02+01:00
    expect(item?.text).to.match(/^Ab April soll es wieder Förderung für den Ausbau von Glasfaser geben/);
  });

  it('Dicas-L: RSS 0.91 in ISO-8859-1 reads "Expansão", not U+FFFD', async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_0.91_encoding_1.xml');
    expect(cards[0].title).to.equal('bash - Expansão de Parâmetros');
  });

  it('feedparser\'s KOI8-R feed, with no declaration, reads by its Content-Type charset', async () => {
    const { cards } = await showFile('feeds/feedparser-koi8r.xml', 'text/xml; charset=KOI8-R');
    expect(cards[0].title).to.equal('Как пережить новогоднюю ночь');
  });

  it('Planet (Atom xhtml content): "<br/>" between two notes is a space', async () => {
    const { cards } = await showFile('feeds/feed-rs-atom_example_7.xml');
    expect(cards[0].text).to.include('"yeah, that seems about alright" [2] like butter');
  });

  it('bioRxiv (RSS 1.0): a date-only dc:date is that calendar date', async () => {
    const { cards } = await showFile('feeds/feed-rs-rss_1.0_biorxiv.xml');
    expect(cards[0].datetime).to.equal('2023-12-16');
  });
});

describe('news-list feed rules, on our own fixtures', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('plain text stays plain: Atom type="text" and JSON Feed title and content_text are shown as written', async () => {
    const atom = await showFile('examplestan.atom.xml');
    expect(atom.cards[0].title).to.equal('if a<b and c>d, use <strong>');
    const json = await showFile('examplestan.feed.json', JSON_TYPE);
    expect(json.cards[0].title).to.equal('if a<b and c>d, use <strong>');
    expect(json.cards[0].text).to.equal('Plain text <b>stays</b> as written: 1 < 2.');
    // JSON Feed's summary is plain text too (JSON Feed 1.1: "a plain text sentence or two").
    expect(json.cards[2].text).to.equal('Less than <b>bold</b>');
  });

  it('HTML becomes text with its blocks apart: <p>A</p><p>B</p>, A<br>B, lists, inline XHTML', async () => {
    const atom = await showFile('examplestan.atom.xml');
    expect(atom.cards.map((card) => card.text)).to.deep.equal(['A B', 'First line. Second line, bolder.', '', '', 'One Two']);
    const json = await showFile('examplestan.feed.json', JSON_TYPE);
    expect(json.cards[1].text).to.equal('A B');
    const rss = await showFile('examplestan.rss.xml');
    expect(rss.cards[1].text).to.equal('Episode 12. Forty minutes.');
  });

  it('Atom: xml:base on the feed, the entry and the link, then the feed URL; title type="html" as text', async () => {
    const { cards } = await showFile('examplestan.atom.xml');
    expect(cards.map((card) => card.href)).to.deep.equal([
      'https://embassy.example.org/press/2020/maths-lesson',
      'https://archive.example.org/2019/speeches/trade-talks',
      'https://embassy.example.org/press/elsewhere',
      null, // under xml:base="javascript:…" nothing relative resolves
      'https://embassy.example.org/press/content',
    ]);
    expect(cards[1].title).to.equal('Trade talks');
    expect(cards.map((card) => card.image)).to.deep.equal([
      'https://embassy.example.org/press/images/lesson.png', // the image enclosure, not the audio one
      'https://archive.example.org/2019/thumbs/trade.jpg', // media:thumbnail, under the entry's xml:base
      null, // content src: nothing to show
      null,
      null, // an enclosure .mov without a type is not an image
    ]);
  });

  it('Atom: content when there is no summary, nothing from out-of-line content, published before updated', async () => {
    const { cards, problems } = await showFile('examplestan.atom.xml');
    expect(cards.map((card) => card.title)).to.deep.equal([
      'if a<b and c>d, use <strong>',
      'Trade talks',
      'Out-of-line content',
      'Under a javascript: base',
      'Content, not summary', // undated, so last
    ]);
    expect(cards.map((card) => card.datetime)).to.deep.equal([
      '2020-07-06T06:00:00.000Z',
      '2020-07-05T10:00:00.000Z', // published, not the later updated
      '2020-07-03T14:00:00.000Z',
      '2020-07-02T10:00:00.000Z',
      null, // "2020-07-04T10:00": RFC 3339 needs seconds
    ]);
    expect(problems).to.deep.equal({ 'invalid-date': '1', 'unsafe-url': '1' });
  });

  it('RSS 2.0: atom:link and media:title never stand in for link and title', async () => {
    const { cards } = await showFile('examplestan.rss.xml');
    expect(cards[0].title).to.equal('Consular day in the regions');
    expect(cards[0].href).to.equal('https://embassy.example.org/news/consular-day');
    // Only namespaced ones: no link, and the text (content:encoded) stands for the title.
    expect(cards[4].title).to.equal('An item whose only title is a media title takes its text as title.');
    expect(cards[4].href).to.equal(null);
  });

  it('RSS 2.0 media: only images become images, whatever the order; thumbnails first', async () => {
    const { cards } = await showFile('examplestan.rss.xml');
    expect(cards.map((card) => [card.title, card.image])).to.deep.equal([
      ['Consular day in the regions', 'https://embassy.example.org/media/consular-day.jpg'], // not the .mp3 or .mov
      ['Podcast: the Ambassador on trade', null], // untyped .mp3 enclosure, audio/mp4 media:content
      ['Film evening', 'https://embassy.example.org/media/film-poster.png'], // untyped: by file name, .mov skipped
      ['Photo exhibition', 'https://embassy.example.org/media/exhibition-thumb.jpg'], // thumbnail before enclosure
      ['An item whose only title is a media title takes its text as title.', null],
      ['Statement without a zone', null],
    ]);
  });

  it('RSS 2.0 dates: RFC 822 zones, military Z, two-digit years, comments; no zone is unreadable; dc:date without pubDate', async () => {
    const { cards, problems } = await showFile('examplestan.rss.xml');
    expect(cards.map((card) => card.datetime)).to.deep.equal([
      '2020-07-06T06:00:00.000Z', // +0300
      '2020-07-05T18:00:00.000Z', // "05 Jul 20 18:00 GMT (a two-digit year)"
      '2020-07-04T19:00:00.000Z', // Z
      '2020-07-03T14:00:00.000Z', // EDT
      '2020-07-01T05:00:00.000Z', // dc:date
      null, // no zone: kept, undated, last
    ]);
    expect(problems).to.deep.equal({ 'invalid-date': '1' });
  });

  it('JSON Feed: image attachments only, banner_image, offset-less dates unreadable, links against the feed URL', async () => {
    const { cards, problems } = await showFile('examplestan.feed.json', JSON_TYPE);
    expect(cards.map((card) => card.image)).to.deep.equal([
      'https://embassy.example.org/notes/1.jpg', // the image attachment, not the audio one before it
      null, // a video attachment is not an image
      `${location.origin}/notes/3-banner.png`,
    ]);
    expect(cards[1].href).to.equal(`${location.origin}/api/notes/2`);
    expect(cards[2].datetime).to.equal(null);
    expect(problems).to.deep.equal({ 'invalid-date': '1' });
  });

  it('RSS 1.0 (RDF): items beside the channel, dc:date as an instant or a calendar date', async () => {
    const { cards } = await showFile('examplestan.rdf.xml', 'application/rdf+xml');
    expect(cards).to.deep.equal([
      {
        title: 'Ambassador presents credentials',
        href: 'https://embassy.example.org/rdf/2',
        datetime: '2020-07-03T09:00:00.000Z',
        text: 'A ceremony at the palace.',
        image: null,
      },
      {
        title: 'Visa rules eased',
        href: 'https://embassy.example.org/rdf/1',
        datetime: '2020-07-01',
        text: 'Short stays need no visa from 1 August.',
        image: null,
      },
    ]);
  });
});

describe('news-list feed encodings', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  const RUSSIAN = ['Приём по случаю национального праздника', 'Консульский отдел работает по-новому'];

  it('Windows-1251 named in the XML declaration (no charset in Content-Type)', async () => {
    const { cards } = await showFile('examplestan.windows-1251.rss.xml', 'text/xml');
    expect(cards.map((card) => card.title)).to.deep.equal(RUSSIAN);
    expect(cards[0].text).to.equal('Посол приветствовал гостей. «Ёлки», ё, Ё, №, — и €.');
  });

  it('Windows-1251 with no Content-Type header at all', async () => {
    const { cards } = await showFile('examplestan.windows-1251.rss.xml', null);
    expect(cards.map((card) => card.title)).to.deep.equal(RUSSIAN);
  });

  it('KOI8-R: the Content-Type charset wins over a wrong XML declaration', async () => {
    const { cards } = await showFile('examplestan.koi8-r.rss.xml', 'application/rss+xml; charset="koi8-r"');
    expect(cards.map((card) => card.title)).to.deep.equal(RUSSIAN);
    expect(cards[0].text).to.equal('Посол приветствовал гостей. Ёлки, ё, Ё.');
  });

  it('UTF-16: the byte-order mark wins over a wrong Content-Type charset', async () => {
    const { cards } = await showFile('examplestan.utf-16.rss.xml', 'text/xml; charset=iso-8859-1');
    expect(cards.map((card) => card.title)).to.deep.equal(RUSSIAN);
  });

  it('an unknown charset is read as UTF-8, with a warning, not an error', async () => {
    const warn = console.warn as sinon.SinonStub;
    const { cards, problems } = await showFile('examplestan.rss.xml', 'text/xml; charset=x-no-such-encoding');
    expect(cards).to.have.length(6);
    expect(problems['unknown-charset']).to.equal('x-no-such-encoding');
    expect(warn.args.map((args) => args[0])).to.include(
      '<news-list> unknown-charset: "x-no-such-encoding", read as UTF-8',
    );
  });
});
