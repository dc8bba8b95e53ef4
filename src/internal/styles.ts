import { css } from 'lit';

/** Shared by every element: box model, hidden state and the notice look. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='notice'] {
    color: var(--envoy-notice-color, light-dark(#a4161a, #ffb4ab));
    font-style: italic;
  }
  @media (forced-colors: active) {
    [part~='notice'] {
      color: CanvasText;
    }
  }
`;

