import { css } from 'lit';

// A widget for other people's pages: `all: initial` drops everything the host page could pass down, then the
// host takes back only colour and font family, which should match the page (`direction` is never reset).
// Partners restyle it through the documented custom properties and parts.
export const daysSinceStyles = css`
  :host {
    all: initial;
    display: block;
    color-scheme: inherit;
    color: var(--envoy-days-since-color, inherit);
    font-family: var(--envoy-days-since-font-family, inherit);
    font-size: var(--envoy-days-since-font-size, 1rem);
    line-height: var(--envoy-days-since-line-height, 1.4);
    text-align: var(--envoy-days-since-text-align, start);
    background: var(--envoy-days-since-background, transparent);
    border: var(--envoy-days-since-border, 1px solid color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--envoy-days-since-border-radius, 0.5em);
    padding: var(--envoy-days-since-padding, 0.75em 1em);
  }
  [part~='base'] {
    margin: 0;
  }
  [part~='count'] {
    color: var(--envoy-days-since-count-color, inherit);
    font-size: var(--envoy-days-since-count-font-size, 2em);
    font-weight: var(--envoy-days-since-count-font-weight, 700);
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
`;
