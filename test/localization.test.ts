import { expect, fixture, html } from '@open-wc/testing';
import '../src/world-clock/define.js';
import type { WorldClock } from '../src/world-clock/world-clock.js';
import { getLocale, setLocale } from '../src/localization.js';
import { intlLocale, messageLocale, nearestLang } from '../src/internal/locale.js';
import { nextLocaleReady, partText } from './helpers/index.js';

// The order matters in this file: the library follows <html lang> until setLocale is called (last test).
describe('localization', () => {
  const root = document.documentElement;
  after(() => root.removeAttribute('lang'));

  it('resolves language tags to the library locales: region fallback, unknown -> en', () => {
    expect(messageLocale('ru')).to.equal('ru');
    expect(messageLocale('ru-RU')).to.equal('ru');
    expect(messageLocale('RU_ru')).to.equal('ru');
    expect(messageLocale(' ru ')).to.equal('ru');
    expect(messageLocale('en-GB')).to.equal('en');
    expect(messageLocale('fi')).to.equal('en');
    expect(messageLocale('tlh')).to.equal('en');
    expect(messageLocale('')).to.equal('en');
    expect(messageLocale(null)).to.equal('en');
    expect(messageLocale(undefined)).to.equal('en');
    expect(messageLocale('not a tag!')).to.equal('en');
  });

  it('resolves the seven languages, with their regions, to their codes', () => {
    const cases: Record<string, string[]> = {
      fr: ['fr', 'fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'FR_fr'],
      de: ['de', 'de-DE', 'de-AT', 'de-CH'],
      es: ['es', 'es-ES', 'es-MX', 'es-419', 'es-AR'],
      ar: ['ar', 'ar-EG', 'ar-SA', 'ar-MA', 'ar-AE', 'ar-u-nu-latn', 'ar-EG-u-nu-latn', 'ar-Arab'],
      ru: ['ru', 'ru-RU', 'ru-BY', 'ru-KZ'],
      en: ['en', 'en-GB', 'en-US'],
    };
    for (const [code, tags] of Object.entries(cases)) for (const tag of tags) expect(messageLocale(tag), tag).to.equal(code);
  });

  it('gives Simplified Chinese to tags written in Simplified characters, and English (not Simplified) to Traditional', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh-SG', 'zh-MY', 'zh_CN']) {
      expect(messageLocale(tag), tag).to.equal('zh-Hans');
    }
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN', 'zh-Latn']) {
      expect(messageLocale(tag), tag).to.equal('en');
    }
  });

  it('keeps regions Intl knows for dates and numbers, and falls back to en for tags it cannot use', () => {
    expect(intlLocale('en-GB')).to.equal('en-GB');
    expect(intlLocale('ru-RU')).to.equal('ru-RU');
    expect(intlLocale('')).to.equal('en');
    expect(intlLocale('not a tag!')).to.equal('en');
  });

  it('finds the nearest lang: own, ancestor, across shadow roots, then <html lang>', async () => {
    root.setAttribute('lang', 'de');
    const outer = await fixture<HTMLDivElement>(html`<div lang="ru"><p><span id="a"></span><span id="b" lang="en-GB"></span></p></div>`);
    expect(nearestLang(outer.querySelector('#a')!)).to.equal('ru');
    expect(nearestLang(outer.querySelector('#b')!)).to.equal('en-GB');
    const host = outer.querySelector('#a')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><i></i></div>';
    expect(nearestLang(shadow.querySelector('i')!)).to.equal('ru');
    const loose = await fixture(html`<div><b></b></div>`);
    expect(nearestLang(loose.querySelector('b')!)).to.equal('de');
    root.removeAttribute('lang');
    expect(nearestLang(loose.querySelector('b')!)).to.equal('');
  });

  it('follows <html lang> by default, also when it changes later', async () => {
    const el = await fixture<WorldClock>(html`<world-clock
      zones="London=Europe/London, Tokyo=Asia/Tokyo"
      now="2020-07-06T20:00:00Z"
    ></world-clock>`);
    expect(getLocale()).to.equal('en');
    expect(partText(el, 'day-offset')).to.equal('+1 day');
    let ready = nextLocaleReady();
    root.setAttribute('lang', 'ru-RU');
    await ready;
    await el.updateComplete;
    expect(getLocale()).to.equal('ru');
    expect(partText(el, 'day-offset')).to.equal('+1 день');
    ready = nextLocaleReady();
    root.setAttribute('lang', 'fr');
    await ready;
    await el.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(partText(el, 'day-offset')).to.equal('+1 jour');
    // A language without a translation, and Traditional Chinese (no Simplified in its place), read English.
    for (const lang of ['fi', 'zh-TW']) {
      ready = nextLocaleReady();
      root.setAttribute('lang', lang);
      await ready;
      await el.updateComplete;
      expect(getLocale(), lang).to.equal('en');
      expect(partText(el, 'day-offset'), lang).to.equal('+1 day');
      root.setAttribute('lang', 'de');
      await nextLocaleReady();
    }
  });

  it('setLocale chooses explicitly and stops following <html lang>', async () => {
    const el = await fixture<WorldClock>(html`<world-clock
      zones="London=Europe/London, Tokyo=Asia/Tokyo"
      now="2020-07-06T20:00:00Z"
    ></world-clock>`);
    await setLocale('ru-RU');
    await el.updateComplete;
    expect(getLocale()).to.equal('ru');
    expect(partText(el, 'day-offset')).to.equal('+1 день');
    root.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(partText(el, 'day-offset')).to.equal('+1 день');
  });
});
