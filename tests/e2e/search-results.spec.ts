/**
 * The results page: the first result in the first screen, kind labels, 复制 on phrase results,
 * back restoring results and scroll, and clean 相近结果.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Passage } from '../../src/build/search/extract.ts';
import { countShown, done, results, sitePassagesOnce, truthIn } from './search-helpers.ts';

let passages: Passage[] = [];
test.beforeAll(async () => {
  passages = await sitePassagesOnce();
});
const go = (page: Page, q: string) => page.goto(`/search/?q=${encodeURIComponent(q)}`);
const KIND_BY_PATH: Array<[string, string]> = [['/reports/', '范文'], ['/phrases/', '规范表述'], ['/guides/', '指引'], ['/writing-2026/', '写作须知'], ['/public-reports/', '公开报告'], ['/model-drafts/', '示范稿']];

test.describe('desktop 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('the first result of 四个亲自 starts within 320px of the top', async ({ page }) => {
    await go(page, '四个亲自');
    await done(page);
    const box = (await results(page).first().boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(320);
  });
  test('with no exact match, the 相近结果 follow right after the status line', async ({ page }) => {
    await go(page, '法治政府建设述职评议考核办法');
    await done(page);
    await expect(page.locator('[data-search-near]')).toHaveAttribute('data-search-near-state', 'done');
    const status = (await page.locator('[data-search-count]').boundingBox())!;
    const near = (await page.locator('[data-search-near]').boundingBox())!;
    expect(near.y - (status.y + status.height)).toBeLessThan(80);
    expect(near.y).toBeLessThan(400);
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the first result of 四个亲自 is within the first screen', async ({ page }) => {
    await go(page, '四个亲自');
    await done(page);
    const box = (await results(page).first().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });
});

test('each result shows its kind, and a 规范表述 result copies its phrase text exactly', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await go(page, '四个亲自');
  await done(page);
  const items = await page.locator('.search-result').all();
  expect(items.length).toBe(truthIn(passages, '四个亲自').length);
  const seen = new Set<string>();
  for (const li of items) {
    const href = decodeURI((await li.locator('[data-search-result]').getAttribute('href'))!);
    const kind = KIND_BY_PATH.find(([prefix]) => href.startsWith(prefix))![1];
    await expect(li.locator('.search-result__kind')).toHaveText(kind);
    seen.add(kind);
    // The title is the page's own title, or a phrase's own text: no control labels.
    expect(await li.locator('.search-result__title').textContent()).not.toMatch(/本节链接|复制链接|[#¶]/);
    const passage = passages.find((p) => p.url === href.replace(/\?[^#]*/, ''))!;
    await expect(li.locator('[data-search-copy]')).toHaveCount(passage.copy ? (passage.phrase?.replacement ? 2 : 1) : 0);
  }
  expect(seen).toContain('规范表述');
  const phraseItem = page.locator('.search-result', { has: page.locator('[data-search-copy]') }).first();
  const href = decodeURI((await phraseItem.locator('[data-search-result]').getAttribute('href'))!).replace(/\?[^#]*/, '');
  const phrase = passages.find((p) => p.url === href)!.copy!;
  expect(phrase.length).toBeGreaterThan(1);
  const button = phraseItem.locator('[data-search-copy]');
  await expect(button).toHaveText('复制');
  await button.click();
  await expect(button).toHaveAttribute('data-search-copy-state', 'done');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
});

test('back from a result restores the loaded results (including 显示更多) and the scroll position', async ({ page }) => {
  await go(page, '法治');
  await done(page);
  const total = await countShown(page);
  expect(total).toBeGreaterThan(40);
  await page.locator('[data-search-more]').click();
  await expect(results(page)).toHaveCount(40);
  const target = results(page).nth(30);
  await target.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(500);
  const href = (await target.getAttribute('href'))!;
  await target.click();
  await expect(page).toHaveURL((u) => !u.pathname.startsWith('/search/'));
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await done(page);
  await expect(results(page)).toHaveCount(40);
  expect(await results(page).nth(30).getAttribute('href')).toBe(href);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 5);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(5);
  await expect(target).toBeInViewport();
  // The state is the page's own (history.state), not only the browser's page cache: a reload keeps it too.
  await page.reload();
  await done(page);
  await expect(results(page)).toHaveCount(40);
  await expect(results(page).nth(30)).toBeInViewport();
});

/** Waits for the 相近结果 of a query without an exact match and returns their titles and excerpts. */
async function nearFor(page: Page, q: string) {
  expect(truthIn(passages, q), q).toEqual([]);
  await go(page, q);
  await done(page);
  await expect(page.locator('[data-search-near]')).toHaveAttribute('data-search-near-state', 'done');
  const items = page.locator('[data-search-near] li');
  return {
    titles: await items.locator('[data-search-near-result]').allTextContents(),
    excerpts: await items.locator('.search-result__excerpt').allTextContents(),
    kinds: await items.locator('.search-result__kind').allTextContents(),
  };
}

test('相近结果: titles without control labels, excerpts without the page furniture in front, kinds shown', async ({ page }) => {
  for (const q of ['法治政府建设述职评议考核办法', '一、学习宣传 龘龘']) {
    const near = await nearFor(page, q);
    expect(near.titles.length, q).toBeGreaterThan(0);
    for (const t of near.titles) expect(t).not.toMatch(/本节链接|复制链接|[#¶]/);
    for (const e of near.excerpts) {
      expect(e).not.toMatch(/^\S{0,30}报告\. /);
      expect(e).not.toMatch(/^(规范表述|撰写指引|范文)\. /);
    }
    expect(near.kinds.length).toBe(near.titles.length);
    for (const k of near.kinds) expect(['范文', '规范表述', '指引']).toContain(k);
  }
});

test('相近结果: a lone letter or stop character matches nothing on its own', async ({ page }) => {
  // x occurs in X镇 passages, so “x” alone has exact results; with a word that is nowhere it has
  // none, and the near results must not fall back to every X镇 page.
  for (const q of ['x 龘龘', '的 龘龘']) {
    const near = await nearFor(page, q);
    expect(near.titles.join(' '), q).not.toMatch(/X镇/);
  }
  await go(page, 'x');
  await done(page);
  expect(await countShown(page)).toBe(truthIn(passages, 'x').length);
});
