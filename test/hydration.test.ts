// Server-rendered, then hydrated: the page gets the elements' HTML from a server (here @lit-labs/ssr in the test
// runner's Node process, from the built library), shows it before any script, then the elements upgrade and
// take over without re-creating their DOM.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { freezeTime } from './helpers/index.js';

async function serverRendered(markup: string): Promise<HTMLElement> {
  const response = await fetch(`/api/ssr?markup=${encodeURIComponent(markup)}`);
  const container = document.createElement('div');
  container.setHTMLUnsafe(await response.text());
  document.body.append(container);
  return container.firstElementChild as HTMLElement;
}

describe('server-rendered, then hydrated', () => {
  afterEach(() => {
    sinon.restore();
    document.body.replaceChildren();
  });

  it('shows every element before its script runs, then hydrates without errors or new DOM', async () => {
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.message));
    const clock = await serverRendered('<world-clock lang="en-GB" zones="Moscow=Europe/Moscow" now="2020-07-05T23:36:00Z"></world-clock>');
    const counter = await serverRendered(
      '<days-since since="2018-03-04" time-zone="Europe/Moscow" now="2020-07-06T12:00:00+03:00">the opening</days-since>',
    );
    const contact = await serverRendered(
      '<consular-contact phone="+44 20 3668 7474" hours="Mo-Fr 09:00-17:00" time-zone="Europe/London" now="2020-07-06T10:00:00Z"></consular-contact>',
    );
    // Before the library loads: declarative shadow roots already hold the server's output (in `en`: a server
    // has no page language).
    expect(customElements.get('world-clock')).to.equal(undefined);
    expect(clock.shadowRoot!.querySelector('[part~="time"]')!.textContent).to.equal('2:36 AM');
    expect(counter.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('855');
    expect(contact.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('Open now');

    // The client runs the same build the server rendered with (dist/), as an app would: Lit's hydration matches
    // templates by their text.
    await import('../dist/index.js');
    for (const el of [clock, counter, contact]) await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await Promise.resolve();
    for (const el of [clock, counter, contact]) await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    // On the client the element speaks the reader's language (en-GB here), and nothing is doubled.
    expect([...clock.shadowRoot!.querySelectorAll('[part~="time"]')].map((time) => time.textContent)).to.deep.equal(['02:36']);
    expect(counter.shadowRoot!.querySelectorAll('[part~="count"]')).to.have.length(1);
    expect(counter.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('855');
    expect(errors).to.deep.equal([]);
  });

  it('a hydrated clock goes live: it ticks through the shared timer', async () => {
    const time = freezeTime('2020-07-05T23:36:00Z');
    const clock = await serverRendered('<world-clock lang="en-GB" zones="London=Europe/London"></world-clock>');
    // The client runs the same build the server rendered with (dist/), as an app would: Lit's hydration matches
    // templates by their text.
    await import('../dist/index.js');
    await (clock as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(clock.shadowRoot!.querySelector('[part~="time"]')!.textContent).to.equal('00:36');
    await time.tickAsync(60_000);
    await (clock as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(clock.shadowRoot!.querySelector('[part~="time"]')!.textContent).to.equal('00:37');
  });
});
