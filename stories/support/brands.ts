/**
 * Brands for the Compose page: each is a set of design tokens and nothing else, which is the point the page
 * makes. Every name must be a token of src/internal/tokens.ts (checked as the module loads).
 */
import { TOKENS } from '../../src/internal/tokens.js';

export interface Brand {
  label: string;
  tokens: Record<string, string>;
}

export const BRANDS = {
  defaults: { label: 'Library defaults (no tokens set)', tokens: {} },
  examplestan: {
    label: 'Examplestan: green and gold',
    tokens: {
      '--envoy-color-accent': 'light-dark(#1b6b3a, #8fd6a6)',
      '--envoy-color-text-muted': 'light-dark(#4d5a4f, #bccbbf)',
      '--envoy-color-border': 'light-dark(#7d8a7f, #8c9a8e)',
      '--envoy-color-surface': 'light-dark(#f6f3e8, #1c231e)',
      '--envoy-radius': '0.25em',
    },
  },
  burgundy: {
    label: 'Ministry: burgundy, square, serif',
    tokens: {
      '--envoy-color-accent': 'light-dark(#8c1d40, #ffb1c8)',
      '--envoy-color-text-muted': 'light-dark(#5c4a50, #d3c1c6)',
      '--envoy-color-border': 'light-dark(#8a7a80, #9c8c92)',
      '--envoy-color-surface': 'light-dark(#fbf6f3, #241a1c)',
      '--envoy-radius': '0',
      '--envoy-font-family': "'DejaVu Serif', 'Liberation Serif', Georgia, serif",
    },
  },
  harbour: {
    label: 'Consulate: harbour blue, round, roomy',
    tokens: {
      '--envoy-color-accent': 'light-dark(#00607a, #7fd3ea)',
      '--envoy-color-surface': 'light-dark(#eef6f8, #14242a)',
      '--envoy-radius': '1em',
      '--envoy-space-m': '1em',
      '--envoy-space-l': '1.75em',
      '--envoy-font-size-xl': '1.75em',
    },
  },
} satisfies Record<string, Brand>;

export type BrandName = keyof typeof BRANDS;

const known = new Set(TOKENS.map((token) => token.name));
for (const [name, brand] of Object.entries(BRANDS)) {
  for (const token of Object.keys(brand.tokens)) {
    if (!known.has(token)) throw new Error(`Brand "${name}" sets ${token}, which is not a design token`);
  }
}
