import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 14: the report index's facets combine (type × level × year) with plain links to static
 * pages, so they work without JavaScript; counts are for the current view and no value with no
 * report is listed; on a phone the filters fold away so the first report shows at once.
 */
test.use({ javaScriptEnabled: false });

const counts = (page: Page) =>
  page.locator('.facets nav li a').evaluateAll((as) => as.map((a) => a.textContent!.trim()));

/** Shown report metadata lines: "类型 · 机关（层级） · 年度 · 地区". */
const metaLines = (page: Page) => page.locator('.report-cards li p').allTextContents();

test('choosing type, then level, then year keeps the earlier choices and counts the current view', async ({ page }) => {
  await page.goto('/reports/');
  await expect(page.locator('.result-count')).toHaveText('共 5 篇');
  // No value without a report anywhere: no （0）.
  expect((await counts(page)).filter((t) => /（0）$/.test(t))).toEqual([]);

  await page.getByRole('link', { name: /^述法报告（\d+）$/ }).click();
  await expect(page).toHaveURL(/\/reports\/type\/shufa\/$/);
  // The URL changes when the new page commits; the lists below are read once, so wait until it has loaded.
  await page.waitForLoadState();
  const shufa = await metaLines(page);
  expect(shufa.length).toBeGreaterThan(1);
  for (const line of shufa) expect(line).toMatch(/^述法报告 · /);
  await expect(page.locator('.result-count')).toHaveText(`共 ${shufa.length} 篇`);
  // Level counts now count 述法报告 only, and add up to the list.
  const levelLinks = page.locator('.facets section', { has: page.getByRole('heading', { name: '机关层级' }) }).locator('a:not(:text-matches("^不限"))');
  const levelCounts = (await levelLinks.allTextContents()).map((t) => Number(/（(\d+)）$/.exec(t)![1]));
  expect(levelCounts.reduce((a, b) => a + b, 0)).toBe(shufa.length);
  expect(levelCounts.every((n) => n > 0)).toBe(true);

  const level = (await levelLinks.first().textContent())!;
  const [, levelName, levelCount] = /^(.+)（(\d+)）$/.exec(level)!;
  await levelLinks.first().click();
  await expect(page).toHaveURL(/\/reports\/type\/shufa\/level\/[a-z-]+\/$/);
  await page.waitForLoadState();
  const both = await metaLines(page);
  expect(both.length).toBe(Number(levelCount));
  for (const line of both) expect(line).toMatch(new RegExp(`^述法报告 · .+（${levelName}）`));
  await expect(page.getByRole('link', { name: /^述法报告（\d+）$/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: level })).toHaveAttribute('aria-current', 'page');

  const yearLink = page.getByRole('link', { name: /^\d{4}年度（\d+）$/ }).first();
  const [, year, yearCount] = /^(\d{4})年度（(\d+)）$/.exec((await yearLink.textContent())!)!;
  await yearLink.click();
  await expect(page).toHaveURL(new RegExp(`/reports/type/shufa/level/[a-z-]+/year/${year}/$`));
  await page.waitForLoadState();
  const all3 = await metaLines(page);
  expect(all3.length).toBe(Number(yearCount));
  for (const line of all3) expect(line).toMatch(new RegExp(`^述法报告 · .+（${levelName}） · ${year}年度`));
  await expect(page.locator('h1')).toHaveText(`范文：述法报告 · ${levelName} · ${year}年度`);
  expect((await counts(page)).filter((t) => /（0）$/.test(t))).toEqual([]);

  // 不限 drops one choice and keeps the others.
  await page.locator('.facets section', { has: page.getByRole('heading', { name: '报告类型' }) }).getByRole('link', { name: /^不限/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/level/[a-z-]+/year/${year}/$`));
  await page.waitForLoadState();
  for (const line of await metaLines(page)) expect(line).toMatch(new RegExp(`（${levelName}） · ${year}年度`));
});

test('a type with one level lists only that level, never an empty one', async ({ page }) => {
  await page.goto('/reports/type/law-based-government-annual/');
  await expect(page.locator('.report-cards li')).toHaveCount(1);
  await expect(page.locator('.report-cards')).toContainText('金城乡2023年法治政府建设工作报告');
  const levels = page.locator('.facets section', { has: page.getByRole('heading', { name: '机关层级' }) }).locator('li');
  await expect(levels).toHaveCount(1);
  await expect(levels).toHaveText(/^乡镇（1）$/);
});

test('the one-facet URLs of before still work', async ({ page }) => {
  for (const path of ['/reports/type/shufa/', '/reports/level/township/', '/reports/year/2023/']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('.report-cards li').first()).toBeVisible();
  }
});

test('述法报告 + 乡镇 lists both township 述法 reports, the 第一责任人职责 述职报告 with its own title (issue 29)', async ({ page }) => {
  await page.goto('/reports/type/shufa/level/township/');
  await expect(page.locator('h1')).toHaveText('范文：述法报告 · 乡镇');
  await expect(page.locator('.result-count')).toHaveText('共 2 篇');
  const titles = await page.locator('.report-cards li h2').allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual(['2023年度党政主要负责人履行推进法治建设第一责任人职责述职报告', '党员干部2023年度述法报告']);
  for (const line of await metaLines(page)) expect(line).toMatch(/^述法报告 · .+（乡镇）/);
  // One 述法 type in the filter: no separate 述职报告 value on any report page.
  await page.goto('/reports/');
  expect((await counts(page)).filter((t) => /述职/.test(t))).toEqual([]);
  await expect(page.getByRole('link', { name: /^述法报告（3）$/ })).toBeVisible();
});

test('the old 述职报告 type URLs land on the 述法报告 pages, with a visible link', async ({ page, request }) => {
  for (const [old, now] of [
    ['/reports/type/first-responsibility-duty/', '/reports/type/shufa/'],
    ['/reports/type/first-responsibility-duty/level/township/', '/reports/type/shufa/level/township/'],
    ['/reports/type/first-responsibility-duty/level/township/year/2023/', '/reports/type/shufa/level/township/year/2023/'],
  ]) {
    // The old page itself: a refresh to the new page and a link to it (scripts are off here, so the refresh is plain HTML).
    const html = await (await request.get(old)).text();
    expect(html, old).toContain(`<meta http-equiv="refresh" content="0; url=${now}">`);
    expect(html, old).toMatch(new RegExp(`<a href="${now}"[^>]*>`));
    await page.goto(old);
    await expect(page).toHaveURL(new RegExp(`${now}$`));
    await page.waitForLoadState();
    await expect(page.locator('.report-cards li').first()).toBeVisible();
  }
});

test('on a phone the filters are folded and the first report shows without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/reports/', '/reports/type/shufa/level/township/']) {
    await page.goto(path);
    await expect(page.locator('.facets')).not.toHaveAttribute('open', '');
    await expect(page.locator('.facets nav')).toBeHidden();
    const first = (await page.locator('.report-cards li').first().boundingBox())!;
    expect(first.y + first.height, path).toBeLessThanOrEqual(844);
    // The filters open with the summary (no script needed).
    await page.locator('.facets > summary').click();
    await expect(page.locator('.facets nav')).toBeVisible();
  }
});

test('on a wide screen the filters are shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/reports/');
  await expect(page.getByRole('link', { name: /^述法报告（\d+）$/ })).toBeVisible();
});
