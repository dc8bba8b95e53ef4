import { css } from 'lit';

/** Border-box sizing inside the shadow root too (every element but the counter, which has no boxes inside). */
export const boxStyles = css`
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
`;
