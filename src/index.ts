/**
 * envoy-elements: importing this module registers every element and exports their classes and the types their
 * APIs name. To register one element only, import `envoy-elements/<tag>.js`; to get a class without registering
 * it (and register it yourself, under any name, with `<Class>.define('other-name')`), import
 * `envoy-elements/<tag>/<tag>.js`.
 */
export * from './world-clock/define.js';
export * from './days-since/define.js';
export * from './article-card/define.js';
export * from './news-list/define.js';
export * from './consular-contact/define.js';
export { setLocale, getLocale, sourceLocale, targetLocales, type EnvoyLocale } from './localization.js';
export { EnvoyErrorEvent, type EnvoyErrorDetail, type EnvoyErrorCode } from './internal/problems.js';
