import { css } from 'lit';

/**
 * Shared by every element: box model, hidden state and the notice look. Colours come from the design tokens
 * (src/internal/tokens.ts), each written with its default at the place that uses it, so an element carries only the
 * tokens it uses. Letter, word and line spacing are inherited, never fixed, so a reader's text-spacing style
 * (WCAG 1.4.12) reaches inside. Forced colours replace the notice colour with the system's text colour by
 * themselves.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='notice'] {
    color: var(--envoy-notice-color, var(--envoy-color-danger, light-dark(#b22, #fba)));
    font-style: italic;
  }
`;

