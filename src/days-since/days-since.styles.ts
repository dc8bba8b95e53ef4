import { css } from 'lit';

// A widget for other people's pages. Page rules that match the element itself (`* { … }`, `days-since { … }`)
// always beat `:host`, so the sentence inside resets what it could inherit from them (`all: initial`, which leaves
// `direction` alone) and takes back colour, colour scheme and font family, which should match the page, and
// letter, word and line spacing, which a reader's text-spacing style (WCAG 1.4.12) must be able to change.
// `font-size` defaults to `medium`, not `1rem`, since a page may shrink its root font. Partners restyle it
// through the tokens, the documented custom properties and parts.
export const daysSinceStyles = css`
  :host {
    display: block;
    background: var(--envoy-days-since-background, var(--envoy-color-surface, transparent));
    border: var(--envoy-days-since-border, 1px solid var(--envoy-color-border, light-dark(#778, #889)));
    border-radius: var(--envoy-days-since-border-radius, var(--envoy-radius, 0.5em));
    padding: var(--envoy-days-since-padding, var(--envoy-space-m, 0.75em));
  }
  [part~='base'] {
    all: initial;
    display: block;
    color-scheme: inherit;
    color: var(--envoy-days-since-color, var(--envoy-color-text, inherit));
    font-family: var(--envoy-days-since-font-family, var(--envoy-font-family, inherit));
    font-size: var(--envoy-days-since-font-size, medium);
    line-height: var(--envoy-days-since-line-height, inherit);
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: var(--envoy-days-since-text-align, start);
  }
  [part~='count'] {
    color: var(--envoy-days-since-count-color, var(--envoy-color-accent, light-dark(#05c, #ace)));
    font-size: var(--envoy-days-since-count-font-size, 2em);
    font-weight: var(--envoy-days-since-count-font-weight, 700);
    unicode-bidi: isolate;
  }
`;
