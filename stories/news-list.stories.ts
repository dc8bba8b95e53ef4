import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { NewsList } from '../src/news-list/news-list.js';
import '../src/news-list/define.js';
import { sampleNews } from './sample-news.js';

const { args, argTypes, template } = getStorybookHelpers<NewsList>('news-list');

/**
 * "Latest events" of the embassy page. Every story runs on local sample data: the `items` property, or feeds
 * served by Storybook itself from `samples/` (the test fixtures). Nothing is fetched from the network.
 */
const meta: Meta<typeof args> = {
  title: 'Elements/News list',
  component: 'news-list',
  args: {
    ...args,
    heading: 'Latest events',
    'more-href': 'https://embassy.example.org/news',
    limit: 3,
    // The helpers would set the object property to '' by default; unset means "not given".
    items: undefined,
  } as Partial<typeof args>,
  argTypes,
  render: (storyArgs) => html`<div style="max-width: 36rem">${template(storyArgs)}</div>`,
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj<typeof args>;

/** From data, through the `items` property. */
export const FromItems: Story = {
  render: (storyArgs) => html`<div style="max-width: 36rem">${template({ ...storyArgs, items: sampleNews } as typeof args)}</div>`,
};

/** From a JSON Feed 1.1 document. */
export const FromJsonFeed: Story = {
  args: { src: 'samples/news.feed.json' } as Partial<typeof args>,
};

/** From an RSS 2.0 document. */
export const FromRss: Story = {
  args: { src: 'samples/news.rss.xml' } as Partial<typeof args>,
};

/** From an Atom 1.0 document. */
export const FromAtom: Story = {
  args: { src: 'samples/news.atom.xml' } as Partial<typeof args>,
};

/** Server-rendered markup, upgraded into cards; it is what shows before the script and without it. */
export const FromMarkup: Story = {
  render: (storyArgs) => html`<div style="max-width: 36rem">
    ${template(
      storyArgs,
      html`<article><h3><a href="https://embassy.example.org/news/1">National Day reception</a></h3><time datetime="2020-07-06">6 July 2020</time><p>The Ambassador welcomed guests.</p></article>
        <article><h3><a href="https://embassy.example.org/news/2">The visa centre has moved</a></h3><time datetime="2020-07-01">1 July 2020</time><p>Applications are now accepted at 12 Example Street.</p></article>`,
    )}
  </div>`,
};

/** A feed that cannot be read: the error state with Retry. */
export const Error: Story = {
  args: { src: 'samples/malformed.feed.json' } as Partial<typeof args>,
};

/** No items: the empty state. */
export const Empty: Story = {
  render: (storyArgs) => html`<div style="max-width: 36rem">${template({ ...storyArgs, items: [] } as typeof args)}</div>`,
};
