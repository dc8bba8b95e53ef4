import { WorldClock } from './world-clock.js';

export { WorldClock, parseZoneList, type WorldClockZone } from './world-clock.js';

// Guarded: a second copy of the library on the page (the CDN widget beside an npm build, the same script
// twice) finds the tag taken and leaves the first definition in place instead of throwing.
if (typeof customElements !== 'undefined' && !customElements.get('world-clock')) {
  customElements.define('world-clock', WorldClock);
}

declare global {
  interface HTMLElementTagNameMap {
    'world-clock': WorldClock;
  }
}
