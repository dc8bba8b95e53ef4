// Server-rendered HTML on a page that does not load Lit's hydration support: the elements replace the server's
// shadow content with their own client rendering, without doubling it.
import { expect } from '@open-wc/testing';

describe('server-rendered, without hydration support', () => {
  it('re-renders on the client in the reader language, and shows nothing twice', async () => {
    const markup =
      '<world-clock lang="en-GB" zones="Moscow=Europe/Moscow, London=Europe/London" now="2020-07-05T23:36:00Z"></world-clock>' +
      '<news-list heading="Latest events" lang="en-GB"><article><a href="/news/1">National Day</a><time datetime="2020-07-06"></time></article></news-list>';
    const response = await fetch(`/api/ssr?markup=${encodeURIComponent(markup)}`);
    const container = document.createElement('div');
    container.setHTMLUnsafe(await response.text());
    document.body.append(container);
    const [clock, news] = [...container.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    expect(clock.shadowRoot!.querySelector('[part~="time"]')!.textContent).to.equal('2:36 AM');
    await import('../src/index.js');
    await clock.updateComplete;
    await news.updateComplete;
    expect([...clock.shadowRoot!.querySelectorAll('[part~="time"]')].map((time) => time.textContent)).to.deep.equal(['02:36', '00:36']);
    expect(news.shadowRoot!.querySelectorAll('[part~="heading"]')).to.have.length(1);
    expect(news.shadowRoot!.querySelectorAll('article-card')).to.have.length(1);
    container.remove();
  });
});
