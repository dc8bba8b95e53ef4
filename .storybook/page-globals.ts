/**
 * What the toolbars and the visual-regression runner change on the preview page itself. The preview's stylesheet
 * (preview.css) reads these attributes of `<html>`; stories never carry page styles of their own.
 */
import { sampleContent } from '../stories/support/content.js';

/** Light or dark: `color-scheme` and the background of the whole canvas and docs page. */
export function applyPageTheme(theme: string): void {
  document.documentElement.setAttribute('data-envoy-theme', theme === 'dark' ? 'dark' : 'light');
}

/** Screenshot mode: pinned fonts, no animations or carets (the runner also freezes time, see preview.ts). */
export function applySnapshotMode(on: boolean): void {
  document.documentElement.toggleAttribute('data-envoy-snapshot', on);
}

/** The text direction for the Direction toolbar's value: `auto` is the language's own. */
export function direction(dir: string, locale: string): 'ltr' | 'rtl' {
  if (dir === 'ltr' || dir === 'rtl') return dir;
  return sampleContent(locale).dir;
}

/**
 * The instant a screenshot shows, for stories that otherwise run live: Monday 6 July 2020, 10:00 in London
 * (the consular section is open, the counter reads 855 days, the clock shows 12:00 in Moscow).
 */
export const SNAPSHOT_NOW = '2020-07-06T10:00:00+01:00';
