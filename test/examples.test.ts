// The framework examples (examples/), built by `npm run examples` against the packed tarball, as a reader opens them:
// every element renders, news-list shows the cards from its `items` (or server-rendered markup), the envoy-load and
// envoy-error listeners ran, and the page logs nothing but the world clock's warning about the zone it was
// deliberately given wrong.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Shown {
  missing?: string;
  failed?: string;
  clocks: string[];
  counters: string[];
  cards: string[];
  contacts: string[];
  loaded: string;
  problem: string;
  messages: string[];
}

const open = (path: string) => executeServerCommand<Shown, { path: string }>('open-example', { path });

const CARDS = ['article-card: National Day reception', 'article-card: The visa centre has moved'];
const COUNTER = /^855 days have passed since the opening of the new consulate/;

function expectRendered(shown: Shown) {
  expect(shown.clocks[0]).to.equal('July 6, 2020Capital, 09:36 London, 01:36');
  expect(shown.counters[0]).to.match(COUNTER);
  expect(shown.cards).to.deep.equal(CARDS);
  expect(shown.contacts[0]).to.contain('+44 20 7946 0000').and.to.contain('consul@example.org');
}

describe('examples, built and opened in Chromium', function () {
  this.timeout(20_000);

  for (const framework of ['react', 'vue', 'svelte', 'angular']) {
    it(`${framework}: attributes, news-list items, envoy-load and envoy-error`, async () => {
      const shown = await open(`/examples/${framework}/dist/index.html`);
      if (shown.missing) {
        // Locally, `npm test` before `npm run examples`; in CI (CI=true) a missing build fails instead.
        console.info(`skipped: ${shown.missing}`);
        return;
      }
      expect(shown.failed, shown.failed).to.equal(undefined);
      expectRendered(shown);
      expect(shown.loaded).to.equal('2 from items');
      expect(shown.problem).to.equal('unknown-time-zone: Examplestan/Capital');
      expect(shown.clocks.at(-1)).to.contain('Examplestan/Capital');
      expect(shown.messages).to.deep.equal(['warning: <world-clock> unknown-time-zone: "Examplestan/Capital"']);
    });
  }

  it('plain HTML with the CDN bundle only: server-rendered news markup becomes cards', async () => {
    const shown = await open('/examples/html/index.html');
    if (shown.missing) {
      console.info(`skipped: ${shown.missing}`);
      return;
    }
    expect(shown.failed, shown.failed).to.equal(undefined);
    expectRendered(shown);
    expect(shown.messages).to.deep.equal([]);
  });
});
