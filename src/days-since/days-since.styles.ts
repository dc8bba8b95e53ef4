import { css } from 'lit';

// A widget for other people's pages. Page rules that match the element itself (`* { … }`, `days-since { … }`)
// always beat `:host`, so the sentence inside resets everything it could inherit from them (`all: initial`,
// which leaves `direction` alone) and takes back only colour and font family, which should match the page.
// `font-size` defaults to `medium`, not `1rem`, since a page may shrink its root font. Partners restyle it
// through the documented custom properties and parts.
export const daysSinceStyles = css`
  :host {
    display: block;
    background: var(--envoy-days-since-background, transparent);
    border: var(--envoy-days-since-border, 1px solid color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--envoy-days-since-border-radius, 0.5em);
    padding: var(--envoy-days-since-padding, 0.75em 1em);
  }
  [part~='base'] {
    all: initial;
    display: block;
    color: var(--envoy-days-since-color, inherit);
    font-family: var(--envoy-days-since-font-family, inherit);
    font-size: var(--envoy-days-since-font-size, medium);
    line-height: var(--envoy-days-since-line-height, 1.4);
    text-align: var(--envoy-days-since-text-align, start);
  }
  [part~='count'] {
    color: var(--envoy-days-since-count-color, inherit);
    font-size: var(--envoy-days-since-count-font-size, 2em);
    font-weight: var(--envoy-days-since-count-font-weight, 700);
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
`;
