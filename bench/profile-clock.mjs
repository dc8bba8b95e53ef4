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
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

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

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
  try {
    const body = await readFile(join(ROOT, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
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

const SCRIPT_EVENTS = new Set(['TimerFire', 'FunctionCall', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'EvaluateScript', 'v8.evaluateModule']);

/** As measureFor() in bench/run.mjs. */
async function measureFor(page, ms) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.waitForTimeout(ms);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mains = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, { task: 0, script: [] });
    const entry = byThread.get(thread);
    if (e.name === 'RunTask') entry.task += e.dur / 1000;
    if (SCRIPT_EVENTS.has(e.name)) entry.script.push([e.ts, e.ts + e.dur]);
  }
  const { task, script } = [...byThread.values()].sort((a, b) => b.task - a.task)[0] ?? { task: 0, script: [] };
  let scriptMs = 0;
  let end = -Infinity;
  for (const [from, to] of script.sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    scriptMs += (to - Math.max(from, end)) / 1000;
    end = to;
  }
  return { script: scriptMs / (ms / 1000), task: task / (ms / 1000) };
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
