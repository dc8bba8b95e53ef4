/**
 * axe-core on every element, in every language the library speaks, left to right and right to left, on a light
 * and a dark page: 5 elements × 7 languages × 2 directions × 2 themes = 140 runs. The content is each language's
 * own sample content (stories/sample-content.ts), so nothing is checked in mixed text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale } from '../src/localization.js';
import { sampleContent, type SampleLanguage } from '../stories/sample-content.js';
import type { NewsList } from '../src/news-list/news-list.js';

type Envoy = HTMLElement & { updateComplete: Promise<boolean> };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\n/g, '&#10;');

function elementsFor(language: SampleLanguage): string[] {
  const c = sampleContent[language];
  return [
    `<world-clock show-date zones="Europe/London, Europe/Moscow, America/New_York" now="2020-07-06T20:00:00Z"></world-clock>`,
    `<days-since since="2018-03-04" time-zone="Europe/London" now="2020-07-06T12:00:00Z">${c.counter.since}</days-since>`,
    `<article-card variant="featured" kicker="${escape(c.featured.kicker)}" heading="${escape(c.featured.heading)}" href="/news/1" date="2020-07-06" image="/test/fixtures/photo.png" image-alt="${escape(c.featured.imageAlt)}" clamp="3">${c.featured.excerpt}</article-card>`,
    `<news-list heading="${escape(c.newsHeading)}" more-href="/news"></news-list>`,
    `<consular-contact heading="${escape(c.consular.heading)}" phone="+44 (0) 203 668 7474" email="consul@embassy.example.org" address="${escape(c.consular.address)}" hours="Mo-Fr 09:00-12:30, 14:00-17:00" time-zone="Europe/London" now="2020-07-06T07:00:00Z"></consular-contact>`,
  ];
}

describe('axe: every element × language × direction × theme', function () {
  this.timeout(60_000);
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `.theme-light { color-scheme: light; background: #fff; color: #1b1f24; } .theme-dark { color-scheme: dark; background: #121212; color: #e8eaed; }`;
    document.head.append(style);
  });
  after(async () => {
    style.remove();
    await setLocale('en');
  });
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  for (const language of Object.keys(sampleContent) as SampleLanguage[]) {
    it(`${language}: 5 elements, ltr and rtl, light and dark`, async () => {
      const content = sampleContent[language];
      await setLocale(content.lang);
      let runs = 0;
      for (const dir of ['ltr', 'rtl']) {
        for (const theme of ['light', 'dark']) {
          const page = await fixture<HTMLDivElement>(html`<div></div>`);
          page.className = `theme-${theme}`;
          page.setAttribute('lang', content.lang);
          page.setAttribute('dir', dir);
          page.innerHTML = elementsFor(language).join('');
          const elements = [...page.children] as Envoy[];
          (page.querySelector('news-list') as NewsList).items = content.news;
          await Promise.all(elements.map((el) => el.updateComplete));
          const cards = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll<Envoy>('article-card')]);
          await Promise.all(cards.map((card) => card.updateComplete));
          for (const el of elements) {
            await expect(el, `${el.localName} in ${language}, ${dir}, ${theme}`).to.be.accessible();
            runs++;
          }
          page.remove();
        }
      }
      expect(runs).to.equal(20);
    });
  }
});
