/**
 * Where each translation is: one entry per locale in lit-localize.json's `targetLocales`, each loaded only when its
 * locale is first shown.
 *
 * This list is a module of its own, loaded (by ./load-locale.ts) with the first translation a page asks for, so
 * that English pages never carry it: the English path of every bundle stays the same size however many languages
 * are added. The price is one small extra request (about 0.2 kB) before a page's first translation. The CDN
 * bundles do without this module (rollup.config.mjs).
 */
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from '../generated/locale-codes.js';

const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  ru: () => import('../generated/locales/ru.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

/** The translations of `locale`, a code from `targetLocales`. */
export const load = (locale: string): Promise<LocaleModule> => loaders[locale as keyof typeof loaders]();
