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
 * A readable place name from a zone id as the author wrote it: the last path segment with underscores as spaces
 * (`America/New_York` -> `New York`, `America/Argentina/Buenos_Aires` -> `Buenos Aires`, `UTC` -> `UTC`).
 *
 * - The id as written, never the browser's canonical name for it: ICU canonicalises to older names
 *   (`Europe/Kyiv` -> `Europe/Kiev`, `Asia/Kolkata` -> `Asia/Calcutta`). `canonical`, when given, only lends
 *   its capitals to an id written in another case (`europe/london` -> `London`).
 * - `Etc/GMT+5` is five hours *behind* UTC (POSIX signs): it is named by its real offset, `UTC−5`.
 *
 * This is English, as the IANA names are; pass a label for another language.
 */
export function cityFromTimeZone(timeZone: string, canonical?: string | null): string {
  const written = String(timeZone).trim();
  const name = canonical && canonical.toLowerCase() === written.toLowerCase() ? canonical : written;
  const posix = /^etc\/gmt([+-])(\d{1,2})$/i.exec(name);
  if (posix) return Number(posix[2]) === 0 ? 'UTC' : `UTC${posix[1] === '+' ? '\u2212' : '+'}${Number(posix[2])}`;
  return name.slice(name.lastIndexOf('/') + 1).replace(/_/g, ' ');
}
