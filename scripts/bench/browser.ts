/** Launches Chromium for benchmarks: Playwright's own browser if installed, else Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = (() => {
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // fall through
  }
  return '/usr/bin/chromium';
})();

export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
