/**
 * Time-zone validation. `new Intl.DateTimeFormat(locale, { timeZone })` throws a RangeError for a name it does
 * not know; elements must never let that escape, so every zone goes through `canonicalTimeZone` first. The
 * answer is cached: validation happens once per name per page.
 */

import { cached } from './formatters.js';

const canonical = new Map<string, string | null>();

/**
 * The zone's canonical IANA spelling (`europe/london` -> `Europe/London`), or `null` when the browser does not
 * know the zone. Never throws.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  const name = String(timeZone).trim();
  return cached(canonical, name, () => {
    try {
      return name ? new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone : null;
    } catch {
      return null;
    }
  });
}

/** The viewer's own zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A readable place name from a zone id: the last path segment with underscores as spaces
 * (`America/New_York` -> `New York`, `America/Argentina/Buenos_Aires` -> `Buenos Aires`, `UTC` -> `UTC`).
 * This is English, as the IANA names are; pass a label for another language.
 */
export function cityFromTimeZone(timeZone: string): string {
  const last = timeZone.slice(timeZone.lastIndexOf('/') + 1);
  return last.replace(/_/g, ' ');
}
