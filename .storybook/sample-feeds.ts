/**
 * The news-list stories read real feed files, one per language and format, made from the same sample content the
 * other stories show (stories/support/content.ts): a designer who switches the toolbar to Arabic sees Arabic feed
 * items, and the feeds never drift from the content.
 *
 * Served by the dev server and written into the static build at `samples/feeds/news.<locale>.<json|rss|atom>`
 * (relative to iframe.html). Item images are written relative to the feed (`../images/…`), as a real feed on
 * another path would have them, so they resolve against the feed's URL under any sub-path.
 */
import type { Plugin } from 'vite';
import { LOCALES, sampleContent } from '../stories/support/content.js';

export const FEED_FORMATS = {
  json: 'application/feed+json',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
} as const;
type Format = keyof typeof FEED_FORMATS;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `samples/images/x.svg` (relative to the page) as seen from `samples/feeds/`. */
const fromFeed = (url: string | undefined) => url?.replace(/^samples\//, '../');

/** Noon in Moscow on the item's date: feeds carry instants, the items carry dates. */
const instant = (date: string | undefined) => (date ? `${date}T12:00:00+03:00` : undefined);

function feed(locale: string, format: Format): string {
  const { embassy, news } = sampleContent(locale);
  const title = `${embassy}: ${news.heading}`;
  const home = 'https://embassy.example.org/';
  if (format === 'json') {
    return JSON.stringify(
      {
        version: 'https://jsonfeed.org/version/1.1',
        title,
        home_page_url: home,
        language: sampleContent(locale).lang,
        items: news.items.map((item, index) => ({
          id: String(index + 1),
          url: item.href,
          title: item.title,
          summary: item.summary,
          date_published: instant(item.date),
          image: fromFeed(item.image),
        })),
      },
      null,
      2,
    );
  }
  if (format === 'rss') {
    const items = news.items.map(
      (item) => `    <item>
      <title>${escapeXml(item.title ?? '')}</title>
      <link>${escapeXml(item.href ?? home)}</link>
      <guid>${escapeXml(item.href ?? home)}</guid>
      <pubDate>${new Date(instant(item.date)!).toUTCString()}</pubDate>
      <description>${escapeXml(item.summary ?? '')}</description>${
        item.image ? `\n      <media:content url="${escapeXml(fromFeed(item.image)!)}" medium="image" />` : ''
      }
    </item>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${home}</link>
    <description>${escapeXml(title)}</description>
    <language>${locale}</language>
${items.join('\n')}
  </channel>
</rss>
`;
  }
  const entries = news.items.map(
    (item, index) => `  <entry>
    <id>${home}news/${index + 1}</id>
    <title>${escapeXml(item.title ?? '')}</title>
    <link rel="alternate" href="${escapeXml(item.href ?? home)}" />${
      item.image ? `\n    <link rel="enclosure" type="image/svg+xml" href="${escapeXml(fromFeed(item.image)!)}" />` : ''
    }
    <updated>${instant(item.date)}</updated>
    <summary>${escapeXml(item.summary ?? '')}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${home}</id>
  <title>${escapeXml(title)}</title>
  <updated>${instant(news.items[0]?.date)}</updated>
  <link rel="alternate" href="${home}" />
${entries.join('\n')}
</feed>
`;
}

/** Every feed: `[path under samples/feeds/, content type, body]`. */
function feeds(): [string, string, string][] {
  return LOCALES.flatMap((locale) =>
    (Object.keys(FEED_FORMATS) as Format[]).map((format): [string, string, string] => [
      `news.${locale}.${format === 'json' ? 'json' : `${format}.xml`}`,
      FEED_FORMATS[format],
      feed(locale, format),
    ]),
  );
}

export function sampleFeeds(): Plugin {
  return {
    name: 'envoy-sample-feeds',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const found = path.startsWith('/samples/feeds/') && feeds().find(([name]) => path === `/samples/feeds/${name}`);
        if (!found) return next();
        response.setHeader('Content-Type', `${found[1]}; charset=utf-8`);
        response.end(found[2]);
      });
    },
    generateBundle() {
      for (const [name, , body] of feeds())
        this.emitFile({ type: 'asset', fileName: `samples/feeds/${name}`, source: body });
    },
  };
}
