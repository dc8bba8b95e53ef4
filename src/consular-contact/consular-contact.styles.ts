import { css } from 'lit';

// Labels sit beside their values while there is room, and over them in a narrow container (container query on the
// element's own width, not the viewport). Phone numbers never wrap; an e-mail address wraps only at `@` and `.`
// (the template puts <wbr> there). The open/closed dot is a filled disc or a ring, drawn with a border, so it keeps
// its shape when forced colours take its colour away. Line breaks in the address are kept.
export const consularContactStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--envoy-consular-contact-color, var(--envoy-color-text, inherit));
    font-family: var(--envoy-consular-contact-font-family, var(--envoy-font-family, inherit));
  }
  [part~='base'] {
    display: grid;
    gap: var(--envoy-consular-contact-gap, var(--envoy-space-m, 0.75em));
    padding: var(--envoy-consular-contact-padding, 0);
    background: var(--envoy-consular-contact-background, var(--envoy-color-surface, transparent));
    border: var(--envoy-consular-contact-border, none);
    border-radius: var(--envoy-consular-contact-border-radius, var(--envoy-radius, 0.5em));
  }
  [part~='heading'] {
    margin: 0;
    color: var(--envoy-consular-contact-heading-color, inherit);
    font-size: var(--envoy-consular-contact-heading-font-size, var(--envoy-font-size-l, 1.25em));
  }
  [part~='status'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='status']::before {
    content: '' / '';
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.45em;
    vertical-align: -0.05em;
    border: 0.15em solid var(--envoy-consular-contact-closed-color, var(--envoy-color-danger, light-dark(#b22, #fba)));
    border-radius: 50%;
  }
  [part~='status'].open::before {
    border-width: 0.375em;
    border-color: var(--envoy-consular-contact-open-color, var(--envoy-color-success, light-dark(#172, #7d8)));
  }
  [part~='details'] {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--envoy-space-s, 0.5em) 1em;
    margin: 0;
  }
  [part~='details'] > div {
    display: contents;
  }
  dt {
    color: var(--envoy-consular-contact-label-color, var(--envoy-color-text-muted, light-dark(#555, #bbb)));
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--envoy-space-s, 0.5em);
    margin: 0;
    min-inline-size: 0;
  }
  @container (max-width: 30em) {
    [part~='details'] {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    dd {
      margin-block-end: var(--envoy-space-s, 0.5em);
    }
  }
  [part~='phone'],
  [part~='emergency-phone'],
  .nowrap {
    white-space: nowrap;
  }
  [part~='address'] {
    display: block;
    white-space: pre-line;
  }
  a {
    color: var(--envoy-consular-contact-link-color, var(--envoy-color-accent, light-dark(#05c, #ace)));
    text-underline-offset: 0.15em;
  }
  [part~='hours'] {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='time-zone'] {
    color: var(--envoy-color-text-muted, light-dark(#555, #bbb));
    font-size: var(--envoy-font-size-s, 0.875em);
  }
  [part~='save'] {
    justify-self: start;
  }
  :focus-visible {
    outline-color: var(--envoy-consular-contact-focus-color, var(--envoy-color-focus, var(--envoy-color-accent, light-dark(#05c, #ace))));
  }
`;
