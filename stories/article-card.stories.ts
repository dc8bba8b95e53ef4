import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/article-card/define.js';
import { attributesOf, customPropertiesOf, elementMeta, type Args } from './support/story.js';

/**
 * The featured article of the embassy page, and one item of a news list. Heading, kicker, image text and the
 * excerpt (the default slot) are sample content in the toolbar's language; an arg set in the controls wins.
 */
const shared = elementMeta('article-card', (args, content) => ({
  tag: 'article-card',
  attributes: attributesOf('article-card', args, {
    kicker: content.article.kicker,
    heading: content.article.heading,
    'image-alt': args.image ? content.article.imageAlt : undefined,
  }),
  customProperties: customPropertiesOf(args),
  text: content.article.excerpt,
}));
const meta = {
  title: 'Elements/Article card',
  component: 'article-card',
  ...shared,
  args: { ...shared.args, href: 'https://embassy.example.org/speeches/interview', date: '2020-07-06' },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The featured article: image, kicker, larger heading; the whole card is one link, named by the heading. */
export const Featured: Story = {
  args: { variant: 'featured', image: 'samples/images/interview.svg' },
};

/** As one item of a news list: a thumbnail beside the text, the excerpt clamped to two lines. */
export const Compact: Story = {
  args: { variant: 'compact', image: 'samples/images/interview.svg', clamp: 2 },
};

/** No variant and no image: the plain card. */
export const Plain: Story = {};

/** Without `href` the card is static text: no link, nothing to focus. */
export const Static: Story = {
  args: { href: undefined },
};

/** The excerpt clamped to two lines with an ellipsis. */
export const Clamped: Story = {
  args: { clamp: 2 },
};

/** Bad input: an unsafe `href` is never a link; the card stays static and says why. */
export const UnsafeLink: Story = {
  args: { href: 'javascript:alert(1)' },
};
