// The checks every translated partner page runs (test/cdn/days-since.<code>.test.html): the widget follows
// `<html lang>` with no configuration, reads as EXPECTED (the sentence with the slotted event in place), and loaded
// that language's file, and no other, beside it.
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@open-wc/testing';

const fold = (text) => text.replace(/\s+/g, ' ').trim();
const reads = (id) => {
  const el = document.querySelector(id);
  const base = el.shadowRoot.querySelector('[part~="base"]').cloneNode(true);
  for (const slot of base.querySelectorAll('slot')) slot.replaceWith(el.textContent);
  return fold(base.textContent);
};
const until = (condition) =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > 4000) reject(new Error(`still: ${reads('#since')}`));
      else setTimeout(check, 20);
    };
    check();
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * @param {{
 *   code: string,
 *   marker: string,
 *   expected: { since: string, until: string, big: string },
 *   more?: (page: { expect: typeof expect, reads: typeof reads, until: typeof until, settle: typeof settle, EXPECTED: object }) => void,
 * }} page
 *   `code`: the translation file's code; `marker`: a word only the translated sentence has; `more`: the page's own
 *   further tests (`it(...)` calls).
 */
export function checkPartnerPage({ code, marker, expected, more }) {
  const lang = document.documentElement.lang;
  runTests(() => {
    describe(`dist/cdn/days-since.js on a partner page in <html lang="${lang}">`, () => {
      it('follows <html lang> with no configuration', async () => {
        await customElements.whenDefined('days-since');
        // The words arrive from a separate file; wait for them.
        await until(() => document.querySelector('#since').shadowRoot?.textContent.includes(marker));
        expect(reads('#since')).to.equal(fold(expected.since));
        expect(reads('#until')).to.equal(fold(expected.until));
        expect(reads('#big')).to.equal(fold(expected.big));
      });

      it('loaded this language, and no other, as a separate file next to the widget', () => {
        const files = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        expect(files.filter((path) => path.startsWith('/dist/cdn/locales/'))).to.deep.equal([`/dist/cdn/locales/days-since.${code}.js`]);
      });

      more?.({ expect, reads, until, settle, EXPECTED: expected });
    });
  });
}
