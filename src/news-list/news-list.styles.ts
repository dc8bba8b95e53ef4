import { css } from 'lit';

// Placeholders take about the height of a compact card, so the items replace them without a jump.
export const newsListStyles = css`
  :host {
    display: block;
    color: var(--envoy-news-list-color, inherit);
    font-family: var(--envoy-news-list-font-family, inherit);
  }
  [part~='heading'] {
    margin: 0 0 0.75em;
    color: var(--envoy-news-list-heading-color, inherit);
    font-size: var(--envoy-news-list-heading-font-size, 1.5em);
    font-weight: var(--envoy-news-list-heading-font-weight, 700);
    line-height: 1.2;
  }
  [part~='list'] {
    display: grid;
    gap: var(--envoy-news-list-gap, 1.25em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] + [part~='item'] {
    padding-block-start: var(--envoy-news-list-gap, 1.25em);
    border-block-start: var(--envoy-news-list-divider, 1px solid color-mix(in srgb, currentColor 18%, transparent));
  }
  [part~='placeholder'] {
    display: grid;
    gap: 0.5em;
    min-block-size: var(--envoy-news-list-placeholder-height, 5.5em);
  }
  [part~='placeholder'] span {
    display: block;
    block-size: 0.9em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  [part~='placeholder'] span:nth-child(1) {
    inline-size: 70%;
    block-size: 1.1em;
  }
  [part~='placeholder'] span:nth-child(2) {
    inline-size: 25%;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='placeholder'] span {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  [part~='empty'],
  [part~='error'] {
    margin: 0;
  }
  [part~='retry'] {
    margin-inline-start: 0.5em;
    font: inherit;
  }
  [part~='more'] {
    display: inline-block;
    margin-block-start: 1em;
    color: var(--envoy-news-list-more-color, inherit);
    font-weight: 600;
  }
  [part~='more']:focus-visible,
  [part~='retry']:focus-visible {
    outline: 3px solid var(--envoy-news-list-focus-color, light-dark(#0b5cad, #8ab4f8));
    outline-offset: 2px;
  }
`;
