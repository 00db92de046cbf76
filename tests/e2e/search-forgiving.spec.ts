/**
 * Forgiving queries that stay exact: traditional characters and invisible characters fold away,
 * titles are passages, and known confusions are offered (never applied) when nothing matches.
 */
import { expect, test } from '@playwright/test';
import type { Passage } from '../../src/build/search/extract.ts';
import { allResultUrls, countShown, done, results, sitePassagesOnce, truthIn } from './search-helpers.ts';

let passages: Passage[] = [];
test.beforeAll(async () => {
  passages = await sitePassagesOnce();
});
const truth = (q: string) => truthIn(passages, q);
const go = (page: import('@playwright/test').Page, q: string) => page.goto(`/search/?q=${encodeURIComponent(q)}`);

test('traditional characters find what the simplified query finds', async ({ page }) => {
  await go(page, '法治政府建设');
  const simplified = await allResultUrls(page);
  expect(simplified.length).toBeGreaterThan(0);
  expect(simplified).toEqual(truth('法治政府建设'));
  await go(page, '法治政府建設');
  expect(await allResultUrls(page)).toEqual(simplified);
  await expect(page.locator('.search-result mark').first()).toBeVisible();
});

test('invisible characters in the query (zero-width space, soft hyphen, variation selector) are ignored', async ({ page }) => {
  await go(page, '法治');
  await done(page);
  const total = await countShown(page);
  expect(total).toBe(truth('法治').length);
  const first = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const q of ['法\u200b治', '法\u00ad治', '法\ufe0f治']) {
    await go(page, q);
    await done(page);
    expect(await countShown(page), JSON.stringify(q)).toBe(total);
    // Same passages in the same order (the link's ?hl= carries the query as typed).
    const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.replace(/\?[^#]*/, ''))).toEqual(first.map((h) => h!.replace(/\?[^#]*/, '')));
  }
});

test('自查报告 finds the self-inspection report by its title', async ({ page }) => {
  const report = passages.find((p) => p.page.startsWith('/reports/') && p.kind === '范文' && p.title.includes('自查报告'))!;
  expect(report).toBeTruthy();
  await go(page, '自查报告');
  const urls = await allResultUrls(page);
  expect(urls).toEqual(truth('自查报告'));
  // The title passage: the page itself, shown as a 标题 result of kind 范文.
  expect(urls).toContain(report.page);
  const hit = page.locator('.search-result', { has: page.locator(`a[href^="${report.page}?"]`) }).first();
  await expect(hit.locator('.search-result__kind')).toHaveText('范文');
  await expect(hit.locator('.search-result__badge')).toHaveText('标题');
  await expect(hit.locator('.search-result__title')).toHaveText(report.title);
});

test('您是不是要找 is offered for 法制政府 (no exact result) and not for 法制审核 (which has results)', async ({ page }) => {
  expect(truth('法制政府')).toEqual([]);
  expect(truth('法治政府').length).toBeGreaterThan(0);
  await go(page, '法制政府');
  await done(page);
  await expect(results(page)).toHaveCount(0);
  const hint = page.locator('[data-search-hint]');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('您是不是要找');
  await expect(hint.locator('a')).toHaveText('法治政府');
  await hint.locator('a').click();
  await expect(page).toHaveURL(/q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C|q=法治政府/);
  await done(page);
  expect(await countShown(page)).toBe(truth('法治政府').length);
  await expect(hint).toBeHidden();

  // A correct word is never corrected: 法制审核 has its own results.
  expect(truth('法制审核').length).toBeGreaterThan(0);
  await go(page, '法制审核');
  await done(page);
  expect(await countShown(page)).toBe(truth('法制审核').length);
  await expect(hint).toBeHidden();
});
