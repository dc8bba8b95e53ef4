/**
 * The library's words: @lit/localize in runtime mode, English source; Arabic, French, German, Russian, Simplified
 * Chinese and Spanish loaded on demand (src/internal/load-locale.ts), each only when a page shows it.
 *
 * @lit/localize allows one configuration per copy of the library, and one active locale per page:
 * - The first envoy element that connects configures it, then follows `<html lang>` (also when that attribute
 *   changes later): `ru-RU` -> `ru`, `zh-CN` -> `zh-Hans`, `zh-TW` and an unknown language -> `en` (messageLocale).
 * - If the application configured @lit/localize itself before that, configuring throws; the application then
 *   owns the locale, envoy elements render with its templates, and it merges ours into its `loadLocale`
 *   (`envoy-elements/locales/ru.js`, see README "Languages").
 * - `setLocale` chooses a locale explicitly and stops following `<html lang>`.
 * The CDN bundles inline their own copy of @lit/localize, so they always configure it themselves.
 */
import { isServer } from 'lit';
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { messageLocale, type MessageLocale } from './internal/locale.js';
import { CDN } from './internal/build.js';
import { loadLocale } from './internal/load-locale.js';

export type { MessageLocale as EnvoyLocale };

let controls: ReturnType<typeof configureLocalization> | undefined;
/** Set when configuring failed because the application had configured @lit/localize first. */
let applicationOwned = false;
let followsDocument = true;
let lastReadyLocale: string | undefined;

/** Connected envoy elements, re-rendered when new words are ready. */
const listeners = new Set<{ requestUpdate(): void }>();

/**
 * Re-render `host` whenever the page-wide locale changes, while it is in the set. One window listener serves
 * every element (rather than one per element, as @lit/localize's own controller adds): a page with a
 * thousand clocks adds one listener, not a thousand.
 */
export function rerenderOnLocaleChange(host: { requestUpdate(): void }, on: boolean): void {
  if (on) listeners.add(host);
  else listeners.delete(host);
}

// Heard from the moment the library loads, so that an application that owns @lit/localize and switched its
// locale before any envoy element connected is still known (plural rules need the active locale).
if (!isServer) {
  window.addEventListener(LOCALE_STATUS_EVENT, ({ detail }) => {
    if (detail.status !== 'ready') return;
    if (!CDN) lastReadyLocale = detail.readyLocale;
    for (const host of listeners) host.requestUpdate();
  });
}

/**
 * Configures @lit/localize for the library unless the application already did, then follows `<html lang>`.
 * Called by every element as it connects; only the first call does anything. Browser only.
 */
export function ensureLocalization(): void {
  if (controls || applicationOwned || isServer) return;
  try {
    controls = configureLocalization({ sourceLocale, targetLocales, loadLocale });
  } catch {
    // The application configured @lit/localize first. A CDN bundle's copy is its own and never throws here; a
    // CDN-only branch without the `try` saved it about 20 B but cost every npm entry about as much (esbuild, as
    // size-limit and Vite use it, keeps an `if (false)`), so both builds share this one.
    applicationOwned = true;
    return;
  }
  const root = document.documentElement;
  const follow = () => {
    if (followsDocument) void switchTo(messageLocale(root.getAttribute('lang')));
  };
  // An attribute filter implies `attributes: true`.
  new MutationObserver(follow).observe(root, { attributeFilter: ['lang'] });
  follow();
}

async function switchTo(locale: MessageLocale): Promise<void> {
  try {
    await controls!.setLocale(locale);
  } catch (error) {
    console.warn(`envoy-elements: could not load "${locale}"; showing English.`, error);
  }
}

/**
 * Shows every envoy element in `locale` (a language tag: `ru`, `ru-RU`, `en-GB`; unknown languages give `en`).
 * From then on the library no longer follows `<html lang>`. Resolves when the new words are rendered.
 * When the application configured @lit/localize itself, use the application's `setLocale` instead.
 */
export function setLocale(locale: string): Promise<void> {
  ensureLocalization();
  if (!controls) {
    console.warn('envoy-elements: @lit/localize is configured by the application; call its setLocale instead.');
    return Promise.resolve();
  }
  followsDocument = false;
  return switchTo(messageLocale(locale));
}

/** The locale envoy elements currently render their words in (`en`, `ru`, `zh-Hans` …). */
export function getLocale(): MessageLocale {
  return controls
    ? (controls.getLocale() as MessageLocale)
    : !CDN && applicationOwned
      ? messageLocale(lastReadyLocale ?? document.documentElement.lang)
      : sourceLocale;
}

export { sourceLocale, targetLocales };
