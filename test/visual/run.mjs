// `npm run test:visual`: screenshots of every Storybook story against test/visual/baselines/.
// `npm run test:visual:update`: take them again as the new baselines (commit them with BROWSER.txt).
// Options: --no-build uses the storybook-static/ already built (CI builds it just before).
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from '../../scripts/chromium.mjs';

const update = process.argv.includes('--update');
const build = !process.argv.includes('--no-build');
const record = new URL('./baselines/BROWSER.txt', import.meta.url);

execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });

// The screenshots name DejaVu fonts (the preview's screenshot mode): without them Chromium would substitute
// another font and every screenshot would differ.
const fonts = (() => {
  try {
    return execSync('fc-list : family', { encoding: 'utf8' });
  } catch {
    return '';
  }
})();
if (!/DejaVu Sans/.test(fonts)) {
  console.error('The screenshots need the DejaVu fonts: install fonts-dejavu-core (Debian/Ubuntu), as .ci/run does.');
  process.exit(1);
}

/** What the screenshots depend on besides our code: the browser and the fonts. */
function environment() {
  const chromium = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const packages = (() => {
    try {
      return execSync("dpkg-query -W -f='${Package} ${Version}\\n' fonts-dejavu-core fonts-liberation", { encoding: 'utf8' }).trim();
    } catch {
      return 'fonts: (not a Debian machine)';
    }
  })();
  return `${chromium}\n${packages}\n`;
}

if (build) execSync('npm run --silent storybook:build', { stdio: 'inherit' });
if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run `npm run storybook:build` (or drop --no-build).');
  process.exit(1);
}

// Another test runner may be running on this machine: take a free port.
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});

const started = Date.now();
const result = spawnSync(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.visual.config.mjs', '--port', String(port), ...(update ? ['--update-visual-baseline'] : [])],
  { stdio: 'inherit' },
);
const seconds = Math.round((Date.now() - started) / 1000);
const now = environment();

if (update && result.status === 0) {
  writeFileSync(record, now);
  console.log(`Baselines written to test/visual/baselines/ in ${seconds} s, taken with:\n${now}`);
} else if (result.status !== 0) {
  const then = existsSync(record) ? readFileSync(record, 'utf8') : '(not recorded)\n';
  console.error(
    `\nScreenshots differ from test/visual/baselines/ (new screenshots and diffs: test/visual/failed/).\n` +
      (then === now ? '' : `The baselines were taken with:\n${then}This machine has:\n${now}A browser or font update alone can explain small differences.\n`) +
      'If the change is intended, run `npm run test:visual:update` and commit test/visual/baselines/.',
  );
} else {
  console.log(`Visual regression: all screenshots match (${seconds} s).`);
}
process.exit(result.status ?? 1);
