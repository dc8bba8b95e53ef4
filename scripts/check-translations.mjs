// Fails when a message in xliff/ has no translation, so an English phrase never slips into a Russian page, or has
// no explicit id: ids are `<element>.<what>`. Without one, @lit/localize would hash the English text into an id,
// which changes with every wording fix, and the CDN builds leave that hashing out (rollup.config.mjs).
import { readdirSync, readFileSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const text = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/^[a-z-]+\.[a-z0-9.-]+$/.test(id)) {
      console.error(`xliff/${file}: "${id}" is not an explicit id; give msg() an { id: '<element>.<what>' }`);
      missing++;
    }
    if (!body.includes('<target>')) {
      console.error(`xliff/${file}: no translation for "${id}"`);
      missing++;
    }
  }
}
if (missing) process.exit(1);
