/**
 * Every plural form of `<days-since>`'s sentence, for `lit-localize extract` only: nothing imports this module
 * and no bundle carries it. At run time `plural()` (src/internal/plural.ts) picks `<id>.<category>` with
 * `Intl.PluralRules`; here each CLDR category has its message, so the XLIFF asks every translator for every
 * form their language needs. The English repeats its `other` text where English has no such form.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';

export const daysSincePlurals = (count: unknown, event: unknown) => [
  msg(html`${count} days have passed since ${event}`, { id: 'days-since.since.zero' }),
  msg(html`${count} day has passed since ${event}`, { id: 'days-since.since.one' }),
  msg(html`${count} days have passed since ${event}`, { id: 'days-since.since.two' }),
  msg(html`${count} days have passed since ${event}`, { id: 'days-since.since.few' }),
  msg(html`${count} days have passed since ${event}`, { id: 'days-since.since.many' }),
  msg(html`${count} days have passed since ${event}`, { id: 'days-since.since.other' }),
  msg(html`${count} days until ${event}`, { id: 'days-since.until.zero' }),
  msg(html`${count} day until ${event}`, { id: 'days-since.until.one' }),
  msg(html`${count} days until ${event}`, { id: 'days-since.until.two' }),
  msg(html`${count} days until ${event}`, { id: 'days-since.until.few' }),
  msg(html`${count} days until ${event}`, { id: 'days-since.until.many' }),
  msg(html`${count} days until ${event}`, { id: 'days-since.until.other' }),
];
