import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// The viewer's zone and language in every test page are fixed and deliberately not UTC, so a test that leans on
// the machine's zone or on UTC fails here rather than on a user's machine. Tests freeze time themselves.
export const VIEWER_TIME_ZONE = 'Asia/Tokyo';

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
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
