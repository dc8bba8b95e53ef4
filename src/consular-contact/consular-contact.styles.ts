import { css } from 'lit';

// Line breaks in the address attribute are kept (from the stylesheet, not an inline style, for strict CSP).
export const consularContactStyles = css`
  :host {
    display: block;
    color: var(--envoy-consular-contact-color, inherit);
    font-family: var(--envoy-consular-contact-font-family, inherit);
  }
  [part~='base'] {
    display: grid;
    gap: var(--envoy-consular-contact-gap, 0.75em);
    padding: var(--envoy-consular-contact-padding, 0);
    background: var(--envoy-consular-contact-background, transparent);
    border: var(--envoy-consular-contact-border, none);
    border-radius: var(--envoy-consular-contact-border-radius, 0.5em);
  }
  [part~='heading'] {
    margin: 0;
    color: var(--envoy-consular-contact-heading-color, inherit);
    font-size: var(--envoy-consular-contact-heading-font-size, 1.25em);
    line-height: 1.25;
  }
  [part~='status'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='status']::before {
    content: '' / '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--envoy-consular-contact-closed-color, light-dark(#a4161a, #ffb4ab));
  }
  [part~='status'].open::before {
    background: var(--envoy-consular-contact-open-color, light-dark(#1b6e2d, #7fdc8f));
  }
  [part~='details'] {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.35em 1em;
    margin: 0;
  }
  [part~='details'] > div {
    display: contents;
  }
  dt {
    color: var(--envoy-consular-contact-label-color, inherit);
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='address'] {
    white-space: pre-line;
  }
  a {
    color: var(--envoy-consular-contact-link-color, inherit);
  }
  [part~='hours'] {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='time-zone'] {
    font-size: 0.875em;
  }
  button {
    margin-inline-start: 0.5em;
    padding: 0.15em 0.6em;
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    background: transparent;
    border: 1px solid color-mix(in srgb, currentColor 45%, transparent);
    border-radius: 0.3em;
    cursor: pointer;
  }
  [part~='save'] {
    justify-self: start;
    margin: 0;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--envoy-consular-contact-focus-color, light-dark(#0b5cad, #8ab4f8));
    outline-offset: 2px;
  }
`;
