import { css } from 'lit';

// Plain inline layout rather than flexbox: a page with a thousand clocks lays them out (and re-lays them out
// every second) several times faster. `contain` keeps each clock's re-layout inside it.
export const worldClockStyles = css`
  :host {
    display: block;
    contain: layout style;
    color: var(--envoy-world-clock-color, inherit);
    font-family: var(--envoy-world-clock-font-family, inherit);
    font-size: var(--envoy-world-clock-font-size, 1rem);
    line-height: 1.4;
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
    display: inline-block;
    margin-inline-end: var(--envoy-world-clock-gap, 0.75em);
    margin-block-end: var(--envoy-world-clock-row-gap, 0.25em);
    white-space: nowrap;
  }
  [part~='zone']:not(:last-child)::after {
    /* A visual separator only: the alternative text after the slash is empty, so nothing is announced.
       It trails its clock, so a wrapped row ends with "·" rather than starting with one. */
    content: '·' / '';
    margin-inline-start: var(--envoy-world-clock-gap, 0.75em);
    color: var(--envoy-world-clock-separator-color, currentColor);
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
    color: var(--envoy-world-clock-day-offset-color, inherit);
  }
  [part~='notice'] {
    white-space: normal;
  }
`;
