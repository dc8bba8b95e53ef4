import { css } from 'lit';

export const worldClockStyles = css`
  :host {
    display: block;
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
    display: flex;
    flex-wrap: wrap;
    gap: var(--envoy-world-clock-row-gap, 0.25em) var(--envoy-world-clock-gap, 0.75em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='zone'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    white-space: nowrap;
  }
  [part~='zone']:not(:last-child)::after {
    /* A visual separator only: the alternative text after the slash is empty, so nothing is announced.
       It trails its clock, so a wrapped row ends with "·" rather than starting with one. */
    content: '·' / '';
    margin-inline-start: calc(var(--envoy-world-clock-gap, 0.75em) - 0.35em);
    color: var(--envoy-world-clock-separator-color, currentColor);
  }
  [part~='label'] {
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
    font-size: 0.75em;
    color: var(--envoy-world-clock-day-offset-color, inherit);
  }
  [part~='notice'] {
    white-space: normal;
  }
`;
