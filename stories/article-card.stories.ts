import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { ArticleCard } from '../src/article-card/article-card.js';
import '../src/article-card/define.js';

const { args, argTypes, template } = getStorybookHelpers<ArticleCard>('article-card');

type Args = typeof args & { excerpt: string };

/** The featured article of the embassy page. The excerpt is the default slot. */
const meta: Meta<Args> = {
  title: 'Elements/Article card',
  component: 'article-card',
  args: {
    ...args,
    kicker: 'Speeches, interviews, articles',
    heading: 'Interview of the Ambassador of Examplestan on trade and culture',
    href: 'https://embassy.example.org/speeches/interview',
    date: '2020-07-06',
    image: 'samples/photo.png',
    'image-alt': 'The Ambassador during the interview',
    variant: 'featured',
    excerpt:
      'The Ambassador spoke about trade between our countries, the new cultural centre and the exchange programme for students, which opens to applications this autumn.',
  } as Partial<Args>,
  argTypes: {
    ...argTypes,
    excerpt: { control: 'text', description: 'The default slot: the excerpt.' },
  },
  render: ({ excerpt, ...rest }) =>
    html`<div style="max-width: 28rem">${template(rest as typeof args, html`${excerpt}`)}</div>`,
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj<Args>;

export const Featured: Story = {};

/** As one item of a news list: a thumbnail beside the text. */
export const Compact: Story = {
  args: { variant: 'compact', kicker: '', clamp: 2 } as Partial<Args>,
};

/** Without href the card is static. */
export const Static: Story = {
  args: { href: '', variant: undefined } as Partial<Args>,
};

/** The excerpt clamped to two lines. */
export const Clamped: Story = {
  args: { clamp: 2, image: '' } as Partial<Args>,
};

/** An unsafe href is never a link: the card stays static and says why. */
export const UnsafeLink: Story = {
  args: { href: 'javascript:alert(1)' } as Partial<Args>,
};
