// Shared by bench/run.mjs and bench/profile-clock.mjs: the repository served on 127.0.0.1, and the trace-based
// measure of a page's main thread.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml' };

/** Serves the files under `root` on 127.0.0.1 (any free port), uncached. Resolves to `{ origin, close }`. */
export async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const SCRIPT_EVENTS = new Set(['TimerFire', 'FunctionCall', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'EvaluateScript', 'v8.evaluateModule']);

/**
 * Over `ms` of the page's life, from a Chromium trace of its main thread: script ms per second (timer callbacks,
 * event handlers and microtasks, where Lit renders; nested events counted once) and all task ms per second
 * (script, style, layout, paint).
 */
export async function traceMainThread(browser, page, ms) {
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
  // The page's renderer is the busiest main thread.
  const { task, script } = [...byThread.values()].sort((a, b) => b.task - a.task)[0] ?? { task: 0, script: [] };
  let scriptMs = 0;
  let end = -Infinity;
  for (const [from, to] of script.sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    scriptMs += (to - Math.max(from, end)) / 1000;
    end = to;
  }
  const seconds = ms / 1000;
  return { scriptMsPerSecond: scriptMs / seconds, taskMsPerSecond: task / seconds };
}
