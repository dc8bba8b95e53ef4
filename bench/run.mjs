// `npm run bench`: envoy-elements side by side with @github/relative-time-element, Shoelace's <sl-format-date>
// and a floor of plain elements, in the system Chromium (headless, through playwright-core), on pages served
// from 127.0.0.1. Prints a markdown table and writes bench/results.json. Each figure is the median of RUNS runs
// (each in a fresh page), with min and max. This machine is shared and noisy: read ratios, not absolutes.
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { execSync } from 'node:child_process';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { serve, traceMainThread } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNT = 1000;
const STEADY_MS = Number(process.env.BENCH_STEADY_MS ?? 10_000);
const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/.tmp');
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const versionOf = async (name) => JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

// 1. Build ours, and bundle the alternatives the same way (Rollup, node-resolve, terser; production builds).
if (!process.env.BENCH_SKIP_BUILD) execSync('npm run --silent build', { cwd: ROOT, stdio: 'inherit' });
await mkdir(TMP, { recursive: true });
const minify = terser({ ecma: 2022, module: true, format: { comments: false } });
async function bundle(source, file, external = []) {
  const entry = join(TMP, `${file}.entry.js`);
  await writeFile(entry, source);
  const build = await rollup({
    input: entry,
    external,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), minify],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await writeFile(join(TMP, `${file}.js`), output[0].code);
  return output[0].code;
}
await bundle("import '@github/relative-time-element';", 'relative-time');
await bundle("import '@shoelace-style/shoelace/dist/components/format-date/format-date.js';", 'shoelace-format-date');
// What Lit itself costs: the least a Lit element can do to show the same text (two bound values, no logic).
await bundle(
  `import { LitElement, html, css } from 'lit';
class LitClock extends LitElement {
  static styles = css\`:host{display:block}\`;
  static properties = { zones: {}, seconds: { type: Boolean } };
  render() {
    return html\`<ul role="list"><li><span>Moscow</span>, <time datetime="2020-07-06T02:36:05+03:00">\${'02:36:05'}</time></li><li><span>London</span>, <time datetime="2020-07-06T00:36:05+01:00">\${'00:36:05'}</time></li></ul>\`;
  }
}
customElements.define('lit-clock', LitClock);`,
  'lit-floor',
);
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Embassy of Examplestan',
  items: Array.from({ length: COUNT }, (_, i) => ({
    id: String(i),
    url: `https://embassy.example.org/news/${i}`,
    title: `News item ${i} of the Embassy of Examplestan`,
    summary: `A short summary of news item ${i}, as a feed would carry it.`,
    date_published: new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % COUNT) * 3_600_000).toISOString(),
  })),
};
await writeFile(join(TMP, 'feed-1000.json'), JSON.stringify(feed));

// 2. Serve the repository on 127.0.0.1.
const server = await serve(ROOT);
const { origin } = server;

// 3. Drive Chromium.
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

/** Counts every timer and animation-frame callback the page runs, from before any of its scripts. */
const COUNT_CALLBACKS = () => {
  window.__callbacks = 0;
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
    const original = window[name];
    window[name] = function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(window, callback, ...rest);
      return original.call(window, function (...args) {
        window.__callbacks++;
        return callback.apply(this, args);
      }, ...rest);
    };
  }
};

async function openPage(lib) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 } });
  await context.addInitScript(COUNT_CALLBACKS);
  const page = await context.newPage();
  await page.goto(`${origin}/bench/page.html?lib=${lib}`);
  await page.evaluate(() => window.bench.ready);
  return { page, close: () => context.close() };
}

/**
 * Over `ms` of the page's life: script and task ms per second from a trace of its main thread (bench/lib.mjs),
 * and timer callbacks per second (counted in the page).
 */
async function measureFor(page, ms) {
  await page.evaluate(() => (window.__callbacks = 0));
  const traced = await traceMainThread(browser, page, ms);
  const callbacks = await page.evaluate(() => window.__callbacks);
  return { ...traced, callbacksPerSecond: callbacks / (ms / 1000) };
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
};

const LIBS = ['ours', 'ours-all-visible', 'relative-time', 'shoelace', 'lit-floor', 'floor', 'floor-live'];
/** Rendered once and measured for first render only. */
const STATIC = new Set(['floor', 'lit-floor']);
const results = { firstRender: {}, steady: {}, hidden: {}, newsList: undefined, sizes: {} };

for (const lib of LIBS) {
  const render = [];
  const steady = { scriptMsPerSecond: [], taskMsPerSecond: [], callbacksPerSecond: [] };
  const hidden = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openPage(lib);
    render.push(await page.evaluate((count) => window.bench.render(count), COUNT));
    if (!STATIC.has(lib)) {
      await page.waitForTimeout(1000);
      const live = await measureFor(page, STEADY_MS);
      for (const key of Object.keys(steady)) steady[key].push(live[key]);
      await page.evaluate(() => window.bench.hide());
      hidden.push((await measureFor(page, STEADY_MS)).callbacksPerSecond * (STEADY_MS / 1000));
    }
    await close();
    process.stderr.write(`${lib} run ${run + 1}/${RUNS}\n`);
  }
  results.firstRender[lib] = summary(render);
  if (!STATIC.has(lib)) {
    results.steady[lib] = Object.fromEntries(Object.entries(steady).map(([key, values]) => [key, summary(values)]));
    results.hidden[lib] = summary(hidden);
  }
}

const news = [];
for (let run = 0; run < RUNS; run++) {
  const { page, close } = await openPage('news-list');
  const { ms, items } = await page.evaluate(() => window.bench.newsList('/bench/.tmp/feed-1000.json'));
  if (items !== COUNT) throw new Error(`news-list showed ${items} items, not ${COUNT}`);
  news.push(ms);
  await close();
}
results.newsList = summary(news);

// 5. Sizes: each CDN file as shipped; each npm entry bundled with Lit and @lit/localize external. English only.
const sizeOf = (code) => ({
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
for (const file of (await readdir(join(ROOT, 'dist/cdn'))).filter((name) => name.endsWith('.js'))) {
  results.sizes[`dist/cdn/${file}`] = sizeOf(await readFile(join(ROOT, 'dist/cdn', file)));
}
const LIT = [/^lit(\/|$)/, /^@lit\/localize/, /generated\/locales\//];
for (const tag of ['world-clock', 'days-since', 'article-card', 'news-list', 'consular-contact']) {
  const code = await bundle(`import '${join(ROOT, 'dist', tag, 'define.js')}';`, `npm-${tag}`, (id) => LIT.some((re) => re.test(id)));
  results.sizes[`envoy-elements/${tag}.js (npm, Lit external)`] = sizeOf(code);
}

results.environment = {
  date: new Date().toISOString(),
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium: browser.version(),
  node: process.version,
  runs: RUNS,
  elements: COUNT,
  steadySeconds: STEADY_MS / 1000,
  versions: {
    'envoy-elements': pkg.version,
    lit: await versionOf('lit'),
    '@github/relative-time-element': await versionOf('@github/relative-time-element'),
    '@shoelace-style/shoelace': await versionOf('@shoelace-style/shoelace'),
  },
};
await browser.close();
server.close();

await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(markdown(results));

function markdown(r) {
  const f = (s, digits = 1) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const ours = r.firstRender.ours.median;
  const names = {
    ours: '`<world-clock>` (ours)',
    'ours-all-visible': '`<world-clock>`, every clock rendered (`content-visibility: visible`)',
    'relative-time': '`<relative-time>`',
    shoelace: '`<sl-format-date>` (+ one setInterval)',
    'lit-floor': 'Lit floor: a minimal Lit element, same text, no updates',
    floor: 'floor: plain elements, no updates',
    'floor-live': 'floor, live: the same, with one setInterval writing each time and datetime',
  };
  const lines = [];
  const env = r.environment;
  lines.push(`Machine: ${env.cpu}, ${env.memoryGiB} GiB; Chromium ${env.chromium}; Node ${env.node}; ${env.date.slice(0, 10)}.`);
  lines.push(`Versions: ${Object.entries(env.versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`);
  lines.push(`Median of ${env.runs} runs (min–max); ${env.elements} elements; steady state over ${env.steadySeconds} s.`, '');
  const floor = r.firstRender.floor.median;
  lines.push('| 1,000 elements | first render, ms | vs ours | vs floor | script ms / s live | task ms / s live | timer callbacks / s live | callbacks in 10 s hidden |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const lib of LIBS) {
    const s = r.steady[lib];
    lines.push(
      `| ${names[lib]} | ${f(r.firstRender[lib])} | ${(r.firstRender[lib].median / ours).toFixed(2)}× | ${(r.firstRender[lib].median / floor).toFixed(2)}× | ${s ? f(s.scriptMsPerSecond, 2) : '–'} | ${s ? f(s.taskMsPerSecond, 2) : '–'} | ${s ? f(s.callbacksPerSecond, 1) : '–'} | ${r.hidden[lib] ? f(r.hidden[lib], 0) : '–'} |`,
    );
  }
  lines.push('', `\`<news-list>\` given a ${COUNT}-item JSON Feed: ${f(r.newsList)} ms from setting \`src\` to all items shown.`, '');
  lines.push('| file | gzip | brotli |', '|---|---|---|');
  for (const [file, size] of Object.entries(r.sizes)) lines.push(`| ${file} | ${size.gzip} B | ${size.brotli} B |`);
  return lines.join('\n');
}
