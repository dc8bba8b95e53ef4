/**
 * News items in one shape, whether they come as data (`items`), from server-rendered markup, or from a feed
 * (feed-reader.ts). Everything that comes out is plain text or a checked URL; anything unusable is counted, not
 * silently lost.
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
  /** A feed's character encoding that is not known (the feed was read as UTF-8). */
  unknownCharset?: string;
}

export class FeedError extends Error {
  constructor(
    readonly code: 'malformed-feed' | 'unknown-feed-format' | 'trusted-types-refused' | 'feed-too-large',
    message: string,
  ) {
    super(message);
  }
}

/** An item whose text is plain already and whose date is read. `null`: given, but unusable (it is counted). */
export interface PlainEntry {
  title: string;
  summary: string;
  href?: unknown;
  image?: unknown;
  imageAlt?: string;
  date?: ShownDate | null;
}

type RawItem = { [K in keyof NewsItem]?: unknown };

const given = (value: unknown) => value != null && value !== '';
/** Given, or `null`: given but already found unusable. */
const present = (value: unknown) => value !== undefined && value !== '';

/** Checks items given as data or markup: HTML made text, URLs checked against `base`, ISO dates read. */
export function readItems(raw: readonly RawItem[], base?: string) {
  return checkEntries(
    raw.map((entry) =>
      entry == null || typeof entry !== 'object'
        ? { title: '', summary: '' }
        : {
            title: plainText(entry.title),
            summary: plainText(entry.summary),
            href: entry.href ?? undefined,
            image: entry.image ?? undefined,
            imageAlt: plainText(entry.imageAlt),
            date: given(entry.date) ? (readShownDate(entry.date) ?? null) : undefined,
          },
    ),
    base,
  );
}

/** Checks plain entries: URLs against `base`; untitled items left out; everything left out or refused counted. */
export function checkEntries(entries: readonly PlainEntry[], base?: string) {
  const report: ReadReport = { untitled: 0, unsafe: 0, undated: 0 };
  const items: ReadyItem[] = [];
  for (const { title: written, summary, href: link, image: picture, imageAlt = '', date } of entries) {
    const title = written || (summary.length > 90 ? `${summary.slice(0, 89)}…` : summary);
    if (!title) {
      report.untitled++;
      continue;
    }
    const href = safeUrl(link, 'link', base);
    const image = safeUrl(picture, 'image', base);
    if ((present(link) && !href) || (present(picture) && !image)) report.unsafe++;
    if (date === null) report.undated++;
    items.push({ title, href, date: date ?? undefined, summary: title === summary ? '' : summary, image, imageAlt });
  }
  return { items, report };
}

/** Newest first; undated items keep their order after the dated ones. The sort is stable. */
export function newestFirst(items: readonly ReadyItem[]): ReadyItem[] {
  return [...items].sort((a, b) => (b.date?.sortKey ?? -Infinity) - (a.date?.sortKey ?? -Infinity) || 0);
}
