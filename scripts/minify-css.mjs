// Minifies the CSS text of every Lit `css` template in the compiled output (dist/, after tsc), for npm and CDN
// alike. Lit ships that text as it is written, and neither terser nor an app's bundler touches the inside of a
// template literal. Templates with `${…}` are left as they are (there are none today). esbuild's CSS minifier
// with target `esnext` keeps modern syntax (light-dark(), color-mix(), nesting) as written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );

let before = 0;
let after = 0;
for (const file of files(process.argv[2] ?? 'dist')) {
  const source = readFileSync(file, 'utf8');
  const minified = source.replace(/\bcss\s*`([^`$\\]*)`/g, (_, text) => {
    // charset utf8: keep "·" as it is. esbuild would otherwise write the CSS escape `\b7`, which in a JS template
    // literal is a backspace and a 7.
    const css = transformSync(text, { loader: 'css', minify: true, target: 'esnext', charset: 'utf8', logLevel: 'error' })
      .code.trim();
    if (/[`\\]|\$\{/.test(css)) throw new Error(`${file}: minified CSS would need escaping in a template literal`);
    before += text.length;
    after += css.length;
    // Keep the line count, so the source maps tsc wrote beside the file still point at the right lines below.
    return `css\`${css}\`${'\n'.repeat(text.split('\n').length - 1)}`;
  });
  if (minified !== source) writeFileSync(file, minified);
}
if (process.env.VERBOSE) console.log(`CSS text: ${before} -> ${after} bytes`);
