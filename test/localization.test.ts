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
    expect(messageLocale('en-GB')).to.equal('en');
    expect(messageLocale('fr')).to.equal('en');
    expect(messageLocale('')).to.equal('en');
    expect(messageLocale(null)).to.equal('en');
    expect(messageLocale('not a tag!')).to.equal('en');
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
    expect(partText(el, 'day-offset')).to.equal('+1 day');
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
