// Quick look at the steady-state cost of 1,000 ticking clocks, for iterating on it (`npm run bench` takes ~10 min).
//
//   node bench/profile-clock.mjs [measure|profile|both] [lib ...]
//
// Libs: ours (dist/cdn/envoy-elements.js, as the benchmark loads it), ours-unmin (the same entry bundled without
// minification, for readable profiles), file:/path/to/a/copy/of/envoy-elements.js (to compare builds) and
// relative-time. Env: RUNS (default 3), SECONDS (default 5).
// `measure` prints script and task ms per second, traced exactly as measureFor() in bench/run.mjs does (median
// of RUNS fresh pages); `profile` takes one V8 CPU profile per lib and prints the top self-time functions.
// Run `npm run build` first: this script bundles from dist/ but does not build it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { serve, traceMainThread } from './lib.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/.tmp');
const RUNS = Number(process.env.RUNS ?? 3);
const MS = Number(process.env.SECONDS ?? 5) * 1000;
const COUNT = 1000;
const [mode = 'both', ...given] = process.argv.slice(2);
const libs = given.length ? given : ['ours', 'relative-time'];

await mkdir(TMP, { recursive: true });
async function bundle(source, file, minify) {
  const entry = join(TMP, `${file}.entry.js`);
  await writeFile(entry, source);
  const plugins = [nodeResolve({ browser: true, exportConditions: ['production'] })];
  if (minify) plugins.push(terser({ ecma: 2022, module: true, format: { comments: false } }));
  const build = await rollup({ input: entry, plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await writeFile(join(TMP, `${file}.js`), output[0].code);
}
await bundle("import '@github/relative-time-element';", 'relative-time', true);
if (libs.includes('ours-unmin')) await bundle(`import '${join(ROOT, 'dist/index.js')}';`, 'ours-unmin', false);

const server = await serve(ROOT);
const { origin } = server;
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

async function openPage(lib) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // page.js loads the CDN file for "ours": hand it the unminified bundle, or another build of it (`file:path`).
  const file = lib === 'ours-unmin' ? join(TMP, 'ours-unmin.js') : lib.startsWith('file:') ? lib.slice(5) : undefined;
  if (file) {
    await page.route('**/dist/cdn/envoy-elements.js', async (route) =>
      route.fulfill({ contentType: 'text/javascript', body: await readFile(file, 'utf8') }),
    );
  }
  await page.goto(`${origin}/bench/page.html?lib=${file ? 'ours' : lib}`);
  await page.evaluate(() => window.bench.ready);
  await page.evaluate((count) => window.bench.render(count), COUNT);
  await page.waitForTimeout(1000);
  return { page, close: () => context.close() };
}

/** As measureFor() in bench/run.mjs, without the callback count. */
async function measureFor(page, ms) {
  const { scriptMsPerSecond, taskMsPerSecond } = await traceMainThread(browser, page, ms);
  return { script: scriptMsPerSecond, task: taskMsPerSecond };
}

async function profile(page, ms) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(ms);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (gaps[i + 1] ?? 0) / 1000));
  const byFunction = new Map();
  let total = 0;
  for (const [id, time] of self) {
    const { callFrame: f } = byId.get(id);
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    if (f.functionName !== '(garbage collector)') total += time;
  }
  const seconds = ms / 1000;
  console.log(`  JS self time (excl. GC): ${(total / seconds).toFixed(2)} ms/s`);
  for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${(time / seconds).toFixed(3).padStart(7)} ms/s  ${name}`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const lib of libs) {
  if (mode !== 'measure') {
    const { page, close } = await openPage(lib);
    console.log(`${lib}: CPU profile over ${MS / 1000} s`);
    await profile(page, MS);
    await close();
  }
  if (mode !== 'profile') {
    const script = [];
    const task = [];
    for (let run = 0; run < RUNS; run++) {
      const { page, close } = await openPage(lib);
      const result = await measureFor(page, MS);
      script.push(result.script);
      task.push(result.task);
      await close();
    }
    const list = (values) => values.map((v) => v.toFixed(2)).join(', ');
    console.log(
      `${lib}: script ${median(script).toFixed(2)} ms/s [${list(script)}]; task ${median(task).toFixed(2)} ms/s [${list(task)}]`,
    );
  }
}
await browser.close();
server.close();
