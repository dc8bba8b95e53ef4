/**
 * The design tokens every envoy element reads: one rule on `:root` (or any ancestor) re-brands all five.
 *
 * Each element-level custom property (`--envoy-article-card-link-color` …) falls back to a token, and each token
 * to the default below, written into the stylesheets at the places that use it (so an element carries only the
 * tokens it uses, and the partner widget stays small). Colours are `light-dark()` pairs: they follow the page's
 * `color-scheme`. Text colour and font follow the page unless a token says otherwise.
 *
 * This list is data for the docs (Storybook's theming page, the README) and for tests: every token here is used by
 * the stylesheets and changes what it says, light and dark defaults meet WCAG AA on light and dark pages, and no
 * stylesheet uses a token that is not here. It is not imported by any element.
 */
export interface Token {
  /** The custom property, e.g. `--envoy-color-accent`. */
  name: string;
  /** Its default as the stylesheets write it. */
  default: string;
  /** What it colours or sizes. */
  description: string;
  /** For colours: the light and dark defaults, for the contrast test. */
  light?: string;
  dark?: string;
}

export const TOKENS: readonly Token[] = [
  {
    name: '--envoy-color-accent',
    default: 'light-dark(#05c, #ace)',
    light: '#0055cc',
    dark: '#aaccee',
    description: 'Links, buttons, the counter and other accents; the focus ring unless --envoy-color-focus is set.',
  },
  { name: '--envoy-color-text', default: 'inherit', description: 'Body text. Default: the page’s text colour.' },
  {
    name: '--envoy-color-text-muted',
    default: 'light-dark(#555, #bbb)',
    light: '#555555',
    dark: '#bbbbbb',
    description: 'Secondary text: dates, kickers, labels, the time-zone line.',
  },
  { name: '--envoy-color-surface', default: 'transparent', description: 'Background of blocks and cards. Default: the page’s.' },
  {
    name: '--envoy-color-border',
    default: 'light-dark(#778, #889)',
    light: '#777788',
    dark: '#888899',
    description: 'Borders of buttons and blocks, dividers between news items.',
  },
  {
    name: '--envoy-color-focus',
    default: 'var(--envoy-color-accent)',
    description: 'The focus ring (3 px, offset 2 px).',
  },
  {
    name: '--envoy-color-success',
    default: 'light-dark(#172, #7d8)',
    light: '#117722',
    dark: '#77dd88',
    description: 'Good news: “Open now”.',
  },
  {
    name: '--envoy-color-danger',
    default: 'light-dark(#b22, #fba)',
    light: '#bb2222',
    dark: '#ffbbaa',
    description: 'Bad news and notices: “Closed”, bad input.',
  },
  { name: '--envoy-radius', default: '0.5em', description: 'Corner radius of blocks, cards, images and buttons.' },
  { name: '--envoy-space-s', default: '0.5em', description: 'Small space: inside buttons, between a label and its value.' },
  { name: '--envoy-space-m', default: '0.75em', description: 'Medium space: between the parts of an element.' },
  { name: '--envoy-space-l', default: '1.25em', description: 'Large space: between news items, around blocks.' },
  { name: '--envoy-font-family', default: 'inherit', description: 'Font of every element. Default: the page’s.' },
  { name: '--envoy-font-size-s', default: '0.875em', description: 'Small text: dates, kickers, buttons.' },
  { name: '--envoy-font-size-l', default: '1.25em', description: 'Headings of blocks and cards.' },
  { name: '--envoy-font-size-xl', default: '1.5em', description: 'Large headings and the featured card’s title.' },
];
