// <news-list> in a browser without scoped custom element registries (`new CustomElementRegistry()` throws "Illegal
// constructor" there, as it does here once stubbed): its cards are our card under a private name,
// <envoy-news-article-card>, while the page's <article-card> is another library's element.
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsList } from '../src/news-list/news-list.js';
import type { ArticleCard } from '../src/article-card/article-card.js';
import { partText } from './helpers/index.js';

class SomeoneElsesCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'not ours';
  }
}
customElements.define('article-card', SomeoneElsesCard);

describe('<news-list> without scoped registries', () => {
  const native = globalThis.CustomElementRegistry;
  let classes: { NewsList: typeof NewsList; ArticleCard: typeof ArticleCard };

  before(async () => {
    // Imported after the stub: news-list looks for scoped registries when its first list attaches its shadow root.
    globalThis.CustomElementRegistry = function CustomElementRegistry() {
      throw new TypeError('Illegal constructor');
    } as unknown as typeof CustomElementRegistry;
    const [news, card] = await Promise.all([import('../src/news-list/news-list.js'), import('../src/article-card/article-card.js')]);
    classes = { NewsList: news.NewsList, ArticleCard: card.ArticleCard };
    classes.NewsList.define();
  });
  after(() => {
    globalThis.CustomElementRegistry = native;
  });

  it('renders its cards as <envoy-news-article-card>, our card, and leaves the page its <article-card>', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><article-card></article-card><news-list></news-list></div>`);
    const list = page.querySelector('news-list') as NewsList;
    list.items = [{ title: 'National Day reception', href: '/news/1', date: '2020-07-06' }];
    await list.updateComplete;
    const cards = [...list.shadowRoot!.querySelectorAll('[part~="card"]')] as ArticleCard[];
    expect(cards.map((card) => card.localName)).to.deep.equal(['envoy-news-article-card']);
    expect(list.shadowRoot!.customElementRegistry).to.equal(customElements);
    expect(cards[0]).to.be.instanceOf(classes.ArticleCard);
    await cards[0].updateComplete;
    expect(partText(cards[0], 'heading')).to.equal('National Day reception');
    expect(page.querySelector('article-card')!.textContent).to.equal('not ours');
    await expect(list).to.be.accessible();
  });
});
