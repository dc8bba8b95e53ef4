// Visual regression: screenshots of every Storybook story (light, dark, right to left; 360 and 1024 px wide)
// against the baselines in test/visual/baselines/. Run with `npm run test:visual` (see test/visual/run.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

export const BASELINES = 'test/visual/baselines';

export default {
  files: ['test/visual/*.visual.ts'],
  reporters: [defaultReporter()],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // A pixel differs when its colour moved more than pixelmatch's 0.1 (anti-aliasing ignored); a screenshot
      // fails when more than 0.05% of its pixels differ: a changed word or colour fails, sub-pixel noise of
      // another Chromium build does not.
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThresholdType: 'percent',
      failureThreshold: 0.05,
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      createBrowserContext: ({ browser }) =>
        browser.newContext({
          viewport: { width: 1100, height: 1000 },
          deviceScaleFactor: 1,
          reducedMotion: 'reduce',
          timezoneId: 'Europe/London',
          locale: 'en-GB',
        }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 600_000,
};
