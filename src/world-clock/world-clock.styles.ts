import { css } from 'lit';

// Plain inline layout rather than flexbox, `contain` so a clock's re-layout stays inside it, and
// `content-visibility: auto` so clocks outside the viewport are not laid out or painted as they tick (they stay in
// the accessibility tree and find-in-page). A page with a thousand clocks re-lays out a few dozen, not all.
// The intrinsic size holds their place (remembered once rendered) so scrolling to them does not shift the page.
// The "·" after each clock is a visual separator only: its alternative text (after the slash) is empty, so
// nothing is announced. It trails its clock, so a wrapped row ends with "·" rather than starting with one. The
// space that follows each clock in the markup is where a row may wrap. (Comments stay out of the CSS text: it
// ships as is in every bundle.)
export const worldClockStyles = css`
  :host {
    display: block;
    contain: layout style;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 1.4em;
    color: var(--envoy-world-clock-color, var(--envoy-color-text, inherit));
    font-family: var(--envoy-world-clock-font-family, var(--envoy-font-family, inherit));
    font-size: var(--envoy-world-clock-font-size, 1rem);
    line-height: 1.4;
  }
  :host([show-date]) {
    contain-intrinsic-block-size: auto 2.9em;
  }
  [part~='date'] {
    display: block;
    margin-block-end: var(--envoy-world-clock-date-gap, 0.25em);
    color: var(--envoy-world-clock-date-color, inherit);
    font-size: var(--envoy-world-clock-date-font-size, 1em);
    font-weight: var(--envoy-world-clock-date-font-weight, 600);
  }
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='zone'] {
    display: inline;
    white-space: nowrap;
  }
  [part~='zone']:not(:last-child)::after {
    content: '·' / '';
    margin-inline: var(--envoy-world-clock-gap, 0.75em) calc(var(--envoy-world-clock-gap, 0.75em) - 0.3em);
    color: var(--envoy-world-clock-separator-color, var(--envoy-color-text-muted, light-dark(#555, #bbb)));
  }
  [part~='label'],
  [part~='time'],
  [part~='day-offset'] {
    unicode-bidi: isolate;
  }
  [part~='label'] {
    margin-inline-end: 0.35em;
    color: var(--envoy-world-clock-label-color, inherit);
    font-weight: var(--envoy-world-clock-label-font-weight, 400);
  }
  [part~='time'] {
    color: var(--envoy-world-clock-time-color, inherit);
    font-size: var(--envoy-world-clock-time-font-size, 1em);
    font-weight: var(--envoy-world-clock-time-font-weight, 700);
    font-variant-numeric: tabular-nums;
  }
  [part~='day-offset'] {
    margin-inline-start: 0.35em;
    font-size: 0.75em;
    color: var(--envoy-world-clock-day-offset-color, var(--envoy-color-text-muted, light-dark(#555, #bbb)));
  }
  [part~='notice'] {
    white-space: normal;
  }
`;
