// define(): an element under another name, guarded registration; <news-list>'s cards when the page's <article-card>
// is another library's element, through the list's scoped registry (Chromium has scoped custom element registries).
// test/registration-private-tag.test.ts runs the same page in a browser without them.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { WorldClock } from '../src/world-clock/world-clock.js';
import { NewsList } from '../src/news-list/news-list.js';
import { ArticleCard } from '../src/article-card/article-card.js';
import { partText } from './helpers/index.js';

/** Another library's `<article-card>`, on the page before ours. */
class SomeoneElsesCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'not ours';
  }
}
customElements.define('article-card', SomeoneElsesCard);

const items = [
  { title: 'National Day reception', href: '/news/1', date: '2020-07-06', summary: 'The Ambassador welcomed guests.' },
  { title: 'Visa centre moves', href: '/news/2', date: '2020-07-01' },
];

describe('registration', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('define() registers the default tag, leaves a taken one alone, and gives the class another name', async () => {
    expect(WorldClock.define()).to.equal(WorldClock);
    expect(customElements.get('world-clock')).to.equal(WorldClock);
    // Taken: a second call (a second copy of the library) returns what is there and does not throw.
    expect(WorldClock.define()).to.equal(WorldClock);
    expect(WorldClock.define('article-card')).to.equal(SomeoneElsesCard);
    // The same class under a second name: a subclass of its own, since a registry takes a constructor once.
    const embassyClock = WorldClock.define('embassy-clock');
    expect(embassyClock).to.not.equal(WorldClock);
    expect(embassyClock!.prototype).to.be.instanceOf(WorldClock);
    const el = await fixture<WorldClock>(html`<embassy-clock zones="Moscow=Europe/Moscow" now="2020-07-06T00:36:00Z" hour-cycle="h23"></embassy-clock>`);
    expect(el).to.be.instanceOf(WorldClock);
    expect(partText(el, 'time')).to.equal('03:36');
  });

  it('define() registers in a scoped registry too', () => {
    const registry = new CustomElementRegistry();
    expect(WorldClock.define('world-clock', registry)).to.equal(WorldClock);
    expect(registry.get('world-clock')).to.equal(WorldClock);
  });

  it("<news-list>'s cards are ours though the page's <article-card> is another library's (scoped registry)", async () => {
    NewsList.define();
    const page = await fixture<HTMLDivElement>(html`<div><article-card></article-card><news-list></news-list></div>`);
    const list = page.querySelector('news-list') as NewsList;
    list.items = items;
    await list.updateComplete;
    const cards = [...list.shadowRoot!.querySelectorAll('[part~="card"]')] as ArticleCard[];
    expect(cards.map((card) => card.localName)).to.deep.equal(['article-card', 'article-card']);
    expect(list.shadowRoot!.customElementRegistry).to.not.equal(customElements);
    for (const card of cards) expect(card).to.be.instanceOf(ArticleCard);
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(partText(cards[0], 'heading')).to.equal('National Day reception');
    expect(cards[0].shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/news/1');
    // The page's own <article-card> is still the other library's.
    expect(page.querySelector('article-card')).to.be.instanceOf(SomeoneElsesCard);
    expect(page.querySelector('article-card')!.textContent).to.equal('not ours');
    expect(customElements.get('envoy-news-article-card')).to.equal(undefined);
    expect(warn).not.to.have.been.called;
    await expect(list).to.be.accessible();
  });
});
