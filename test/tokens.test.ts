/**
 * The design tokens (src/internal/tokens.ts): every one is used and does what it says, one rule on :root re-brands
 * all five elements, the light and dark defaults follow the page's color-scheme and meet WCAG AA, and no
 * stylesheet reads a token that is not documented.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { TOKENS } from '../src/internal/tokens.js';
import { WorldClock } from '../src/world-clock/world-clock.js';
import { DaysSince } from '../src/days-since/days-since.js';
import { ArticleCard } from '../src/article-card/article-card.js';
import { NewsList } from '../src/news-list/news-list.js';
import { ConsularContact } from '../src/consular-contact/consular-contact.js';

const ALL = [WorldClock, DaysSince, ArticleCard, NewsList, ConsularContact];
const cssOf = (type: { elementStyles: unknown[] }) => (type.elementStyles as { cssText: string }[]).map((s) => s.cssText).join('\n');
const TOKEN_NAME = /--envoy-(?:color|radius|space|font)[a-z-]*/g;

/** The page every check renders in: one of each element, with everything that shows a token. */
const PAGE = `
  <world-clock zones="Moscow=Europe/Moscow, Los Angeles=America/Los_Angeles" show-date now="2020-07-05T23:36:00Z"></world-clock>
  <days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening</days-since>
  <article-card heading="Reception" href="/news/1" date="2020-07-06" kicker="Events">Guests came.</article-card>
  <news-list heading="Latest events" more-href="/news"><article><h3><a href="/news/1">One</a></h3><time datetime="2020-07-06"></time></article><article><h3><a href="/news/2">Two</a></h3></article></news-list>
  <consular-contact phone="+44 20 7946 0000" email="consul@embassy.example.org" hours="Mo-Fr 09:00-17:00" time-zone="Europe/London" now="2020-07-06T10:00:00Z"></consular-contact>
  <consular-contact id="closed" hours="Mo-Fr 09:00-17:00" time-zone="Europe/London" now="2020-07-05T10:00:00Z"></consular-contact>
  <days-since id="bad" since="2018-02-30"></days-since>`;

type Envoy = HTMLElement & { updateComplete: Promise<boolean> };

async function page(scheme: 'light' | 'dark' = 'light'): Promise<HTMLElement> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  root.className = `scheme-${scheme}`;
  root.innerHTML = PAGE;
  const elements = [...root.querySelectorAll<Envoy>('*')].filter((el) => 'updateComplete' in el);
  await Promise.all(elements.map((el) => el.updateComplete));
  const cards = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll<Envoy>('article-card') ?? [])]);
  await Promise.all(cards.map((card) => card.updateComplete));
  return root;
}

const shadow = (root: HTMLElement, host: string, part: string) => {
  const el = root.querySelector(host)!;
  return (el.shadowRoot!.querySelector(`[part~="${part}"]`) ?? el.shadowRoot!.querySelector(part)) as HTMLElement;
};
const cardIn = (root: HTMLElement) => root.querySelector('news-list')!.shadowRoot!.querySelector('article-card')!;

/** Where each token shows: [element selector, part (or a selector inside), CSS property]. */
const SHOWS: Record<string, [string, string, string][]> = {
  '--envoy-color-accent': [
    ['article-card', 'link', 'color'],
    ['days-since', 'count', 'color'],
    ['news-list', 'more', 'color'],
    ['consular-contact', 'phone', 'color'],
    ['consular-contact', 'copy', 'color'],
  ],
  '--envoy-color-text': [
    ['world-clock', 'base', 'color'],
    ['article-card', 'base', 'color'],
    ['days-since', 'base', 'color'],
    ['news-list', 'base', 'color'],
    ['consular-contact', 'base', 'color'],
  ],
  '--envoy-color-text-muted': [
    ['article-card', 'date', 'color'],
    ['article-card', 'kicker', 'color'],
    ['consular-contact', 'dt', 'color'],
    ['world-clock', 'day-offset', 'color'],
  ],
  '--envoy-color-surface': [
    ['article-card', 'base', 'background-color'],
    ['consular-contact', 'base', 'background-color'],
    ['consular-contact', 'copy', 'background-color'],
  ],
  '--envoy-color-border': [
    ['consular-contact', 'copy', 'border-top-color'],
    ['days-since', ':host', 'border-top-color'],
  ],
  '--envoy-color-success': [['consular-contact', 'status', 'border-top-color::before']],
  '--envoy-color-danger': [
    ['#closed', 'status', 'border-top-color::before'],
    ['#bad', 'notice', 'color'],
  ],
  '--envoy-color-focus': [],
  '--envoy-radius': [
    ['article-card', 'base', 'border-top-left-radius'],
    ['days-since', ':host', 'border-top-left-radius'],
    ['consular-contact', 'copy', 'border-top-left-radius'],
  ],
  '--envoy-space-s': [['consular-contact', 'details', 'row-gap']],
  '--envoy-space-m': [
    ['article-card', 'base', 'row-gap'],
    ['consular-contact', 'base', 'row-gap'],
  ],
  '--envoy-space-l': [['news-list', 'list', 'row-gap']],
  '--envoy-font-family': [
    ['world-clock', ':host', 'font-family'],
    ['article-card', ':host', 'font-family'],
    ['days-since', 'base', 'font-family'],
    ['news-list', ':host', 'font-family'],
    ['consular-contact', ':host', 'font-family'],
  ],
  '--envoy-font-size-s': [
    ['article-card', 'date', 'font-size'],
    ['consular-contact', 'copy', 'font-size'],
  ],
  '--envoy-font-size-l': [
    ['article-card', 'heading', 'font-size'],
    ['consular-contact', 'heading', 'font-size'],
  ],
  '--envoy-font-size-xl': [['news-list', 'heading', 'font-size']],
};

const VALUE: Record<string, string> = {
  color: 'rgb(1, 2, 3)',
  radius: '7px',
  space: '13px',
  family: 'Envoy Test Font',
  size: '19px',
};
const valueFor = (token: string) => VALUE[Object.keys(VALUE).find((key) => token.includes(key))!];

function computed(root: HTMLElement, [host, part, property]: [string, string, string]): string {
  const el = host.startsWith('#') ? root.querySelector(host)! : root.querySelector(host)!;
  const [name, pseudo] = property.split('::');
  const target = part === ':host' ? el : ((el.shadowRoot!.querySelector(`[part~="${part}"]`) ?? el.shadowRoot!.querySelector(part)) as Element);
  expect(target, `${host} ${part}`).to.not.equal(null);
  return getComputedStyle(target, pseudo ? `::${pseudo}` : null).getPropertyValue(name);
}

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('design tokens', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `.scheme-light { color-scheme: light; background: #fff; color: #1b1f24; } .scheme-dark { color-scheme: dark; background: #121212; color: #e8eaed; }`;
    document.head.append(style);
  });
  after(() => style.remove());
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => {
    sinon.restore();
    for (const { name } of TOKENS) document.documentElement.style.removeProperty(name);
  });

  it('every documented token is read by the stylesheets, and every token they read is documented', () => {
    const used = new Set(ALL.flatMap((type) => cssOf(type as never).match(TOKEN_NAME) ?? []));
    const documented = new Set(TOKENS.map((token) => token.name));
    expect([...documented].filter((name) => !used.has(name)), 'documented, never used').to.deep.equal([]);
    expect([...used].filter((name) => !documented.has(name)), 'used, not documented').to.deep.equal([]);
    // And every default in the list is the one the stylesheets write.
    for (const token of TOKENS.filter((t) => t.default.startsWith('light-dark'))) {
      for (const type of ALL) {
        for (const [, fallback] of cssOf(type as never).matchAll(new RegExp(`${token.name},\\s*(light-dark\\([^)]*\\))`, 'g'))) {
          expect(fallback.replace(/\s/g, ''), `${token.name} in ${type.name}`).to.equal(token.default.replace(/\s/g, ''));
        }
      }
    }
  });

  for (const token of TOKENS) {
    const places = SHOWS[token.name];
    it(`${token.name} changes what it says${places.length ? '' : ' (checked with focus below)'}`, async () => {
      expect(places, 'a place where it shows is listed').to.not.equal(undefined);
      const root = await page();
      document.documentElement.style.setProperty(token.name, valueFor(token.name));
      for (const place of places) {
        const value = computed(root, place);
        expect(value, `${token.name} at ${place.join(' ')}`).to.contain(valueFor(token.name));
      }
    });
  }

  it('--envoy-color-focus rings the focused link and button', async () => {
    const root = await page();
    document.documentElement.style.setProperty('--envoy-color-focus', 'rgb(1, 2, 3)');
    const copy = shadow(root, 'consular-contact', 'copy');
    copy.focus();
    // :focus-visible after a programmatic focus following no pointer input.
    expect(getComputedStyle(copy).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(copy).outlineWidth).to.equal('3px');
  });

  it('one rule on :root re-brands all five at once', async () => {
    const root = await page();
    document.documentElement.style.setProperty('--envoy-color-accent', 'rgb(1, 2, 3)');
    document.documentElement.style.setProperty('--envoy-font-family', 'Envoy Test Font');
    for (const place of SHOWS['--envoy-color-accent']) expect(computed(root, place)).to.equal('rgb(1, 2, 3)');
    for (const place of SHOWS['--envoy-font-family']) expect(computed(root, place)).to.contain('Envoy Test Font');
    // news-list's cards too.
    const link = cardIn(root).shadowRoot!.querySelector('[part~="link"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(1, 2, 3)');
  });

  it('an element-level property still wins over the token', async () => {
    const root = await page();
    document.documentElement.style.setProperty('--envoy-color-accent', 'rgb(1, 2, 3)');
    root.querySelector<HTMLElement>('article-card')!.style.setProperty('--envoy-article-card-link-color', 'rgb(4, 5, 6)');
    expect(computed(root, ['article-card', 'link', 'color'])).to.equal('rgb(4, 5, 6)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the defaults follow a ${scheme} color-scheme and meet WCAG AA there`, async () => {
      const root = await page(scheme);
      const background = scheme === 'light' ? '#ffffff' : '#121212';
      for (const token of TOKENS.filter((t) => t.light)) {
        const hex = token[scheme]!;
        // Text colours need 4.5:1, borders (the edge of a button) 3:1 (WCAG 1.4.3, 1.4.11).
        const needed = token.name === '--envoy-color-border' ? 3 : 4.5;
        expect(contrast(hex, background), `${token.name} on ${background}`).to.be.at.least(needed);
        for (const place of SHOWS[token.name]) {
          expect(computed(root, place), `${token.name} at ${place.join(' ')}`).to.equal(rgb(hex));
        }
      }
      // The accent is also the focus ring: 3:1 against the page.
      expect(contrast(TOKENS.find((t) => t.name === '--envoy-color-accent')![scheme]!, background)).to.be.at.least(3);
    });
  }
});
