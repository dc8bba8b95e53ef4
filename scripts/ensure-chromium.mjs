// The pre-step of `npm test`: make sure a Chromium is there. On a root Debian machine without one, install
// Debian's package (and say so); anywhere else, stop and say what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found && process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s "chromium" and "fonts-liberation" with apt-get (about a minute)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation', {
      stdio: 'inherit',
    });
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome) ' +
      'or set CHROME_PATH to its executable, then run `npm test` again.',
  );
  process.exit(1);
}
console.log(`Testing in ${found}`);
