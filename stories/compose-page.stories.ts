import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { BRANDS, type BrandName } from './support/brands.js';
import { sampleContent, type SampleContent } from './support/content.js';
import { pageElements as elements } from './support/page-elements.js';
import { customProperties } from './support/custom-properties.js';
import { elementMarkup, indent, renderElement } from './support/element.js';
import './support/compose-page.css';

interface PageArgs {
  brand: BrandName;
  now?: string;
}

/** Sample text as HTML text or attribute value. */
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const tokensOf = (brand: BrandName) => Object.entries(BRANDS[brand]?.tokens ?? {});

/** "Show code": the page's markup, and the brand as the one CSS rule a site would write. */
function pageMarkup({ brand, now }: PageArgs, content: SampleContent): string {
  const parts = elements(content, now || undefined);
  const tokens = tokensOf(brand);
  const rule = tokens.length
    ? `<style>\n  /* ${BRANDS[brand].label}: design tokens only */\n  .embassy-page {\n${tokens.map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>\n`
    : '';
  const navigation = content.page.navigation.map((item) => `      <li><a href="#">${text(item)}</a></li>`).join('\n');
  return `${rule}<div class="embassy-page">
  <header class="embassy-page__header">
    <p class="embassy-page__name">
      <span class="embassy-page__emblem" aria-hidden="true"></span>
      <span>${text(content.embassy)}</span>
    </p>
${indent(elementMarkup(parts.clock!), '    ')}
  </header>
  <nav class="embassy-page__nav" aria-label="${text(content.embassy)}">
    <ul>
${navigation}
    </ul>
  </nav>
  <main class="embassy-page__main">
${indent(elementMarkup(parts.featured!), '    ')}
${indent(elementMarkup(parts.news!), '    ')}
${indent(elementMarkup(parts.consular!), '    ')}
${indent(elementMarkup(parts.counter!), '    ')}
  </main>
  <footer class="embassy-page__footer">${text(content.page.footer)}</footer>
</div>`;
}

/**
 * An Embassy of Examplestan home page laid out from all five elements: the clock and date in the header, the
 * featured article, the latest events with "All messages", the consular contact and the counter. The Brand
 * control re-themes the whole page, elements and page alike, through the design tokens alone (see Theming).
 */
const meta = {
  title: 'Compose a page',
  args: { brand: 'examplestan' },
  argTypes: {
    brand: {
      control: 'select',
      options: Object.keys(BRANDS),
      labels: Object.fromEntries(Object.entries(BRANDS).map(([name, brand]) => [name, brand.label])),
      description: 'A set of design tokens on the page’s root; nothing else changes.',
    },
    now: {
      control: 'text',
      description:
        'Freeze the clock, the counter and the consular status at this ISO 8601 instant, e.g. `2020-07-06T10:00:00+01:00` (10:00 in London). Empty: live.',
    },
  },
  render: (args, { globals }) => {
    const content = sampleContent(String(globals.locale ?? 'en'));
    const parts = elements(content, args.now || undefined);
    return html`<div class="embassy-page" ${customProperties(tokensOf(args.brand))}>
      <header class="embassy-page__header">
        <p class="embassy-page__name">
          <span class="embassy-page__emblem" aria-hidden="true"></span><span>${content.embassy}</span>
        </p>
        ${renderElement(parts.clock!)}
      </header>
      <nav class="embassy-page__nav" aria-label=${content.embassy}>
        <ul>
          ${content.page.navigation.map((item) => html`<li><a href="#">${item}</a></li>`)}
        </ul>
      </nav>
      <main class="embassy-page__main">
        ${renderElement(parts.featured!)} ${renderElement(parts.news!)} ${renderElement(parts.consular!)}
        ${renderElement(parts.counter!)}
      </main>
      <footer class="embassy-page__footer">${content.page.footer}</footer>
    </div>`;
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      source: {
        transform: (_code: string, { args, globals }: StoryContext<PageArgs>) =>
          pageMarkup(args, sampleContent(String(globals.locale ?? 'en'))),
      },
    },
  },
  tags: ['autodocs'],
} satisfies Meta<PageArgs>;
export default meta;

export const EmbassyHomePage: StoryObj<PageArgs> = { name: 'Embassy home page' };
