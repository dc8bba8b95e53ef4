import { css } from 'lit';

// The whole card is the link's hit area, yet there is one link, named by the heading.
export const articleCardStyles = css`
  :host {
    display: block;
    color: var(--envoy-article-card-color, inherit);
    font-family: var(--envoy-article-card-font-family, inherit);
  }
  [part~='base'] {
    position: relative;
    display: grid;
    gap: var(--envoy-article-card-gap, 0.75em);
    block-size: 100%;
    padding: var(--envoy-article-card-padding, 0);
    background: var(--envoy-article-card-background, transparent);
    border-radius: var(--envoy-article-card-border-radius, 0.5em);
  }
  [part~='image'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--envoy-article-card-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--envoy-article-card-image-border-radius, 0.375em);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  [part~='body'] {
    display: grid;
    gap: 0.35em;
    align-content: start;
  }
  [part~='kicker'] {
    margin: 0;
    color: var(--envoy-article-card-kicker-color, inherit);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: var(--envoy-article-card-kicker-text-transform, uppercase);
  }
  [part~='heading'] {
    margin: 0;
    color: var(--envoy-article-card-heading-color, inherit);
    font-size: var(--envoy-article-card-heading-font-size, 1.15em);
    font-weight: var(--envoy-article-card-heading-font-weight, 700);
    line-height: 1.25;
  }
  [part~='link'] {
    color: var(--envoy-article-card-link-color, inherit);
    text-decoration: none;
  }
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  [part~='link']:hover {
    text-decoration: underline;
  }
  [part~='link']:focus {
    outline: none;
  }
  [part~='link']:focus-visible::after {
    outline: 3px solid var(--envoy-article-card-focus-color, light-dark(#0b5cad, #8ab4f8));
    outline-offset: 3px;
  }
  [part~='date'] {
    color: var(--envoy-article-card-date-color, inherit);
    font-size: 0.875em;
  }
  [part~='excerpt'] {
    margin: 0;
    line-height: 1.5;
  }
  [part~='excerpt'].clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--clamp);
    line-clamp: var(--clamp);
    overflow: hidden;
  }
  ::slotted(*) {
    margin: 0;
  }
  [part~='base'].compact {
    grid-template-columns: minmax(0, 1fr);
  }
  [part~='base'].compact:has([part~='image']) {
    grid-template-columns: var(--envoy-article-card-thumbnail-size, 6em) minmax(0, 1fr);
    align-items: start;
  }
  [part~='base'].compact [part~='heading'] {
    font-size: var(--envoy-article-card-heading-font-size, 1em);
  }
  [part~='base'].featured [part~='heading'] {
    font-size: var(--envoy-article-card-heading-font-size, 1.5em);
  }
  @media (forced-colors: active) {
    [part~='link']:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
