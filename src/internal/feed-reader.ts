/**
 * Reads a fetched feed into checked items: JSON Feed 1.0/1.1, RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0,
 * told apart by their content (never by URL or content type, which servers often get wrong).
 *
 * - Bytes to text: the encoding is the byte-order mark's, else the `Content-Type` charset, else the XML
 *   declaration's, else UTF-8 (a BOM cannot be wrong about the bytes that follow it, so it wins, as RFC 7303
 *   §3.2 and the Encoding Standard say). `TextDecoder` knows ISO-8859-1, Windows-1251, KOI8-R and the rest; an
 *   encoding it does not know is read as UTF-8 and reported.
 * - Links and images resolve against `xml:base` up the ancestor chain (XML Base), then the feed's own URL
 *   (RFC 3986 §5.1); an `xml:base` that cannot be resolved is skipped.
 * - Text: Atom text constructs by their `type` (`text` as written, `html` reduced to text, `xhtml` inline); RSS
 *   titles and descriptions carry HTML, by custom; JSON Feed `title`, `summary` and `content_text` are plain text
 *   and `content_html` is HTML. The card shows the summary (RSS `description`, Atom `summary`, JSON Feed
 *   `summary`), else the content.
 * - Images, never audio or video: `media:thumbnail`, then a `media:content` that is an image (by `medium`, else
 *   its `type`, else its file name), then an image enclosure (RSS `enclosure`, Atom `link rel="enclosure"`,
 *   JSON Feed `attachments`) after JSON Feed's own `image` and `banner_image`.
 * - Dates: RSS `pubDate` is RFC 822, else `dc:date` (W3C-DTF: an ISO date, or date-time with an offset); Atom and
 *   JSON Feed are RFC 3339. An unreadable date is counted; the item stays, undated.
 * - Elements count by namespace as well as name: `atom:link` or `media:title` never stand in for RSS's `link`
 *   or `title`.
 */
import { checkEntries, FeedError, type PlainEntry } from './feeds.js';
import { foldSpace, nodeText, plainText } from './plain-text.js';
import { readShownDate } from './dates.js';
import { readRfc3339Date, readRfc822Date } from './feed-dates.js';
import { parseInert } from './inert.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RSS1 = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The most a feed may weigh: a body larger than this is read no further (`feed-too-large`). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** Reads a fetched feed's body, no further than `MAX_FEED_BYTES`, and then the feed (see `readFeed`). */
export async function readResponse(response: Response, url: string) {
  const tooLarge = () => new FeedError('feed-too-large', `larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (let chunk; !(chunk = await reader.read()).done; ) {
    size += chunk.value.length;
    if (size > MAX_FEED_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return readFeed(bytes, response.headers.get('content-type'), url);
}

/** Reads a fetched feed; throws `FeedError` when it is not a feed it knows. `url` is where it came from. */
export function readFeed(bytes: Uint8Array, contentType: string | null, url: string) {
  const { text, unknownCharset } = decodeFeed(bytes, contentType);
  const read = checkEntries(parseFeed(text, url), url);
  if (unknownCharset) read.report.unknownCharset = unknownCharset;
  return read;
}

/** The feed's bytes as text, in the encoding its BOM, `Content-Type` or XML declaration names. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): { text: string; unknownCharset?: string } {
  const [a, b, c] = bytes;
  const label =
    (a === 0xef && b === 0xbb && c === 0xbf ? 'utf-8' : a === 0xfe && b === 0xff ? 'utf-16be' : a === 0xff && b === 0xfe ? 'utf-16le' : '') ||
    /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ||
    // The declaration is ASCII in every encoding TextDecoder reads without a BOM.
    /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)/.exec(String.fromCharCode(...bytes.subarray(0, 200)))?.[1] ||
    'utf-8';
  try {
    return { text: new TextDecoder(label).decode(bytes) };
  } catch {
    return { text: new TextDecoder().decode(bytes), unknownCharset: label };
  }
}

/** Reads a feed document into plain entries; throws `FeedError` when it is not a feed it knows. */
export function parseFeed(text: string, url: string): PlainEntry[] {
  const start = text.trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start, url);
  if (start.startsWith('<')) return parseXmlFeed(start, url);
  throw new FeedError('unknown-feed-format', 'not JSON Feed, RSS or Atom');
}

const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
const dateOf = (value: string | undefined, read: (value: string) => ReturnType<typeof readShownDate>) =>
  value == null || !value.trim() ? undefined : (read(value) ?? null);

function parseJsonFeed(text: string, url: string): PlainEntry[] {
  let feed: { version?: unknown; items?: unknown };
  try {
    feed = JSON.parse(text);
  } catch (error) {
    throw new FeedError('malformed-feed', `malformed JSON: ${(error as Error).message}`);
  }
  if (typeof feed?.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/')) {
    throw new FeedError('unknown-feed-format', 'JSON without a JSON Feed "version"');
  }
  if (!Array.isArray(feed.items)) throw new FeedError('malformed-feed', 'JSON Feed without an "items" array');
  return feed.items.map((item: Record<string, unknown> | null) => {
    if (!item || typeof item !== 'object') return { title: '', summary: '' };
    const attachments = Array.isArray(item.attachments) ? (item.attachments as Record<string, unknown>[]) : [];
    const attachment = attachments.find((file) => file && isImage(string(file.mime_type), string(file.url)));
    return {
      title: foldSpace(string(item.title)),
      summary: foldSpace(string(item.summary)) || foldSpace(string(item.content_text)) || plainText(string(item.content_html)),
      href: resolve(string(item.url) ?? string(item.external_url), url),
      image: resolve(string(item.image) ?? string(item.banner_image) ?? string(attachment?.url), url),
      date: dateOf(string(item.date_published) ?? string(item.date_modified), readRfc3339Date),
    };
  });
}

function parseXmlFeed(text: string, url: string): PlainEntry[] {
  let doc: Document;
  try {
    doc = parseInert(text, 'application/xml');
  } catch {
    throw new FeedError('trusted-types-refused', 'the page\'s Trusted Types policy refused to parse the feed: allow the "envoy-elements" policy');
  }
  if (doc.getElementsByTagName('parsererror').length) throw new FeedError('malformed-feed', 'malformed XML');
  const root = doc.documentElement;
  if (root.localName === 'rss') {
    const channel = child(root, 'channel', root.namespaceURI);
    if (!channel) throw new FeedError('malformed-feed', 'RSS without a <channel>');
    return children(channel, 'item', root.namespaceURI).map((item) => rssEntry(item, root.namespaceURI, url));
  }
  if (root.localName === 'RDF' && root.namespaceURI === RDF) {
    // RSS 1.0 (and 0.90): items are the channel's siblings, in the RSS namespace.
    const ns = RSS1.find((space) => child(root, 'channel', space));
    if (ns) return children(root, 'item', ns).map((item) => rssEntry(item, ns, url));
  }
  if (root.localName === 'feed' && root.namespaceURI === ATOM) {
    return children(root, 'entry', ATOM).map((entry) => atomEntry(entry, url));
  }
  throw new FeedError('unknown-feed-format', `XML whose root is <${root.localName}>, not RSS 2.0, RSS 1.0 or Atom 1.0`);
}

function rssEntry(item: Element, ns: string | null, url: string): PlainEntry {
  const text = (name: string, space = ns) => child(item, name, space)?.textContent;
  const link = child(item, 'link', ns);
  const pubDate = text('pubDate');
  const enclosure = children(item, 'enclosure', ns).find((el) => isImage(el.getAttribute('type'), el.getAttribute('url')));
  return {
    title: plainText(text('title')),
    summary: plainText(text('description')) || plainText(text('encoded', CONTENT)),
    href: link && resolve(link.textContent, url, link),
    image: mediaImage(item, url) ?? (enclosure && resolve(enclosure.getAttribute('url'), url, enclosure)),
    date: pubDate != null ? dateOf(pubDate, readRfc822Date) : dateOf(text('date', DC), readShownDate),
  };
}

function atomEntry(entry: Element, url: string): PlainEntry {
  const links = children(entry, 'link', ATOM);
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const enclosure = links.find(
    (link) => link.getAttribute('rel') === 'enclosure' && isImage(link.getAttribute('type'), link.getAttribute('href')),
  );
  const date = child(entry, 'published', ATOM) ?? child(entry, 'updated', ATOM);
  return {
    title: atomText(child(entry, 'title', ATOM)),
    summary: atomText(child(entry, 'summary', ATOM)) || atomText(child(entry, 'content', ATOM)),
    href: alternate && resolve(alternate.getAttribute('href'), url, alternate),
    image: mediaImage(entry, url) ?? (enclosure && resolve(enclosure.getAttribute('href'), url, enclosure)),
    date: date && dateOf(date.textContent ?? '', readRfc3339Date),
  };
}

/** An Atom text construct (RFC 4287 §3.1), or content (§4.1.3) by its type; `src` content is not here to show. */
function atomText(element: Element | undefined): string {
  if (!element || element.hasAttribute('src')) return '';
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html') return plainText(element.textContent);
  if (type === 'xhtml') {
    const div = child(element, 'div', XHTML);
    return div ? nodeText(div) : '';
  }
  // Other media types: text/* is text; anything else is Base64 or XML, not text to show.
  return type === 'text' || /^text\//i.test(type) ? foldSpace(element.textContent) : '';
}

/** The first `media:thumbnail`, else the first `media:content` that is an image (in `media:group`s too). */
function mediaImage(item: Element, url: string): string | null | undefined {
  const media = [...item.getElementsByTagNameNS(MEDIA, '*')].filter((el) => el.getAttribute('url'));
  const picture =
    media.find((el) => el.localName === 'thumbnail') ??
    media.find(
      (el) => el.localName === 'content' && isImage(el.getAttribute('type'), el.getAttribute('url'), el.getAttribute('medium')),
    );
  return picture && resolve(picture.getAttribute('url'), url, picture);
}

/** An image by its `medium` if given, else its media type if given, else its file name; never audio or video. */
function isImage(type: string | null | undefined, url: string | null | undefined, medium?: string | null): boolean {
  if (medium) return medium === 'image';
  if (type) return /^image\//i.test(type);
  return /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)$/i.test(url?.split(/[?#]/)[0] ?? '');
}

/**
 * `value` resolved against the XML Base of `element` (its and its ancestors' `xml:base`), then `url`; `null` when
 * it cannot be resolved (counted as refused), `undefined` when there is none.
 */
function resolve(value: string | null | undefined, url: string, element?: Element): string | null | undefined {
  if (!value?.trim()) return undefined;
  const bases: string[] = [];
  for (let node = element ?? null; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML, 'base');
    if (base != null) bases.push(base);
  }
  const base = bases.reduceRight((outer, inner) => absolute(inner, outer) ?? outer, url);
  return absolute(value, base) ?? null;
}

function absolute(value: string, base: string): string | undefined {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return undefined;
  }
}

function child(parent: Element, name: string, ns: string | null): Element | undefined {
  return [...parent.children].find((el) => el.localName === name && el.namespaceURI === ns);
}

function children(parent: Element, name: string, ns: string | null): Element[] {
  return [...parent.children].filter((el) => el.localName === name && el.namespaceURI === ns);
}
