// Fails when a message in xliff/ has no translation, so an English phrase never slips into a Russian page.
import { readdirSync, readFileSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const text = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!body.includes('<target>')) {
      console.error(`xliff/${file}: no translation for "${id}"`);
      missing++;
    }
  }
}
if (missing) process.exit(1);
