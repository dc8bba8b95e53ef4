import { expect } from '@open-wc/testing';
import { foldSpace, nodeText, plainText } from '../../src/internal/plain-text.js';

// The same table is checked on the server path (no DOMParser) by test/ssr/plain-text.test.mjs.
const cases: { html: [string, string][]; plain: [string, string][] } = await (
  await fetch('/test/fixtures/plain-text-cases.json')
).json();

describe('plainText: HTML as the text a reader sees (browser)', () => {
  for (const [html, text] of cases.html) {
    it(`${JSON.stringify(html)} -> ${JSON.stringify(text)}`, () => expect(plainText(html)).to.equal(text));
  }

  it('runs no script and loads nothing', async () => {
    (window as unknown as { pwned?: number }).pwned = undefined;
    for (const [html] of cases.html) plainText(html);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('foldSpace: plain text stays as written', () => {
  for (const [written, text] of cases.plain) {
    it(`${JSON.stringify(written)} -> ${JSON.stringify(text)}`, () => expect(foldSpace(written)).to.equal(text));
  }
});

describe('nodeText: inline XHTML', () => {
  it('keeps blocks apart and drops scripts in an XML document too', () => {
    const doc = new DOMParser().parseFromString(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>A</p><p>B<br/>C</p><script>x()</script><b>D</b>E</div>',
      'application/xml',
    );
    expect(nodeText(doc.documentElement)).to.equal('A B C DE');
  });
});
