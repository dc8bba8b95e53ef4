import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// The viewer's zone and language in every test page are fixed and deliberately not UTC, so a test that leans on
// the machine's zone or on UTC fails here rather than on a user's machine. Tests freeze time themselves.
export const VIEWER_TIME_ZONE = 'Asia/Tokyo';

/**
 * Test-only endpoints on the runner's own server (127.0.0.1, no network): HTTP errors, slow answers for the
 * abort and out-of-order tests, a generated large feed, a feed whose answer the test can change, and a fixture
 * served byte for byte with the Content-Type the test names (or none) for the encoding tests.
 */
const state = {};

/**
 * The strict policy of a government page (README "Strict CSP"): nothing inline, scripts and styles from the page's
 * own origin only, and Trusted Types for every HTML sink, with the policy names the elements need.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types lit-html envoy-elements';

function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://127.0.0.1');
  if (url.pathname.startsWith('/test/csp/')) {
    // `?trusted-types=lit-html`: a page whose policy leaves out the name the elements ask for.
    const names = url.searchParams.get('trusted-types');
    const policy = names ? STRICT_CSP.replace(/trusted-types .*$/, `trusted-types ${names}`) : STRICT_CSP;
    return next().then(() => context.set('Content-Security-Policy', policy));
  }
  if (url.pathname === '/api/status') {
    context.status = Number(url.searchParams.get('code'));
    if (url.searchParams.has('retry-after')) context.set('Retry-After', url.searchParams.get('retry-after'));
    if (context.status !== 204 && context.status !== 304) context.body = `status ${context.status}`;
    return undefined;
  }
  if (url.pathname === '/api/fault') return fault(context, url);
  if (url.pathname === '/api/store') {
    // A document the test wrote: POST it here under `key`, then GET it, served as `type`.
    const key = url.searchParams.get('key');
    if (context.method === 'POST') {
      return new Promise((resolve) => {
        const chunks = [];
        context.req.on('data', (chunk) => chunks.push(chunk));
        context.req.on('end', () => {
          state[`store:${key}`] = Buffer.concat(chunks);
          context.body = 'stored';
          resolve();
        });
      });
    }
    context.type = url.searchParams.get('type') ?? 'text/plain';
    context.body = state[`store:${key}`] ?? '';
    return undefined;
  }
  if (url.pathname === '/api/slow') {
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 5000);
    const file = url.searchParams.get('file');
    return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
      context.url = `/test/fixtures/${file}`;
      return next();
    });
  }
  if (url.pathname === '/api/generated') {
    const count = Math.min(Number(url.searchParams.get('count')) || 0, 20_000);
    const start = Date.UTC(2020, 0, 1);
    const items = Array.from({ length: count }, (_, i) => ({
      id: String(i),
      url: `/news/${i}`,
      title: `Item ${i}`,
      summary: `Summary of item ${i}`,
      // Shuffled dates: item i is i hours after the start, listed in a scrambled order.
      date_published: new Date(start + ((i * 7919) % count) * 3_600_000).toISOString(),
    }));
    context.type = 'application/feed+json';
    context.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Generated', items });
    return undefined;
  }
  if (url.pathname === '/api/scripted') {
    // Answers in turn with what the test queued: ['news.feed.json', 500, ...]; the last answer repeats.
    const key = url.searchParams.get('key');
    if (url.searchParams.has('queue')) {
      state[key] = url.searchParams.get('queue').split(',');
      context.body = 'ok';
      return undefined;
    }
    const queue = state[key] ?? [];
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (/^\d+$/.test(answer ?? '')) {
      context.status = Number(answer);
      if (url.searchParams.has('retry-after')) context.set('Retry-After', url.searchParams.get('retry-after'));
      if (context.status !== 304) context.body = 'error';
      return undefined;
    }
    context.url = `/test/fixtures/${answer}`;
    return next();
  }
  if (url.pathname === '/api/feed') {
    // /api/feed?file=feeds/x.xml&type=text/xml;+charset=koi8-r: the file's bytes as they are, with exactly that
    // Content-Type header; without `type`, with no Content-Type at all.
    const file = url.searchParams.get('file') ?? '';
    if (!/^[\w./-]+$/.test(file) || file.split('/').includes('..')) {
      context.status = 400;
      return undefined;
    }
    return readFile(new URL(`./test/fixtures/${file}`, import.meta.url)).then(
      (bytes) => {
        context.body = bytes;
        const type = url.searchParams.get('type');
        if (type) context.set('Content-Type', type);
        else context.remove('Content-Type');
      },
      () => {
        context.status = 404;
      },
    );
  }
  if (url.pathname === '/api/ssr') {
    // Server-renders the given markup with @lit-labs/ssr and the built library, as an app's server would.
    return serverRender(url.searchParams.get('markup') ?? '').then((body) => {
      context.type = 'text/html';
      context.body = body;
    });
  }
  return next();
}

/**
 * Network faults for news-list, on this server: `?kind=` never (headers, then a body that never ends), cut (half a
 * feed, then the connection dropped), big (6 MB of feed, streamed without a length), declared (a Content-Length
 * over the cap), redirect (to another origin, `&cors=1` allowing it), mislabelled (RSS served as image/png),
 * not-a-feed (a PNG served as RSS).
 */
async function fault(context, url) {
  const kind = url.searchParams.get('kind');
  const rss = await readFile(new URL('./test/fixtures/news.rss.xml', import.meta.url));
  const res = context.res;
  if (kind === 'never' || kind === 'cut' || kind === 'big') {
    context.respond = false;
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    if (kind === 'never') {
      res.write(rss.subarray(0, 200));
      // Closed by the server only long after any test has given up.
      setTimeout(() => res.destroy(), 60_000).unref();
    } else if (kind === 'cut') {
      res.write(rss.subarray(0, Math.floor(rss.length / 2)));
      setTimeout(() => res.destroy(), 50);
    } else {
      const item = Buffer.from(`<item><title>${'x'.repeat(1000)}</title></item>`);
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>');
      let sent = 0;
      const more = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += item.length;
          if (!res.write(item)) return void res.once('drain', more);
        }
        res.end('</channel></rss>');
      };
      res.on('error', () => {});
      more();
    }
    return undefined;
  }
  if (kind === 'declared') {
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(6 * 1024 * 1024) });
    context.res.write(rss);
    setTimeout(() => context.res.destroy(), 200);
    return undefined;
  }
  if (kind === 'redirect') {
    // The same server under another name: another origin.
    const host = context.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const other = `http://${host}:${context.request.socket.localPort}/api/fault?kind=feed${url.searchParams.has('cors') ? '&cors=1' : ''}`;
    context.redirect(other);
    return undefined;
  }
  if (kind === 'feed') {
    if (url.searchParams.has('cors')) context.set('Access-Control-Allow-Origin', '*');
    context.type = 'application/rss+xml';
    context.body = rss;
    return undefined;
  }
  if (kind === 'mislabelled') {
    context.type = 'image/png';
    context.body = rss;
    return undefined;
  }
  if (kind === 'not-a-feed') {
    context.type = 'application/rss+xml';
    context.body = await readFile(new URL('./test/fixtures/photo.png', import.meta.url));
    return undefined;
  }
  context.status = 400;
  return undefined;
}

async function serverRender(markup) {
  const [{ render }, { collectResult }, { html, unsafeStatic }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
  ]);
  await import('./dist/index.js');
  return collectResult(render(html`${unsafeStatic(markup)}`));
}

/**
 * `executeServerCommand('open-example', { path })` (test/examples.test.ts): opens a built example (examples/<framework>/dist,
 * made by `npm run examples`) in a new tab of the test browser, served by this runner on 127.0.0.1, and returns what
 * an envoy element shows there (its shadow root's text) and every console error, console warning and uncaught
 * exception. The plain-HTML example loads the CDN bundle from unpkg: those requests are answered from the packed
 * package installed in examples/node_modules, so the page runs exactly the files npm would publish, offline.
 */
function openExample() {
  let port;
  return {
    name: 'open-example',
    serverStart({ config }) {
      port = config.port;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'open-example') return undefined;
      const dist = `examples/${payload.path.split('/')[2]}/dist`;
      // Locally `npm test` may run before `npm run examples` and skips them; CI (CI=true) builds them first and fails.
      const needed = payload.path.endsWith('/dist/index.html') ? dist : 'examples/node_modules/envoy-elements';
      if (!existsSync(needed)) {
        const why = `${needed} is not there (run npm run build && npm run examples)`;
        return process.env.CI ? { failed: why, messages: [] } : { missing: why };
      }
      const page = await session.browser.getPage(session.id).context().newPage();
      const messages = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
      await page.route(/^https:\/\/unpkg\.com\/envoy-elements@[^/]+\/(.*)$/, (route) => {
        const file = new URL(route.request().url()).pathname.replace(/^\/envoy-elements@[^/]+\//, '');
        return route.fulfill({ path: `examples/node_modules/envoy-elements/${file}` });
      });
      try {
        await page.goto(`http://127.0.0.1:${port}${payload.path}`);
        // Rendered: every envoy element has shadow content, the list its cards, each card its heading.
        await page.waitForFunction(() => {
          const elements = [...document.querySelectorAll('world-clock, days-since, news-list, consular-contact')];
          const cards = [...document.querySelectorAll('news-list')].flatMap((list) => [...(list.shadowRoot?.querySelectorAll('[part~="card"]') ?? [])]);
          return elements.length > 0 && elements.every((el) => el.shadowRoot?.textContent?.trim()) && cards.length > 0 && cards.every((card) => card.shadowRoot?.textContent?.trim());
        }, undefined, { timeout: 10_000 });
        const shown = await page.evaluate(() => {
          const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const shown = (selector) => [...document.querySelectorAll(selector)].map((el) => text(el.shadowRoot));
          const lists = [...document.querySelectorAll('news-list')];
          return {
            clocks: shown('world-clock'),
            counters: shown('days-since').map((sentence, i) => `${sentence} ${text(document.querySelectorAll('days-since')[i])}`),
            cards: lists.flatMap((list) => [...list.shadowRoot.querySelectorAll('[part~="card"]')].map((card) => `${card.localName}: ${text(card.shadowRoot.querySelector('[part~="heading"]'))}`)),
            contacts: shown('consular-contact'),
            loaded: text(document.querySelector('#loaded')),
            problem: text(document.querySelector('#problem') ?? document.querySelector('.problem')),
          };
        });
        return { ...shown, messages };
      } catch (error) {
        return { failed: String(error), messages };
      } finally {
        await page.close();
      }
    },
  };
}

/** After the usual report, one plain line that any CI reads: `Tests: 47 passed, 0 failed, 0 skipped`. */
function summaryLine() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no results at all: count it, so it cannot pass silently.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) count.failed++;
      }
      const line = `Tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`;
      // Written at exit, after the runner has finished redrawing its progress lines.
      process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}

/**
 * What the memory tests read through the Chrome DevTools Protocol of the test's own page (Playwright launcher):
 * - `envoy-heap`: a forced full GC, then the JS heap in use, Chromium's live DOM node and JS listener counts and
 *   the main thread's CPU time;
 * - `envoy-listeners`: the event listeners on `document` and `window`, by type, as DevTools lists them.
 */
function cdpProbes() {
  // One CDP session per test page, kept while the page lives: Performance counts ThreadTime from its `enable`.
  const sessions = new Map();
  async function withCdp(session, use) {
    if (!sessions.has(session.id)) {
      const page = session.browser.getPage(session.id);
      sessions.set(
        session.id,
        page
          .context()
          .newCDPSession(page)
          .then(async (cdp) => {
            page.once('close', () => sessions.delete(session.id));
            await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
            return cdp;
          }),
      );
    }
    return use(await sessions.get(session.id));
  }
  const listenersOf = async (cdp, expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const byType = {};
    for (const { type } of listeners) byType[type] = (byType[type] ?? 0) + 1;
    return byType;
  };
  return {
    name: 'envoy-cdp-probes',
    async executeCommand({ command, session }) {
      if (command === 'envoy-heap') {
        return withCdp(session, async (cdp) => {
          // Twice: the first pass may only queue finalizers (weak maps, FinalizationRegistry) for the second.
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          const { metrics } = await cdp.send('Performance.getMetrics');
          const metric = (name) => metrics.find((m) => m.name === name)?.value;
          // ThreadTime: the page's main-thread CPU seconds so far, a cost figure that a busy machine does not inflate.
          return { usedSize, nodes: metric('Nodes'), jsEventListeners: metric('JSEventListeners'), threadTime: metric('ThreadTime') };
        });
      }
      if (command === 'envoy-listeners') {
        return withCdp(session, async (cdp) => ({
          document: await listenersOf(cdp, 'document'),
          window: await listenersOf(cdp, 'window'),
        }));
      }
      return undefined;
    },
  };
}

export default {
  reporters: [defaultReporter(), summaryLine()],
  // test/cdn/*.test.html load only the built CDN files (npm test builds first).
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testEndpoints],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The heap and listener probes of test/memory.test.ts.
    cdpProbes(),
    // Opens the built examples for test/examples.test.ts.
    openExample(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: VIEWER_TIME_ZONE, locale: 'en-US' }),
    }),
  ],
  // Lit's dev-mode notice is expected here (tests run Lit's development build for its extra checks).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // `npm test` measures coverage of src/ and fails below these thresholds (v8 coverage, mapped to the TypeScript).
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/**/*.plurals.ts'],
    threshold: { statements: 95, branches: 95, functions: 95, lines: 95 },
    reportDir: 'coverage',
  },
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 180_000,
};
