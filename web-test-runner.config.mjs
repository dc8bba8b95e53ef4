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
function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://127.0.0.1');
  if (url.pathname === '/api/status') {
    context.status = Number(url.searchParams.get('code'));
    context.body = `status ${context.status}`;
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
      context.body = 'error';
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
      if (payload.path.endsWith('/dist/index.html') && !existsSync(dist)) {
        const why = `${dist} is not built (run npm run build && npm run examples)`;
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

export default {
  reporters: [defaultReporter(), summaryLine()],
  // test/cdn/*.test.html load only the built CDN files (npm test builds first).
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testEndpoints],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), openExample()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: VIEWER_TIME_ZONE, locale: 'en-US' }),
    }),
  ],
  // Lit's dev-mode notice is expected here (tests run Lit's development build for its extra checks).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 180_000,
};
