import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/news-list/define.js';
import type { SampleContent } from './support/content.js';
import { attributesOf, customPropertiesOf, elementMeta, type Args } from './support/story.js';

type Source = 'items' | 'json' | 'rss' | 'atom' | 'markup' | 'empty';

/** The sample feeds, generated per language from the sample content (.storybook/sample-feeds.ts). */
const feedUrl = (source: 'json' | 'rss' | 'atom', locale: string) =>
  `samples/feeds/news.${locale}.${source === 'json' ? 'json' : `${source}.xml`}`;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Server-rendered items, as a CMS writes them: what shows before the script runs, and without it. */
function serverRendered(content: SampleContent): string {
  return content.news.items
    .slice(0, 2)
    .map(
      (item) =>
        `<article>\n  <h3><a href="${escape(item.href ?? '')}">${escape(item.title ?? '')}</a></h3>\n  <time datetime="${item.date}">${item.date}</time>\n  <p>${escape(item.summary ?? '')}</p>\n</article>`,
    )
    .join('\n');
}

/**
 * "Latest events" of the embassy page, from data, a feed or server-rendered markup. Everything is local sample
 * content in the toolbar's language: the feeds are generated beside the stories, nothing comes from the network.
 */
const shared = elementMeta('news-list', (args, content, { parameters, globals }) => {
  const source = (parameters.source as Source | undefined) ?? 'items';
  const locale = String(globals.locale ?? 'en');
  const src = source === 'json' || source === 'rss' || source === 'atom' ? feedUrl(source, locale) : undefined;
  const items = source === 'items' ? content.news.items : source === 'empty' ? [] : undefined;
  return {
    tag: 'news-list',
    attributes: attributesOf('news-list', args, { heading: content.news.heading, src }),
    properties: { items: args.items ?? items },
    customProperties: customPropertiesOf(args),
    markup: source === 'markup' ? serverRendered(content) : undefined,
  };
});
const meta = {
  title: 'Elements/News list',
  component: 'news-list',
  ...shared,
  args: { ...shared.args, 'more-href': 'https://embassy.example.org/news', limit: 3 },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** From data, through the `items` property. */
export const FromItems: Story = {};

/** From a JSON Feed 1.1 document; item images resolve against the feed's address. */
export const FromJsonFeed: Story = { name: 'From JSON Feed', parameters: { source: 'json' } };

/** From an RSS 2.0 document (images from `media:content`). */
export const FromRss: Story = { name: 'From RSS', parameters: { source: 'rss' } };

/** From an Atom 1.0 document (images from `link rel="enclosure"`). */
export const FromAtom: Story = { parameters: { source: 'atom' } };

/** Server-rendered `<article>`s, upgraded into cards: the same items show before the script and without it. */
export const FromMarkup: Story = { parameters: { source: 'markup' } };

/** A feed that cannot be read: the error, with Retry. */
export const LoadError: Story = {
  name: 'Error',
  args: { src: 'samples/broken.feed.json' },
  parameters: { source: 'feed-error' },
};

/** No items: the empty state. */
export const Empty: Story = { parameters: { source: 'empty' } };
