/**
 * Small React blocks for the MDX docs pages, written with createElement so the project needs no JSX settings.
 * They read the library itself (the token list, the elements' style sheets, the manifest), never a copy of it.
 */
import { createElement as h, Fragment } from 'react';
import { TOKENS, type Token } from '../../src/internal/tokens.js';
import { manifestElement } from './element.js';

/** The CSS text of a registered element's styles. */
function elementCss(tag: string): string {
  const element = customElements.get(tag) as
    (CustomElementConstructor & { elementStyles?: { cssText?: string }[] }) | undefined;
  return (element?.elementStyles ?? []).map((style) => style.cssText ?? '').join('\n');
}

/** The design tokens `tag`'s style sheets read, found in the sheets themselves. */
export function tokensReadBy(tag: string): Token[] {
  const css = elementCss(tag);
  return TOKENS.filter((token) => new RegExp(`var\\(\\s*${token.name}\\s*[,)]`).test(css));
}

const swatch = (colour: string | undefined) =>
  colour ? h('span', { className: 'docs-swatch', ref: paint(colour), title: colour }) : null;

/** Colours a swatch through the CSSOM (no style attribute in the markup). */
const paint = (colour: string) => (node: HTMLElement | null) => node?.style.setProperty('background', colour);

function tokenTable(tokens: readonly Token[]) {
  return h(
    'table',
    { className: 'docs-tokens' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, 'Token'),
        h('th', null, 'Default'),
        h('th', null, 'Light / dark'),
        h('th', null, 'What it styles'),
      ),
    ),
    h(
      'tbody',
      null,
      tokens.map((token) =>
        h(
          'tr',
          { key: token.name },
          h('td', null, h('code', null, token.name)),
          h('td', null, h('code', null, token.default)),
          h('td', null, swatch(token.light), swatch(token.dark)),
          h('td', null, token.description),
        ),
      ),
    ),
  );
}

/** Every design token, from src/internal/tokens.ts. */
export function TokenTable() {
  return tokenTable(TOKENS);
}

/** The tokens one element reads (found in its style sheets), or a note that it reads none yet. */
export function TokensUsed({ tag }: { tag: string }) {
  const tokens = tokensReadBy(tag);
  return tokens.length
    ? tokenTable(tokens)
    : h(
        'p',
        null,
        `<${tag}> does not read any design token yet: style it through its own custom properties and parts below.`,
      );
}

/** The parts of each element, from the manifest. */
export function PartsTable({ tags }: { tags: string[] }) {
  return h(
    Fragment,
    null,
    tags.map((tag) =>
      h(
        Fragment,
        { key: tag },
        h('h3', null, h('code', null, `<${tag}>`)),
        h(
          'table',
          { className: 'docs-tokens' },
          h(
            'tbody',
            null,
            (manifestElement(tag).cssParts ?? []).map((part) =>
              h(
                'tr',
                { key: part.name },
                h('td', null, h('code', null, `${tag}::part(${part.name})`)),
                h('td', null, part.description ?? ''),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
