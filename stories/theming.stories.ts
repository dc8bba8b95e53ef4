import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { TOKENS } from '../src/internal/tokens.js';
import { sampleContent } from './support/content.js';
import { customProperties } from './support/custom-properties.js';
import { manifestElement, renderElement, type ElementSpec } from './support/element.js';
import { pageElements } from './support/page-elements.js';
import { partsMap } from './support/parts-map.js';
import './support/theming.css';

type TokenArgs = Record<string, string | undefined>;

/** The tokens a story sets, in the order of the token list. */
const setTokens = (args: TokenArgs) =>
  TOKENS.filter((token) => args[token.name]).map((token): [string, string] => [token.name, args[token.name]!]);

/** The five elements, as on the Compose page, in a compact showcase. */
function showcase(locale: unknown, now: string | undefined): ElementSpec[] {
  const parts = pageElements(sampleContent(String(locale ?? 'en')), now);
  return [parts.clock!, parts.counter!, parts.featured!, parts.news!, parts.consular!];
}

const THEMING_ELEMENTS = ['world-clock', 'days-since', 'article-card', 'news-list', 'consular-contact'] as const;

/**
 * Theme every element at once through the design tokens (src/internal/tokens.ts: the list below is read from it),
 * or one element through its own custom properties and parts.
 */
const meta = {
  title: 'Theming',
  // Every token is a control, with its default and description from the token list itself.
  argTypes: Object.fromEntries(
    TOKENS.map((token) => [
      token.name,
      {
        name: token.name,
        control: 'text',
        description: token.description,
        table: { category: 'design tokens', defaultValue: { summary: token.default } },
      },
    ]),
  ),
} satisfies Meta<TokenArgs>;
export default meta;

/**
 * Every design token, live: type a value into a control and all five elements change. Colours are best given as
 * `light-dark(light, dark)` pairs, so that they suit both themes.
 */
export const DesignTokens: StoryObj<TokenArgs & { now?: string }> = {
  name: 'Design tokens',
  args: {},
  argTypes: { now: { table: { disable: true } } },
  render: (args, { globals }) =>
    html`<div class="theming-showcase" ${customProperties(setTokens(args))}>
      ${showcase(globals.locale, args.now).map((spec) => html`<div class="theming-showcase__item">${renderElement(spec)}</div>`)}
    </div>`,
  parameters: {
    docs: {
      source: {
        transform: (_code: string, { args }: StoryContext<TokenArgs>) => {
          const tokens = setTokens(args);
          return `<style>\n  :root {\n${(tokens.length
            ? tokens
            : TOKENS.slice(0, 1).map((token): [string, string] => [token.name, token.default])
          )
            .map(([name, value]) => `    ${name}: ${value};`)
            .join('\n')}\n  }\n</style>`;
        },
      },
    },
  },
};

/**
 * Every part of every element, live: each part is outlined and labelled with its name, as `::part(name)` reaches
 * it. Pick one part to see it alone. (Parts of states not shown here, such as news-list's error, are listed in the
 * tables below.)
 */
export const Parts: StoryObj<{ part: string; now?: string }> = {
  args: { part: 'all' },
  argTypes: {
    part: {
      control: 'select',
      options: [
        'all',
        ...THEMING_ELEMENTS.flatMap((tag) =>
          (manifestElement(tag).cssParts ?? []).map((part) => `${tag}::part(${part.name})`),
        ),
      ],
      description: 'The part to show alone; `all` outlines every part.',
    },
    now: { table: { disable: true } },
    ...Object.fromEntries(TOKENS.map((token) => [token.name, { table: { disable: true } }])),
  },
  render: (args, { globals }) =>
    html`<div class="theming-showcase">
      ${showcase(globals.locale, args.now).map((spec) => html`<div class="theming-showcase__item">${partsMap(spec, args.part)}</div>`)}
    </div>`,
  parameters: {
    docs: {
      source: {
        transform: (_code: string, { args }: StoryContext<{ part: string }>) => {
          const part = args.part === 'all' ? 'article-card::part(heading)' : args.part;
          return `<style>\n  ${part} {\n    outline: 2px dashed currentColor;\n  }\n</style>`;
        },
      },
    },
  },
};
