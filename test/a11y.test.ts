/**
 * Accessibility beyond axe: right-to-left visual order (bounding boxes, not only computed direction), English
 * fallback marked lang="en", forced colours, reduced motion, text spacing, keyboard order and focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { NewsList } from '../src/news-list/news-list.js';
import { sampleNews } from '../stories/sample-news.js';

type Envoy = HTMLElement & { updateComplete: Promise<boolean> };

async function mount<T extends Envoy>(markup: string, attrs = ''): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<div ${attrs}>${markup}</div>`;
  const el = wrapper.querySelector('*:not(div)') as T;
  await el.updateComplete;
  await Promise.all([...(el.shadowRoot?.querySelectorAll<Envoy>('article-card') ?? [])].map((card) => card.updateComplete));
  return el;
}

/** The box of `text` inside `element` (the first occurrence, in any text node below it). */
function boxOf(element: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" not found`);
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

const CONTACT = `<consular-contact phone="+44 (0) 203 668 7474" email="consul@embassy.example.org" hours="Mo-Fr 09:00-17:00" time-zone="Europe/London" now="2020-07-06T07:00:00Z"></consular-contact>`;

describe('accessibility beyond axe', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(async () => {
    sinon.restore();
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  describe('right to left: the order a reader sees', () => {
    it('a phone number and an e-mail address read left to right inside an Arabic page', async () => {
      const el = await mount(CONTACT, 'dir="rtl" lang="ar"');
      const phone = part(el, 'phone');
      // "+44" is the leftmost piece and "7474" the rightmost: not "7474 668 203 (0) 44+".
      expect(boxOf(phone, '+44').left).to.be.below(boxOf(phone, '7474').left);
      expect(boxOf(phone, '(0)').left).to.be.below(boxOf(phone, '668').left);
      const email = part(el, 'email');
      expect(boxOf(email, 'consul').left).to.be.below(boxOf(email, 'example').left);
      // The block itself is right to left: the label (dt) is right of its value.
      const label = el.shadowRoot!.querySelector('dt')!.getBoundingClientRect();
      expect(label.right).to.be.above(phone.getBoundingClientRect().right);
    });

    it("a clock's English label keeps its gap and order beside its time (not \"Moscow4:56\")", async () => {
      const el = await mount(
        `<world-clock zones="Moscow=Europe/Moscow, London=Europe/London" now="2020-07-06T01:56:00Z" hour-cycle="h12"></world-clock>`,
        'dir="rtl" lang="ar"',
      );
      const [first] = [...el.shadowRoot!.querySelectorAll('[part~="zone"]')];
      const label = first.querySelector('[part~="label"]')!.getBoundingClientRect();
      const time = first.querySelector('[part~="time"]')!.getBoundingClientRect();
      // Right to left: the label first (on the right), then the time on its left, with a gap between.
      expect(label.left - time.right).to.be.above(3);
      // And the clocks run right to left: Moscow right of London.
      const zones = [...el.shadowRoot!.querySelectorAll('[part~="zone"]')].map((zone) => zone.getBoundingClientRect());
      expect(zones[0].left).to.be.above(zones[1].left);
    });

    it('the counter, the card and the list mirror; their numbers and links do not', async () => {
      const counter = await mount(
        `<days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening</days-since>`,
        'dir="rtl" lang="en"',
      );
      const count = part(counter, 'count');
      expect(boxOf(count, '855').width).to.be.above(0);
      // In a right-to-left block the sentence starts at the right edge.
      expect(Math.round(part(counter, 'base').getBoundingClientRect().right)).to.be.at.least(Math.round(count.getBoundingClientRect().right));
      const list = await mount<NewsList>(`<news-list heading="Latest events" more-href="/news"></news-list>`, 'dir="rtl"');
      list.items = sampleNews;
      await list.updateComplete;
      const heading = part(list, 'heading').getBoundingClientRect();
      const base = part(list, 'base').getBoundingClientRect();
      expect(Math.round(base.right - heading.right)).to.be.at.most(1);
    });
  });

  describe('English fallback text is marked lang="en" (WCAG 3.1.2)', () => {
    it('a city taken from the zone id, on a page in another language', async () => {
      const el = await mount(`<world-clock zones="Europe/Moscow, Лондон=Europe/London" now="2020-07-06T01:56:00Z"></world-clock>`, 'lang="ru"');
      const labels = [...el.shadowRoot!.querySelectorAll('[part~="label"]')];
      expect(labels.map((label) => [label.textContent, label.getAttribute('lang')])).to.deep.equal([
        ['Moscow', 'en'],
        ['Лондон', null],
      ]);
      const english = await mount(`<world-clock zones="Europe/Moscow" now="2020-07-06T01:56:00Z"></world-clock>`, 'lang="en-GB"');
      expect(part(english, 'label').hasAttribute('lang')).to.equal(false);
    });

    it("consular-contact's office city", async () => {
      const el = await mount(CONTACT, 'lang="fr"');
      const city = part(el, 'time-zone').querySelector('[lang]');
      expect(city?.textContent).to.equal('London');
      expect(city?.getAttribute('lang')).to.equal('en');
    });
  });

  describe('forced colours', () => {
    it('the open/closed dot stays visible and keeps its shape (a disc, a ring), borders and focus rings stay', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const open = await mount(CONTACT.replace('07:00:00Z', '10:00:00Z'));
      const closed = await mount(CONTACT);
      const dot = (el: Element) => getComputedStyle(part(el, 'status'), '::before');
      for (const el of [open, closed]) {
        expect(parseFloat(dot(el).borderTopWidth), 'a border, which forced colours keep').to.be.above(1);
        expect(dot(el).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      }
      // Filled (a wide border) when open, a ring when closed.
      expect(parseFloat(dot(open).borderTopWidth)).to.be.above(parseFloat(dot(closed).borderTopWidth) * 2);
      const copy = part(open, 'copy');
      expect(getComputedStyle(copy).borderTopStyle).to.equal('solid');
      copy.focus();
      expect(getComputedStyle(copy).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(copy).outlineWidth)).to.be.at.least(2);
    });
  });

  describe('reduced motion', () => {
    async function loadingList(): Promise<NewsList> {
      const el = await mount<NewsList>(`<news-list src="/api/slow?ms=3000&file=news.feed.json"></news-list>`);
      await el.updateComplete;
      return el;
    }

    it('the loading placeholders pulse, unless the reader asks for reduced motion; nothing else moves', async () => {
      const moving = await loadingList();
      expect(moving.shadowRoot!.getAnimations().length).to.be.above(0);
      moving.remove();
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await loadingList();
      expect(still.shadowRoot!.getAnimations()).to.have.length(0);
      still.remove();
      // No other element animates at all.
      const others = await Promise.all([
        mount(`<world-clock zones="Europe/London"></world-clock>`),
        mount(`<days-since since="2018-03-04"></days-since>`),
        mount(`<article-card heading="A" href="/a"></article-card>`),
        mount(CONTACT),
      ]);
      for (const el of others) expect(el.shadowRoot!.getAnimations(), el.localName).to.have.length(0);
    });
  });

  describe('text spacing (WCAG 1.4.12)', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      // The reader's style, as the WCAG test bookmarklet applies it.
      style = document.createElement('style');
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      document.head.append(style);
    });
    afterEach(() => style.remove());

    for (const markup of [
      `<world-clock show-date zones="Moscow=Europe/Moscow, London=Europe/London" now="2020-07-06T01:56:00Z"></world-clock>`,
      `<days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening of the new consulate</days-since>`,
      `<article-card heading="Interview of the Ambassador" href="/a" date="2020-07-06" kicker="Speeches">The Ambassador spoke about trade.</article-card>`,
      `<news-list heading="Latest events" more-href="/news"><article><h3><a href="/1">Reception</a></h3><time datetime="2020-07-06"></time><p>Guests came.</p></article></news-list>`,
      CONTACT,
    ]) {
      const tag = markup.slice(1, markup.indexOf(' '));
      it(`<${tag}> takes the reader's spacing inside, and nothing clips`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        box.style.setProperty('inline-size', '320px');
        box.innerHTML = markup;
        const el = box.firstElementChild as Envoy;
        await el.updateComplete;
        const all = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('article-card')].map((card) => card.shadowRoot!)].flatMap((root) => [
          ...root.querySelectorAll<HTMLElement>('*'),
        ]);
        await Promise.all([...el.shadowRoot!.querySelectorAll<Envoy>('article-card')].map((card) => card.updateComplete));
        const text = all.filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()));
        expect(text.length).to.be.above(0);
        for (const node of text) {
          const style = getComputedStyle(node);
          const size = parseFloat(style.fontSize);
          expect(parseFloat(style.letterSpacing) / size, `letter-spacing of ${node.localName}[${node.getAttribute('part')}]`).to.be.closeTo(0.12, 0.13);
          expect(parseFloat(style.letterSpacing), node.localName).to.be.above(0);
          expect(parseFloat(style.wordSpacing), node.localName).to.be.above(0);
          // Nothing clips: an element that hides overflow shows all of its content.
          if (style.overflow === 'hidden' && !node.classList.contains('visually-hidden')) {
            expect(node.scrollHeight, `${node.localName} clips`).to.be.at.most(node.clientHeight + 1);
          }
        }
        expect(el.scrollWidth, 'no sideways overflow').to.be.at.most(el.clientWidth + 1);
      });
    }
  });

  describe('keyboard', () => {
    it('consular-contact: Tab goes phone link, its Copy, e-mail link, its Copy, Save contact; Copy keeps focus', async () => {
      const el = await mount(CONTACT);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.resolve() } });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement | null;
        order.push(`${active?.localName}:${active?.getAttribute('part')}`);
      }
      expect(order).to.deep.equal(['a:phone', 'button:copy', 'a:email', 'button:copy', 'button:save']);
      // Enter on the focused "Copy" copies and leaves focus where it was.
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('part')).to.equal('copy');
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('a linked article-card is one tab stop, named by its heading, with a visible ring', async () => {
      const el = await mount(`<article-card heading="Reception" href="/news/1" date="2020-07-06" kicker="Events">Guests came.</article-card>`);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(link.getAttribute('part')).to.equal('link');
      expect(link.textContent).to.equal('Reception');
      expect(getComputedStyle(link, '::after').outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('news-list: Retry with the keyboard moves focus to the list, which keeps it when the news comes', async () => {
      const key = `keyboard-retry-${Math.random()}`;
      await fetch(`/api/scripted?key=${key}&queue=500,news.feed.json`);
      const el = document.createElement('news-list') as NewsList;
      const failed = new Promise((resolve) => el.addEventListener('envoy-error', resolve, { once: true }));
      el.src = `/api/scripted?key=${key}`;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await failed;
      await el.updateComplete;
      const retry = part(el, 'retry');
      retry.focus();
      const loaded = new Promise((resolve) => el.addEventListener('envoy-load', resolve, { once: true }));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list');
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list');
      expect(el.shadowRoot!.querySelectorAll('article-card').length).to.be.above(0);
    });

    it('news-list: the error is said once, politely, from a region that was there before it', async () => {
      const el = document.createElement('news-list') as NewsList;
      el.src = '/api/slow?ms=300&file=missing.json';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.textContent).to.equal('');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await new Promise((resolve) => el.addEventListener('envoy-error', resolve, { once: true }));
      await el.updateComplete;
      // The same node, now saying it.
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
      expect(region.textContent).to.equal('The news could not be loaded.');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
    });
  });
});
