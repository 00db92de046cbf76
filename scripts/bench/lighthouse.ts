/** Lighthouse scores (performance, accessibility, best practices, SEO) per page type, in the system Chromium. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

export interface Scores {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export async function measureLighthouse(base: string, pages: Record<string, string>): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS] });
  const out: Scores[] = [];
  try {
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(base + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result!.lhr.categories;
      out.push({ page: name, url, performance: c.performance.score ?? 0, accessibility: c.accessibility.score ?? 0, bestPractices: c['best-practices'].score ?? 0, seo: c.seo.score ?? 0 });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
