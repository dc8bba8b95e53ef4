/**
 * @lit/localize's `loadLocale`: the generated translations of `locale` (a code from `targetLocales`; @lit/localize
 * refuses any other before calling this).
 *
 * npm build: the list of translation modules (./translations.ts) is fetched with the first translation, so English
 * pages carry none of it. CDN builds: rollup.config.mjs replaces this module with one `import()` of
 * `locales/<bundle>.<locale>.js`, whose names it fixes (no content hash), so there is no list and no extra request.
 */
import type { LocaleModule } from '@lit/localize';

export const loadLocale = (locale: string): Promise<LocaleModule> => import('./translations.js').then((list) => list.load(locale));
