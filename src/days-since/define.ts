import { DaysSince } from './days-since.js';

export { DaysSince } from './days-since.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script
// twice) finds the tag taken and leaves the first definition in place instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('days-since')) {
  customElements.define('days-since', DaysSince);
}

declare global {
  interface HTMLElementTagNameMap {
    'days-since': DaysSince;
  }
}
