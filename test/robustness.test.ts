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
