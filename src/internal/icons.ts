import { html } from 'lit';

/**
 * Icons for the buttons, drawn in the text colour (so forced colours and themes follow), hidden from screen
 * readers (the button's text names it). Each is one path on a 24-unit grid; button.styles.ts strokes it.
 */
const icon = (path: string) =>
  html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;

/** Two sheets, one over the other. */
export const copyIcon = () => icon('M9 9h11v11H9zM5 15H4V4h11v1');
/** An arrow down into a tray. */
export const saveIcon = () => icon('M12 4v11m-5-5 5 5 5-5M5 20h14');
/** A circular arrow. */
export const retryIcon = () => icon('M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5');
