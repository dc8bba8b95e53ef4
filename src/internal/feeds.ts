/**
 * News feeds: JSON Feed 1.0/1.1, RSS 2.0 and Atom 1.0, told apart by their content (never by URL or content
 * type, which servers often get wrong), read into one item shape. Everything that comes out is plain text or a
 * checked URL; anything unusable is counted, not silently lost.
 */
import { plainText } from './plain-text.js';
import { safeUrl } from './safe-url.js';
import { readShownDate, type ShownDate } from './dates.js';

/** One news item as `<news-list>` takes it through its `items` property. */
export interface NewsItem {
  title: string;
  href?: string;
  /** `YYYY-MM-DD` or an ISO date-time. */
  date?: string;
  summary?: string;
  image?: string;
  imageAlt?: string;
}

/** A news item checked and ready to render. */
export interface ReadyItem {
  title: string;
  href: string | null;
  date: ShownDate | undefined;
  summary: string;
  image: string | null;
  imageAlt: string;
}

/** What reading a source found besides its items. */
export interface ReadReport {
  /** Items left out because they had no title and no text to stand for one. */
  untitled: number;
  /** Links or images refused as unsafe (the item is kept without them). */
  unsafe: number;
  /** Dates that could not be read (the item is kept without one). */
  undated: number;
}

export class FeedError extends Error {
  constructor(
    readonly code: 'malformed-feed' | 'unknown-feed-format',
    message: string,
  ) {
    super(message);
  }
}

type RawItem = { [K in keyof NewsItem]?: unknown };

/** Checks raw items: text made plain, URLs checked against `base`, dates read; unusable ones counted. */
export function readItems(raw: readonly RawItem[], base?: string, lenientDates = false) {
  const report: ReadReport = { untitled: 0, unsafe: 0, undated: 0 };
  const items: ReadyItem[] = [];
  for (const entry of raw) {
    if (entry == null || typeof entry !== 'object') {
      report.untitled++;
      continue;
    }
    const summary = plainText(entry.summary);
    const title = plainText(entry.title) || (summary.length > 90 ? `${summary.slice(0, 89)}…` : summary);
    if (!title) {
      report.untitled++;
      continue;
    }
    const href = safeUrl(entry.href, 'link', base);
    const image = safeUrl(entry.image, 'image', base);
    if ((entry.href != null && entry.href !== '' && !href) || (entry.image != null && entry.image !== '' && !image)) {
      report.unsafe++;
    }
    const date = entry.date == null || entry.date === '' ? undefined : readShownDate(entry.date, lenientDates);
    if (entry.date != null && entry.date !== '' && !date) report.undated++;
    items.push({ title, href, date, summary: title === summary ? '' : summary, image, imageAlt: plainText(entry.imageAlt) });
  }
  return { items, report };
}

/** Newest first; undated items keep their order after the dated ones. The sort is stable. */
export function newestFirst(items: readonly ReadyItem[]): ReadyItem[] {
  return [...items].sort((a, b) => (b.date?.sortKey ?? -Infinity) - (a.date?.sortKey ?? -Infinity) || 0);
}

/** Reads a feed document into raw items; throws `FeedError` when it is not a feed it knows. */
export function parseFeed(text: string): RawItem[] {
  const start = text.trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start);
  if (start.startsWith('<')) return parseXmlFeed(start);
  throw new FeedError('unknown-feed-format', 'not JSON Feed, RSS or Atom');
}

function parseJsonFeed(text: string): RawItem[] {
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
  return feed.items.map((item: Record<string, unknown> | null) =>
    item && typeof item === 'object'
      ? {
          title: item.title,
          href: item.url ?? item.external_url,
          date: item.date_published ?? item.date_modified,
          summary: item.summary ?? item.content_text ?? item.content_html,
          image: item.image ?? item.banner_image,
        }
      : {},
  );
}

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';

function parseXmlFeed(text: string): RawItem[] {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new FeedError('malformed-feed', 'malformed XML');
  const root = doc.documentElement;
  const child = (parent: Element, name: string, ns?: string) =>
    [...parent.children].find((el) => el.localName === name && (ns === undefined || el.namespaceURI === ns));
  const textOf = (parent: Element, name: string, ns?: string) => child(parent, name, ns)?.textContent ?? undefined;

  if (root.localName === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) throw new FeedError('malformed-feed', 'RSS without a <channel>');
    return [...channel.children]
      .filter((el) => el.localName === 'item')
      .map((item) => {
        const enclosure = child(item, 'enclosure');
        const media = child(item, 'content', MEDIA) ?? child(item, 'thumbnail', MEDIA);
        const picture = enclosure?.getAttribute('type')?.startsWith('image/')
          ? enclosure.getAttribute('url')
          : media?.getAttribute('url');
        return {
          title: textOf(item, 'title'),
          href: textOf(item, 'link')?.trim(),
          date: textOf(item, 'pubDate')?.trim(),
          summary: textOf(item, 'description'),
          image: picture ?? undefined,
        };
      });
  }
  if (root.localName === 'feed' && root.namespaceURI === ATOM) {
    return [...root.children]
      .filter((el) => el.localName === 'entry' && el.namespaceURI === ATOM)
      .map((entry) => {
        const links = [...entry.children].filter((el) => el.localName === 'link' && el.namespaceURI === ATOM);
        const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
        const enclosure = links.find(
          (link) => link.getAttribute('rel') === 'enclosure' && link.getAttribute('type')?.startsWith('image/'),
        );
        return {
          title: textOf(entry, 'title', ATOM),
          href: alternate?.getAttribute('href') ?? undefined,
          date: (textOf(entry, 'published', ATOM) ?? textOf(entry, 'updated', ATOM))?.trim(),
          summary: textOf(entry, 'summary', ATOM) ?? textOf(entry, 'content', ATOM),
          image: enclosure?.getAttribute('href') ?? undefined,
        };
      });
  }
  throw new FeedError('unknown-feed-format', `XML whose root is <${root.localName}>, not RSS 2.0 or Atom 1.0`);
}
