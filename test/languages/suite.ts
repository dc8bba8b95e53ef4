/**
 * One suite per language (test/languages/<code>.test.ts, each in a page of its own, since the locale is
 * page-wide): every element renders its words in that language, first following `<html lang>`, then chosen with
 * `setLocale` while the page says something else; the counter and the clock's day markers use the message of each
 * count's `Intl.PluralRules` category; dates, times, numbers and weekday names come from Intl for the element's
 * language.
 *
 * The expected words are written out by hand for each language (a reader's check of the translation); the dates,
 * times, numbers and weekdays in them come from Intl in the test, independently of the library.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { str } from '@lit/localize';
import sinon from 'sinon';
import '../../src/index.js';
import type { ConsularContact } from '../../src/consular-contact/consular-contact.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { WorldClock } from '../../src/world-clock/world-clock.js';
import { addDays, isoDate } from '../../src/internal/calendar.js';
import { plural } from '../../src/internal/plural.js';
import { getLocale, setLocale } from '../../src/localization.js';
import { templates as ar } from '../../src/generated/locales/ar.js';
import { templates as de } from '../../src/generated/locales/de.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as ru } from '../../src/generated/locales/ru.js';
import { templates as zhHans } from '../../src/generated/locales/zh-Hans.js';
import { fold, nextLocaleReady, partText, parts } from '../helpers/index.js';

type Code = 'ar' | 'de' | 'es' | 'fr' | 'ru' | 'zh-Hans';
const TEMPLATES: Record<Code, Record<string, unknown>> = { ar, de, es, fr, ru, 'zh-Hans': zhHans };

/** The counts every plural check runs through. */
export const COUNTS = [0, 1, 2, 3, 11, 100] as const;
type Count = (typeof COUNTS)[number];

export interface LanguageSpec {
  code: Code;
  /** `<html lang>` for the first half, a tag that must resolve to `code` (`fr-FR`, `zh-CN`, `ar-EG`). */
  pageLang: string;
  /** The tag given to `setLocale` in the second half, and the elements' own `lang` there. */
  otherTag: string;
  /** The event in the counter's slot, as it reads after "since" / "until" in this language. */
  sinceEvent: string;
  untilEvent: string;
  /** What a reader reads (shadow text with the slot in place) for 0, 1, 2, 3, 11 and 100 days, digits as `pageLang` writes them. */
  since: Record<Count, string>;
  until: Record<Count, string>;
  /** `<world-clock>`'s day markers and what screen readers hear, for 0, 1, 2, 3, 11 and 100 days ahead, with the count written in the page language's digits. */
  ahead: Record<Count, [marker: string, spoken: string]>;
  /** The same for 1 and 2 days behind. */
  behind: Record<1 | 2, [marker: string, spoken: string]>;
  /** How the hours list writes "days: hours" and the gap between two time ranges. Default ":" and ", ". */
  hoursPunctuation?: { colon: string; separator: string };
  words: {
    unknownZone: (input: string) => string;
    invalidNow: (input: string) => string;
    invalidZones: string;
    invalidHourCycle: (input: string) => string;
    bothDates: string;
    counterUnknownZone: (input: string) => string;
    invalidDate: (input: string) => string;
    counterInvalidNow: (input: string) => string;
    missingDate: string;
    untitled: string;
    unsafeLink: string;
    more: string;
    loading: string;
    error: string;
    retry: string;
    empty: string;
    markupKept: string;
    heading: string;
    labels: [phone: string, emergencyPhone: string, email: string, address: string, hours: string];
    copy: string;
    copyLabels: [phone: string, emergencyPhone: string, email: string];
    phoneCopied: (value: string) => string;
    emailCopied: (value: string) => string;
    copyFailed: string;
    save: string;
    officeUnknownZone: (input: string) => string;
    open: string;
    opensToday: (at: string) => string;
    opensTomorrow: (at: string) => string;
    opensOn: (day: string, at: string) => string;
    dayClosed: string;
    timeZone: (city: string) => string;
  };
}

/** The text of a generated template (`str` or `html`) with its placeholders filled by index. */
function fill(template: unknown, args: string[]): string {
  if (typeof template === 'string') return template;
  const { strings, values } = template as { strings: readonly string[]; values: number[] };
  return strings.reduce((text, piece, i) => text + piece + (i < values.length ? args[values[i]] : ''), '');
}

/** The shadow text of `[part~=base]` with each `<slot>` replaced by what is slotted into it. */
function reads(el: Element): string {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!.cloneNode(true) as Element;
  for (const slot of base.querySelectorAll('slot')) slot.replaceWith(el.textContent ?? '');
  return fold(base.textContent!);
}

const weekdayIn = (lang: string) => (day: number) =>
  new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + day));
const twentyFour = (lang: string) => ['h23', 'h24'].includes(new Intl.DateTimeFormat(lang, { hour: 'numeric' }).resolvedOptions().hourCycle!);
const timeIn = (lang: string, timeZone = 'UTC') => (at: number) =>
  new Intl.DateTimeFormat(lang, { hour: twentyFour(lang) ? '2-digit' : 'numeric', minute: '2-digit', timeZone }).format(at);
const minutes = (lang: string) => (m: number) => timeIn(lang)(Date.UTC(2000, 0, 1, 0, m));
const longDate = (lang: string, timeZone: string, at: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(at);

/** `n` calendar days before / after 2020-07-06, as YYYY-MM-DD. */
const daysBefore = (n: number) => isoDate(addDays({ year: 2020, month: 7, day: 6 }, -n));
const daysAfter = (n: number) => isoDate(addDays({ year: 2020, month: 7, day: 6 }, n));
const NOON_UTC = '2020-07-06T12:00:00Z';

async function mount<T extends Element>(markup: string, setup?: (el: T) => void): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as T;
  setup?.(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

async function counter(attrs: Record<string, string>, event: string): Promise<Element> {
  const el = document.createElement('days-since');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = event;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/**
 * Renders all five elements with `lang` (`undefined`: none, so they format in `<html lang>`'s language) and checks
 * their words against `spec` and their dates, times, numbers and weekdays against Intl for `formatLang`.
 */
async function everyElement(spec: LanguageSpec, lang: string | undefined, formatLang: string): Promise<void> {
  const w = spec.words;
  const langAttr = lang ? ` lang="${lang}"` : '';
  const templates = TEMPLATES[spec.code];
  const number = (n: number) => new Intl.NumberFormat(formatLang).format(n);

  // <world-clock>: the day markers, the date and times from Intl, its notices.
  const clock = await mount<WorldClock>(
    `<world-clock${langAttr} show-date zones="London=Europe/London, Tokyo=Asia/Tokyo, Nowhere=Mars/Olympus_Mons" now="2020-07-06T20:00:00Z"></world-clock>`,
  );
  // The marker's count is written in formatLang's digits (the spec gives them in the page language's).
  const digits = (text: string) => text.replace(/[0-9\u0660-\u0669]/g, (d) => new Intl.NumberFormat(formatLang).format(Number(d.charCodeAt(0) % 16)));
  expect(partText(clock, 'day-offset'), 'marker').to.equal(fold(digits(spec.ahead[1][0])));
  expect(fold(parts(clock, 'day-offset')[0].nextElementSibling!.textContent!), 'spoken marker').to.equal(fold(`, ${digits(spec.ahead[1][1])}`));
  expect(partText(clock, 'date'), 'date').to.equal(longDate(formatLang, 'Europe/London', Date.UTC(2020, 6, 6, 20)));
  expect(parts(clock, 'time').map((t) => t.textContent), 'times').to.deep.equal([
    timeIn(formatLang, 'Europe/London')(Date.UTC(2020, 6, 6, 20)),
    timeIn(formatLang, 'Asia/Tokyo')(Date.UTC(2020, 6, 6, 20)),
  ]);
  expect(partText(clock, 'notice'), 'unknown zone').to.equal(fold(w.unknownZone('Mars/Olympus_Mons')));
  const badClock = await mount<WorldClock>(`<world-clock${langAttr} zones="Europe/London" now="yesterday" hour-cycle="h25"></world-clock>`);
  expect(parts(badClock, 'notice').map((n) => fold(n.textContent!)), 'clock notices').to.deep.equal(
    [w.invalidNow('yesterday'), w.invalidHourCycle('h25')].map(fold),
  );
  const oddClock = await mount<WorldClock>(`<world-clock${langAttr} now="2020-07-06T20:00:00Z"></world-clock>`, (el) => {
    el.zones = 42 as unknown as WorldClock['zones'];
  });
  expect(partText(oddClock, 'notice'), 'invalid zones').to.equal(fold(w.invalidZones));

  // <days-since>: the sentence (count from Intl, the message of its plural category), then its notices.
  for (const [attr, event, id] of [
    ['since', spec.sinceEvent, 'days-since.since'],
    ['until', spec.untilEvent, 'days-since.until'],
  ] as const) {
    const n = 855;
    const el = await counter({ [attr]: attr === 'since' ? daysBefore(n) : daysAfter(n), 'time-zone': 'UTC', now: NOON_UTC, ...(lang ? { lang } : {}) }, event);
    const category = new Intl.PluralRules(spec.code).select(n);
    expect(partText(el, 'count'), `${attr} count`).to.equal(number(n));
    expect(reads(el), `${attr} ${n}`).to.equal(fold(fill(templates[`${id}.${category}`], [number(n), event])));
  }
  const notices: [Record<string, string>, string][] = [
    [{}, w.missingDate],
    [{ since: '2018-03-04', until: '2030-01-01' }, w.bothDates],
    [{ since: '2018-03-04', 'time-zone': 'Mars/Olympus_Mons' }, w.counterUnknownZone('Mars/Olympus_Mons')],
    [{ since: 'last spring' }, w.invalidDate('last spring')],
  ];
  for (const [attrs, notice] of notices) {
    const el = await counter({ ...attrs, ...(lang ? { lang } : {}) }, spec.sinceEvent);
    expect(partText(el, 'notice'), JSON.stringify(attrs)).to.equal(fold(notice));
  }
  const frozenBadly = await counter({ since: daysBefore(3), 'time-zone': 'UTC', now: 'noon', ...(lang ? { lang } : {}) }, spec.sinceEvent);
  expect(partText(frozenBadly, 'notice')).to.equal(fold(w.counterInvalidNow('noon')));

  // <article-card>: its notices, the date from Intl.
  const card = await mount(`<article-card${langAttr} href="javascript:alert(1)" date="2020-07-06"></article-card>`);
  expect(partText(card, 'heading'), 'untitled').to.equal(fold(w.untitled));
  expect(parts(card, 'notice').map((n) => fold(n.textContent!)), 'card notices').to.deep.equal([w.untitled, w.unsafeLink].map(fold));
  expect(partText(card, 'date'), 'card date').to.equal(longDate(formatLang, 'UTC', Date.UTC(2020, 6, 6)));

  // <news-list>: archive link, empty, loading, error with retry, markup kept when the feed fails.
  const list = await mount<NewsList>(`<news-list${langAttr} more-href="/news"></news-list>`, (el) => {
    el.items = [];
  });
  expect(partText(list, 'more'), 'more').to.equal(fold(w.more));
  expect(partText(list, 'empty'), 'empty').to.equal(fold(w.empty));
  const loading = await mount<NewsList>(`<news-list${langAttr} src="/api/slow?ms=3000&file=news.feed.json"></news-list>`);
  expect(fold(loading.shadowRoot!.querySelector('[part~="placeholder"] .visually-hidden')!.textContent!), 'loading').to.equal(fold(w.loading));
  loading.remove();
  for (const [markup, text] of [
    ['', w.error],
    ['<article><h3><a href="/news/1">x</a></h3></article>', w.markupKept],
  ]) {
    const failing = await mount<NewsList>(`<news-list${langAttr} src="/api/status?code=500">${markup}</news-list>`);
    await waitFor(() => parts(failing, markup ? 'notice' : 'error').length > 0);
    expect(partText(failing, markup ? 'notice' : 'error'), 'error').to.equal(fold(`${text} ${w.retry}`));
    expect(partText(failing, 'retry'), 'retry').to.equal(fold(w.retry));
  }

  // <consular-contact>: labels, status, hours in words and weekdays from Intl, copy messages.
  const weekday = weekdayIn(formatLang);
  const at = minutes(formatLang);
  const office = await mount<ConsularContact>(
    `<consular-contact${langAttr} phone="+44 20 7946 0000" emergency-phone="+44 7700 900123" email="consul@embassy.example.org"
      address="1 Example Gardens" hours="Mo-Fr 09:00-12:30, 14:00-17:00; Sa 10:00-12:00" time-zone="Europe/London"
      now="2020-07-04T13:00:00+01:00"></consular-contact>`,
  );
  expect(partText(office, 'heading'), 'heading').to.equal(fold(w.heading));
  expect([...office.shadowRoot!.querySelectorAll('dt')].map((dt) => fold(dt.textContent!)), 'labels').to.deep.equal(w.labels.map(fold));
  expect(parts(office, 'copy').map((b) => fold(b.textContent!)), 'copy').to.deep.equal([w.copy, w.copy, w.copy].map(fold));
  expect(parts(office, 'copy').map((b) => b.getAttribute('aria-label')), 'copy labels').to.deep.equal(w.copyLabels);
  expect(partText(office, 'save'), 'save').to.equal(fold(w.save));
  expect(partText(office, 'status'), 'opens Monday').to.equal(fold(w.opensOn(weekday(0), at(9 * 60))));
  const { colon, separator } = spec.hoursPunctuation ?? { colon: ':', separator: ', ' };
  expect([...parts(office, 'hours')[0].querySelectorAll('li')].map((li) => fold(li.textContent!)), 'hours').to.deep.equal([
    fold(`${weekday(0)}–${weekday(4)}${colon} ${at(540)}–${at(750)}${separator}${at(840)}–${at(1020)}`),
    fold(`${weekday(5)}${colon} ${at(600)}–${at(720)}`),
    fold(`${weekday(6)}${colon} ${w.dayClosed}`),
  ]);
  expect(partText(office, 'time-zone'), 'time zone').to.equal(fold(w.timeZone('London')));
  for (const [now, status] of [
    ['2020-07-06T13:00:00+01:00', w.opensToday(at(14 * 60))],
    ['2020-07-03T18:00:00+01:00', w.opensTomorrow(at(10 * 60))],
    ['2020-07-06T10:00:00+01:00', w.open],
  ]) {
    office.setAttribute('now', now);
    await office.updateComplete;
    expect(partText(office, 'status'), now).to.equal(fold(status));
  }
  const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
  const [copyPhone, , copyEmail] = parts(office, 'copy');
  copyPhone.click();
  await write.returnValues[0];
  await office.updateComplete;
  expect(partText(office, 'copy-status'), 'phone copied').to.equal(fold(w.phoneCopied('+442079460000')));
  copyEmail.click();
  await write.returnValues[1];
  await office.updateComplete;
  expect(partText(office, 'copy-status'), 'e-mail copied').to.equal(fold(w.emailCopied('consul@embassy.example.org')));
  write.rejects(new Error('denied'));
  copyPhone.click();
  await waitFor(() => partText(office, 'copy-status') === fold(w.copyFailed));
  const lost = await mount(`<consular-contact${langAttr} hours="Mo-Fr 09:00-17:00" time-zone="Mars/Olympus_Mons"></consular-contact>`);
  expect(partText(lost, 'notice'), 'office unknown zone').to.equal(fold(w.officeUnknownZone('Mars/Olympus_Mons')));
}

async function waitFor(condition: () => boolean, ms = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`still waiting after ${ms} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function languageSuite(spec: LanguageSpec): void {
  describe(`${spec.code}: every element in this language`, () => {
    const root = document.documentElement;
    beforeEach(() => {
      sinon.stub(console, 'warn');
    });
    afterEach(() => sinon.restore());
    after(() => root.removeAttribute('lang'));

    it(`follows <html lang="${spec.pageLang}"> with no configuration`, async () => {
      root.setAttribute('lang', spec.pageLang);
      const ready = nextLocaleReady();
      const clock = await mount<WorldClock>('<world-clock zones="London=Europe/London, Tokyo=Asia/Tokyo" now="2020-07-06T20:00:00Z"></world-clock>');
      await ready;
      await clock.updateComplete;
      expect(getLocale()).to.equal(spec.code);
      expect(partText(clock, 'day-offset')).to.equal(fold(spec.ahead[1][0]));
    });

    it('renders every element in its words, with dates, times and numbers from Intl for the page language', async () => {
      await everyElement(spec, undefined, spec.pageLang);
    });

    it(`days-since reads naturally for ${COUNTS.join(', ')} days, each with its plural category's message`, async () => {
      const templates = TEMPLATES[spec.code];
      const rules = new Intl.PluralRules(spec.code);
      const number = (n: number) => new Intl.NumberFormat(spec.pageLang).format(n);
      for (const n of COUNTS) {
        const since = await counter({ since: daysBefore(n), 'time-zone': 'UTC', now: NOON_UTC }, spec.sinceEvent);
        const until = await counter({ until: daysAfter(n), 'time-zone': 'UTC', now: NOON_UTC }, spec.untilEvent);
        expect(reads(since), `since ${n}`).to.equal(fold(spec.since[n]));
        expect(reads(until), `until ${n}`).to.equal(fold(spec.until[n]));
        const category = rules.select(n);
        expect(reads(since), `since ${n} is ${category}`).to.equal(fold(fill(templates[`days-since.since.${category}`], [number(n), spec.sinceEvent])));
        expect(reads(until), `until ${n} is ${category}`).to.equal(fold(fill(templates[`days-since.until.${category}`], [number(n), spec.untilEvent])));
      }
    });

    it(`world-clock's day markers for ${COUNTS.join(', ')} days, each with its plural category's message`, async () => {
      const templates = TEMPLATES[spec.code];
      const rules = new Intl.PluralRules(spec.code);
      for (const n of COUNTS) {
        // What renderDayOffset asks for (the count written as the page's language writes numbers); no two zones
        // are more than two days apart, so larger counts are asked here.
        const count = new Intl.NumberFormat(spec.pageLang).format(n);
        const marker = plural(n, 'world-clock.day-ahead', str`+${count} day`, str`+${count} days`);
        const spoken = plural(n, 'world-clock.day-ahead-spoken', str`${count} day ahead`, str`${count} days ahead`);
        expect([marker, spoken], `${n} ahead`).to.deep.equal(spec.ahead[n]);
        const category = rules.select(n);
        expect(marker, `${n} is ${category}`).to.equal(fill(templates[`world-clock.day-ahead.${category}`], [count]));
        expect(spoken, `${n} is ${category}`).to.equal(fill(templates[`world-clock.day-ahead-spoken.${category}`], [count]));
      }
      // Rendered: Pago Pago (UTC-11) and Kiritimati (UTC+14) are two calendar days apart for an hour each day.
      const cases: [string, string, [string, string]][] = [
        ['Pago Pago=Pacific/Pago_Pago, Kiritimati=Pacific/Kiritimati', '2020-07-07T10:30:00Z', spec.ahead[2]],
        ['Tokyo=Asia/Tokyo, London=Europe/London', '2020-07-06T20:00:00Z', spec.behind[1]],
        ['Kiritimati=Pacific/Kiritimati, Pago Pago=Pacific/Pago_Pago', '2020-07-07T10:30:00Z', spec.behind[2]],
      ];
      for (const [zones, now, [marker, spoken]] of cases) {
        const clock = await mount<WorldClock>(`<world-clock zones="${zones}" now="${now}"></world-clock>`);
        expect(partText(clock, 'day-offset'), zones).to.equal(fold(marker));
        expect(fold(parts(clock, 'day-offset')[0].nextElementSibling!.textContent!), zones).to.equal(fold(`, ${spoken}`));
      }
    });

    it(`setLocale("${spec.otherTag}") on a page in English: words from setLocale, formats from each element's lang`, async () => {
      let ready = nextLocaleReady();
      root.setAttribute('lang', 'en');
      await ready;
      expect(getLocale()).to.equal('en');
      ready = nextLocaleReady();
      await setLocale(spec.otherTag);
      await ready;
      expect(getLocale()).to.equal(spec.code);
      await everyElement(spec, spec.otherTag, spec.otherTag);
      // No longer following <html lang>.
      root.setAttribute('lang', spec.code === 'de' ? 'fr' : 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getLocale()).to.equal(spec.code);
    });
  });
}
