/**
 * Every plural form of `<world-clock>`'s day markers, for `lit-localize extract` only: nothing imports this module
 * and no bundle carries it. At run time `plural()` (src/internal/plural.ts) picks `<id>.<category>` with
 * `Intl.PluralRules`; here each CLDR category has its message, so the XLIFF asks every translator for every
 * form their language needs. The English repeats its `other` text where English has no such form.
 */
import { msg, str } from '@lit/localize';

export const worldClockPlurals = (count: number) => [
  msg(str`+${count} days`, { id: 'world-clock.day-ahead.zero' }),
  msg(str`+${count} day`, { id: 'world-clock.day-ahead.one' }),
  msg(str`+${count} days`, { id: 'world-clock.day-ahead.two' }),
  msg(str`+${count} days`, { id: 'world-clock.day-ahead.few' }),
  msg(str`+${count} days`, { id: 'world-clock.day-ahead.many' }),
  msg(str`+${count} days`, { id: 'world-clock.day-ahead.other' }),
  msg(str`−${count} days`, { id: 'world-clock.day-behind.zero' }),
  msg(str`−${count} day`, { id: 'world-clock.day-behind.one' }),
  msg(str`−${count} days`, { id: 'world-clock.day-behind.two' }),
  msg(str`−${count} days`, { id: 'world-clock.day-behind.few' }),
  msg(str`−${count} days`, { id: 'world-clock.day-behind.many' }),
  msg(str`−${count} days`, { id: 'world-clock.day-behind.other' }),
  msg(str`${count} days ahead`, { id: 'world-clock.day-ahead-spoken.zero' }),
  msg(str`${count} day ahead`, { id: 'world-clock.day-ahead-spoken.one' }),
  msg(str`${count} days ahead`, { id: 'world-clock.day-ahead-spoken.two' }),
  msg(str`${count} days ahead`, { id: 'world-clock.day-ahead-spoken.few' }),
  msg(str`${count} days ahead`, { id: 'world-clock.day-ahead-spoken.many' }),
  msg(str`${count} days ahead`, { id: 'world-clock.day-ahead-spoken.other' }),
  msg(str`${count} days behind`, { id: 'world-clock.day-behind-spoken.zero' }),
  msg(str`${count} day behind`, { id: 'world-clock.day-behind-spoken.one' }),
  msg(str`${count} days behind`, { id: 'world-clock.day-behind-spoken.two' }),
  msg(str`${count} days behind`, { id: 'world-clock.day-behind-spoken.few' }),
  msg(str`${count} days behind`, { id: 'world-clock.day-behind-spoken.many' }),
  msg(str`${count} days behind`, { id: 'world-clock.day-behind-spoken.other' }),
];
