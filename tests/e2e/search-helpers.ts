/** What the search specs share: the indexed passages as ground truth, and the page's announced states. */
import { expect, type Page } from '@playwright/test';
import '../../src/shared/search/t2s-install.ts';
import { parseQuery } from '../../src/shared/search/query.ts';
import { fold } from '../../src/shared/search/fold.ts';
import { sitePassages } from '../../src/build/search-index.ts';
import type { Passage } from '../../src/build/search/extract.ts';
import { config } from '../../src/build/config.ts';

let loaded: Passage[] | undefined;
/** Every indexed passage of the built site, read once per worker. */
export async function sitePassagesOnce(): Promise<Passage[]> {
  loaded ??= await sitePassages(config.e2eDist);
  expect(loaded.length).toBeGreaterThan(50);
  return loaded;
}

/** Ground truth: passage URLs whose folded text contains every folded term. */
export const truthIn = (passages: Passage[], q: string, kind?: string) =>
  passages
    .filter((p) => (!kind || p.filters.kind?.includes(kind)) && parseQuery(q).terms.every((t) => fold(p.text).includes(t)))
    .map((p) => p.url)
    .sort();

export const results = (page: Page) => page.locator('[data-search-result]');
export const done = (page: Page) => expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-state', 'done');

/** Result hrefs as passage URLs (no ?hl=), loading every page of results. */
export async function allResultUrls(page: Page): Promise<string[]> {
  await done(page);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const n = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(n);
  }
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => decodeURI(h.replace(/\?[^#]*/, ''))).sort();
}

export async function countShown(page: Page): Promise<number> {
  return Number(await page.locator('[data-search-count]').getAttribute('data-search-count'));
}
