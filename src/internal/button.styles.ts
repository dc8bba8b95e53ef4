import { css } from 'lit';

/**
 * The one button look (consular-contact's Copy and Save contact, news-list's Retry): accent text, a border, a
 * 24 × 24 px minimum target (WCAG 2.5.8), an icon before the text, and a focus ring. Forced colours keep the
 * border and ring in system colours.
 */
export const buttonStyles = css`
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.25em var(--envoy-space-s, 0.5em);
    font: inherit;
    font-size: var(--envoy-font-size-s, 0.875em);
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    color: var(--envoy-color-accent, light-dark(#05c, #ace));
    background: var(--envoy-color-surface, transparent);
    border: 1px solid var(--envoy-color-border, light-dark(#778, #889));
    border-radius: var(--envoy-radius, 0.5em);
    cursor: pointer;
  }
  button:hover {
    border-color: currentColor;
  }
  button svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :focus-visible {
    outline: 3px solid var(--envoy-color-focus, var(--envoy-color-accent, light-dark(#05c, #ace)));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
