/**
 * First load of each page type in Chromium, with an empty cache: bytes transferred (after gzip,
 * as nginx would serve them) and number of requests, with the search index counted separately.
 */
import { launch } from './browser.ts';
import { BENCH_PAGE_TYPES } from '../lib/page-types.ts';


export interface Weight {
  page: string;
  url: string;
  requests: number;
  bytes: number;
  indexRequests: number;
  indexBytes: number;
}

export async function measurePageWeights(base: string, pages = BENCH_PAGE_TYPES): Promise<Weight[]> {
  const browser = await launch();
  const out: Weight[] = [];
  try {
    for (const [name, url] of Object.entries(pages)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const urls = new Map<string, string>();
      const sizes = new Map<string, number>();
      cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
      cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
      await page.goto(base + url, { waitUntil: 'networkidle' });
      if (url.startsWith('/search/')) await page.waitForSelector('[data-search-state="done"]', { timeout: 15_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const w: Weight = { page: name, url, requests: 0, bytes: 0, indexRequests: 0, indexBytes: 0 };
      for (const [id, size] of sizes) {
        if (/\/pagefind(-plain|-passages)?\//.test(urls.get(id) ?? '')) {
          w.indexRequests++;
          w.indexBytes += size;
        } else {
          w.requests++;
          w.bytes += size;
        }
      }
      out.push(w);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
