/**
 * Every element lays out cleanly from 280 px to 1,200 px wide: nothing overflows its box, phone numbers never
 * wrap, an e-mail address wraps only at `@` and `.`, a day range ("Monday–Friday") never breaks, and
 * consular-contact stacks its labels over their values in a narrow container (a container query: the element's
 * own width, not the viewport's).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { sampleNews } from '../stories/sample-news.js';
import type { NewsList } from '../src/news-list/news-list.js';

const WIDTHS = [280, 320, 375, 480, 768, 1024, 1200];

const MARKUP: Record<string, string> = {
  'world-clock': `<world-clock show-date zones="Moscow=Europe/Moscow, London=Europe/London, Washington=America/New_York, Tokyo=Asia/Tokyo, Auckland=Pacific/Auckland" now="2020-07-05T23:36:00Z"></world-clock>`,
  'days-since': `<days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening of the new consulate of the Embassy of Examplestan</days-since>`,
  'article-card': `<article-card variant="featured" kicker="Speeches, interviews, articles" heading="Interview of the Ambassador to the Examplestan Daily on trade, culture and the new consulate" href="/news/1" date="2020-07-06" image="/test/fixtures/photo.png" image-alt="The Ambassador" clamp="3">The Ambassador spoke about trade between our countries, about the new consulate, and about the exhibition of textiles that opens next week.</article-card>`,
  'news-list': `<news-list heading="Latest events" more-href="/news"></news-list>`,
  'consular-contact': `<consular-contact phone="+44 (0) 203 668 7474" emergency-phone="+44 7700 900123" email="consul.queries@embassy.example.org" address="Embassy of Examplestan&#10;1 Example Gardens&#10;London W8 4QP" hours="Mo-Fr 09:00-12:30, 14:00-17:00; Sa 10:00-12:00" time-zone="Europe/London" now="2020-07-06T10:00:00Z"></consular-contact>`,
};

type Envoy = HTMLElement & { updateComplete: Promise<boolean> };

async function at(width: number, tag: string): Promise<Envoy> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.className = 'layout-box';
  box.style.setProperty('inline-size', `${width}px`);
  box.innerHTML = MARKUP[tag];
  const el = box.firstElementChild as Envoy;
  if (tag === 'news-list') (el as unknown as NewsList).items = sampleNews;
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll<Envoy>('article-card')].map((card) => card.updateComplete));
  return el;
}

/** Elements in `root` (and shadow roots below) whose box pokes out of `limit` horizontally. */
function overflowing(root: ShadowRoot, limit: DOMRect): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && (rect.left < limit.left - 1 || rect.right > limit.right + 1)) out.push(`${el.localName}[part=${el.getAttribute('part')}] ${Math.round(rect.left)}-${Math.round(rect.right)}`);
    if (el.shadowRoot) out.push(...overflowing(el.shadowRoot, limit));
  }
  return out;
}

/** The line boxes a text node is laid out on, as [top, text of that line]. */
function lines(element: Element): string[] {
  const found: { top: number; text: string }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const line = found.find((l) => Math.abs(l.top - rect.top) < 3);
      if (line) line.text += text[i];
      else found.push({ top: rect.top, text: text[i] });
    }
  }
  return found.sort((a, b) => a.top - b.top).map((l) => l.text);
}

describe('layout from 280 px to 1,200 px', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  for (const tag of Object.keys(MARKUP)) {
    it(`<${tag}>: nothing overflows at ${WIDTHS.join(', ')} px`, async () => {
      for (const width of WIDTHS) {
        const el = await at(width, tag);
        const limit = el.getBoundingClientRect();
        expect(Math.round(limit.width), `${tag} takes its container's width`).to.equal(width);
        expect(overflowing(el.shadowRoot!, limit), `${tag} at ${width} px`).to.deep.equal([]);
        expect(el.scrollWidth, `${tag} at ${width} px scrolls`).to.be.at.most(el.clientWidth + 1);
        el.parentElement!.remove();
      }
    });
  }

  it('consular-contact: phone numbers on one line, the e-mail broken only at @ and ., day ranges whole', async () => {
    for (const width of WIDTHS) {
      const el = await at(width, 'consular-contact');
      for (const part of ['phone', 'emergency-phone']) {
        const phone = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
        expect(lines(phone), `${part} at ${width} px`).to.have.length(1);
      }
      const email = lines(el.shadowRoot!.querySelector('[part~="email"]')!);
      // Every line but the first starts at "@" or ".".
      for (const line of email.slice(1)) expect(line[0], `e-mail line "${line}" at ${width} px`).to.match(/[@.]/);
      for (const day of el.shadowRoot!.querySelectorAll('[part~="hours"] li > .nowrap')) {
        expect(lines(day), `"${day.textContent}" at ${width} px`).to.have.length(1);
      }
      el.parentElement!.remove();
    }
  });

  it('consular-contact stacks labels over values in a narrow container, side by side in a wide one', async () => {
    for (const [width, stacked] of [
      [280, true],
      [375, true],
      [768, false],
    ] as const) {
      const el = await at(width, 'consular-contact');
      const label = el.shadowRoot!.querySelector('dt')!.getBoundingClientRect();
      const value = el.shadowRoot!.querySelector('dd')!.getBoundingClientRect();
      expect(value.top >= label.bottom - 1, `stacked at ${width} px`).to.equal(stacked);
      el.parentElement!.remove();
    }
  });

  it('buttons are at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const contact = await at(375, 'consular-contact');
    const buttons = [...contact.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.at.least(3);
    for (const button of buttons) {
      const rect = button.getBoundingClientRect();
      expect(rect.width, button.textContent!).to.be.at.least(24);
      expect(rect.height, button.textContent!).to.be.at.least(24);
      expect(button.querySelector('svg[part="icon"]'), 'an icon').to.not.equal(null);
    }
  });
});
