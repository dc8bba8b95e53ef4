import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// The viewer's zone and language in every test page are fixed and deliberately not UTC, so a test that leans on
// the machine's zone or on UTC fails here rather than on a user's machine. Tests freeze time themselves.
export const VIEWER_TIME_ZONE = 'Asia/Tokyo';

export default {
  files: ['test/**/*.test.ts'],
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
