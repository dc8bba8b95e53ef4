import { css } from 'lit';

// The whole card is the link's hit area, yet there is one link, named by the heading. A card that links shows it:
// the heading in the link colour, underlined and the card tinted on hover, a focus ring round the whole card.
export const articleCardStyles = css`
  :host {
    display: block;
    color: var(--envoy-article-card-color, var(--envoy-color-text, inherit));
    font-family: var(--envoy-article-card-font-family, var(--envoy-font-family, inherit));
  }
  [part~='base'] {
    position: relative;
    display: grid;
    gap: var(--envoy-article-card-gap, var(--envoy-space-m, 0.75em));
    block-size: 100%;
    padding: var(--envoy-article-card-padding, 0);
    background: var(--envoy-article-card-background, var(--envoy-color-surface, transparent));
    border-radius: var(--envoy-article-card-border-radius, var(--envoy-radius, 0.5em));
  }
  [part~='base']:has([part~='link']:hover) {
    background: color-mix(in srgb, var(--envoy-color-accent, light-dark(#05c, #ace)) 7%, var(--envoy-article-card-background, var(--envoy-color-surface, transparent)));
  }
  [part~='image'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--envoy-article-card-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--envoy-article-card-image-border-radius, calc(var(--envoy-radius, 0.5em) * 0.75));
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  [part~='body'] {
    display: grid;
    gap: 0.35em;
    align-content: start;
    min-inline-size: 0;
  }
  [part~='kicker'] {
    margin: 0;
    color: var(--envoy-article-card-kicker-color, var(--envoy-color-text-muted, light-dark(#555, #bbb)));
    font-size: var(--envoy-font-size-s, 0.875em);
    font-weight: 600;
    text-transform: var(--envoy-article-card-kicker-text-transform, uppercase);
  }
  [part~='heading'] {
    margin: 0;
    color: var(--envoy-article-card-heading-color, inherit);
    font-size: var(--envoy-article-card-heading-font-size, var(--envoy-font-size-l, 1.25em));
    font-weight: var(--envoy-article-card-heading-font-weight, 700);
    overflow-wrap: break-word;
  }
  [part~='link'] {
    color: var(--envoy-article-card-link-color, var(--envoy-color-accent, light-dark(#05c, #ace)));
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
    text-underline-offset: 0.15em;
  }
  [part~='link']:focus {
    outline: none;
  }
  [part~='link']:focus-visible::after {
    outline: 3px solid var(--envoy-article-card-focus-color, var(--envoy-color-focus, var(--envoy-color-accent, light-dark(#05c, #ace))));
    outline-offset: 3px;
  }
  [part~='date'] {
    color: var(--envoy-article-card-date-color, var(--envoy-color-text-muted, light-dark(#555, #bbb)));
    font-size: var(--envoy-font-size-s, 0.875em);
  }
  [part~='excerpt'] {
    margin: 0;
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
    font-size: var(--envoy-article-card-heading-font-size, var(--envoy-font-size-xl, 1.5em));
  }
  @media (forced-colors: active) {
    [part~='link']:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
