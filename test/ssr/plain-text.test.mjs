// The server path of plainText (no DOMParser, as under @lit-labs/ssr) must read HTML as the browser path does:
// the same table as test/internal/plain-text.test.ts, run on the built module in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { foldSpace, plainText } from '../../dist/internal/plain-text.js';

const cases = JSON.parse(await readFile(new URL('../fixtures/plain-text-cases.json', import.meta.url), 'utf8'));

test('there is no DOMParser here, so the server path is the one tested', () => {
  assert.equal(typeof DOMParser, 'undefined');
});

for (const [html, text] of cases.html) {
  test(`server: ${JSON.stringify(html)} -> ${JSON.stringify(text)}`, () => assert.equal(plainText(html), text));
}

for (const [written, text] of cases.plain) {
  test(`server, plain: ${JSON.stringify(written)} -> ${JSON.stringify(text)}`, () => assert.equal(foldSpace(written), text));
}
