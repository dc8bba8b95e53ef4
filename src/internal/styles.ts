import { css } from 'lit';

/** Shared by every element: box model, hidden state, the screen-reader-only utility and the notice look. */
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
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
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
