import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';

/** Values a script (or a framework binding) might hand an element by mistake. */
const WRONG = [42, { a: 1 }, ['x'], true, null, undefined, '', '   ', '<script>alert(1)</script>', Symbol.for('nope').description];

const PROPERTIES: Record<string, string[]> = {
  'world-clock': ['zones', 'showDate', 'seconds', 'hourCycle', 'now'],
  'days-since': ['since', 'until', 'timeZone', 'now', 'phraseOne', 'phraseFew', 'phraseMany', 'phraseOther'],
  'article-card': ['heading', 'href', 'date', 'kicker', 'headingLevel', 'image', 'imageAlt', 'clamp', 'variant'],
  'news-list': ['items', 'limit', 'heading', 'headingLevel', 'moreHref', 'moreLabel', 'refresh'],
  'consular-contact': ['heading', 'headingLevel', 'phone', 'emergencyPhone', 'email', 'address', 'hours', 'timeZone', 'now'],
};

describe('wrong types in every property never throw out of an element', () => {
  afterEach(() => sinon.restore());

  for (const [tag, properties] of Object.entries(PROPERTIES)) {
    it(`<${tag}>`, async () => {
      sinon.stub(console, 'warn');
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
        wrapper.append(el);
        for (const property of properties) {
          for (const value of WRONG) {
            el[property] = value;
            await el.updateComplete;
          }
          el[property] = undefined;
        }
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});

describe("inside another app's shadow root", () => {
  it('every element renders there and takes its language from the app', async () => {
    const app = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
    const root = app.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <world-clock zones="Москва=Europe/Moscow" show-date now="2020-07-05T23:36:00Z"></world-clock>
      <days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">открытия</days-since>
      <article-card heading="Приём" href="/news/1" date="2020-07-06"></article-card>
      <news-list><article><a href="/news/2">Выставка</a><time datetime="2020-07-02"></time></article></news-list>
      <consular-contact phone="+7 495 123-45-67" hours="Mo-Fr 09:00-18:00" time-zone="Europe/Moscow" now="2020-07-06T07:00:00Z"></consular-contact>`;
    const elements = [...root.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    const [clock, counter, card, news, contact] = elements;
    expect(clock.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.equal('6 июля 2020 г.');
    expect(counter.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('855');
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('6 июля 2020 г.');
    const newsCard = news.shadowRoot!.querySelector('article-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await newsCard.updateComplete;
    expect(newsCard.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('2 июля 2020 г.');
    expect(contact.shadowRoot!.querySelector('a[href="tel:+74951234567"]')).to.not.equal(null);
    expect(contact.shadowRoot!.querySelector('[part~="hours"] li')!.textContent).to.match(/^понедельник–пятница/);
  });
});
