import { css } from 'lit';

// Placeholders take about the height of a compact card, so the items replace them without a jump. The pulse is the
// only animation in the library, and it is off for readers who ask for reduced motion.
export const newsListStyles = css`
  :host {
    display: block;
    color: var(--envoy-news-list-color, var(--envoy-color-text, inherit));
    font-family: var(--envoy-news-list-font-family, var(--envoy-font-family, inherit));
  }
  [part~='heading'] {
    margin: 0 0 var(--envoy-space-m, 0.75em);
    color: var(--envoy-news-list-heading-color, inherit);
    font-size: var(--envoy-news-list-heading-font-size, var(--envoy-font-size-xl, 1.5em));
    font-weight: var(--envoy-news-list-heading-font-weight, 700);
  }
  [part~='list'] {
    display: grid;
    gap: var(--envoy-news-list-gap, var(--envoy-space-l, 1.25em));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] + [part~='item'] {
    padding-block-start: var(--envoy-news-list-gap, var(--envoy-space-l, 1.25em));
    border-block-start: var(--envoy-news-list-divider, 1px solid var(--envoy-color-border, light-dark(#778, #889)));
  }
  [part~='placeholder'] {
    display: grid;
    gap: var(--envoy-space-s, 0.5em);
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--envoy-space-s, 0.5em);
    margin: 0;
  }
  [part~='more'] {
    display: inline-block;
    margin-block-start: var(--envoy-space-m, 0.75em);
    color: var(--envoy-news-list-more-color, var(--envoy-color-accent, light-dark(#05c, #ace)));
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline-color: var(--envoy-news-list-focus-color, var(--envoy-color-focus, var(--envoy-color-accent, light-dark(#05c, #ace))));
  }
`;
