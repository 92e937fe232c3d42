// Launches Debian's Chromium through playwright-core: never a downloaded browser.
import { chromium } from 'playwright-core';

// `extraArgs` adds Chromium flags for one test (e.g. '--autoplay-policy=no-user-gesture-required').
export async function launchChromium({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}
