import { defineElement } from '../internal/define.js';
import { WorldClock } from './world-clock.js';

export { WorldClock, parseZoneList, type WorldClockZone } from './world-clock.js';

defineElement('world-clock', WorldClock);

declare global {
  interface HTMLElementTagNameMap {
    'world-clock': WorldClock;
  }
}
