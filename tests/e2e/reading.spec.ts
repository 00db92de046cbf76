import { expect, test } from '@playwright/test';

/** Issue 14, reading: heading link controls, the remembered 标出规范表述, phrase-card links, print footer. */
const REPORT = '/reports/jiangwan-town-mayor-2023/';

test('heading link controls show on hover and keyboard focus only, and Tab reaches them', async ({ page }) => {
  await page.goto(REPORT);
  // A heading right after a paragraph: Tab from that paragraph's ¶ link goes to the heading's # link.
  const [pId, hId] = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.report-body > :is(h2,h3,h4)')].find((e) => e.previousElementSibling?.tagName === 'P')!;
    return [h.previousElementSibling!.id, h.id];
  });
  const heading = page.locator(`[id="${hId}"]`);
  const tools = heading.locator('.anchor-tools');
  await expect(heading.locator('button.copy-link')).toBeAttached();
  await page.mouse.move(0, 0);
  await expect(tools).toHaveCSS('opacity', '0');
  await heading.hover();
  await expect(tools).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(tools).toHaveCSS('opacity', '0');

  await page.locator(`[id="${pId}"] .para-link`).focus();
  await page.keyboard.press('Tab');
  await expect(heading.locator('.anchor-link')).toBeFocused();
  await expect(tools).toHaveCSS('opacity', '1');
  await page.keyboard.press('Tab');
  await expect(heading.getByRole('button', { name: '复制链接' })).toBeFocused();
  await expect(tools).toHaveCSS('opacity', '1');
  await page.keyboard.press('Tab');
  await expect(tools).toHaveCSS('opacity', '0');
});

test('heading link controls on a guide also show on hover only', async ({ page }) => {
  await page.goto('/guides/shufa-report/');
  const tools = page.locator('#problems-cover h3 .anchor-tools');
  await page.mouse.move(0, 0);
  await expect(tools).toHaveCSS('opacity', '0');
  await page.locator('#problems-cover h3').hover();
  await expect(tools).toHaveCSS('opacity', '1');
});

test('标出规范表述 is remembered when the reader comes back to a report', async ({ page }) => {
  await page.goto(REPORT);
  const box = page.locator('.phrase-marks');
  const toggle = page.getByRole('button', { name: '标出规范表述' });
  await expect(box).toHaveAttribute('data-phrase-marks-state', 'off');
  await expect(page.locator('a.phrase-mark')).toHaveCount(0);
  await toggle.click();
  await expect(box).toHaveAttribute('data-phrase-marks-state', 'on');
  const marked = await page.locator('.report-body a.phrase-mark').count();
  expect(marked).toBeGreaterThan(0);

  // Another report, then back: still marked, with the same marks.
  await page.goto('/reports/township-party-secretary-2023/');
  await expect(page.locator('.phrase-marks')).toHaveAttribute('data-phrase-marks-state', 'on');
  await expect(page.getByRole('button', { name: '标出规范表述' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(REPORT);
  await expect(box).toHaveAttribute('data-phrase-marks-state', 'on');
  await expect(page.locator('.report-body a.phrase-mark')).toHaveCount(marked);

  // Turning it off is remembered too.
  await toggle.click();
  await expect(box).toHaveAttribute('data-phrase-marks-state', 'off');
  await page.reload();
  await expect(box).toHaveAttribute('data-phrase-marks-state', 'off');
  await expect(page.locator('a.phrase-mark')).toHaveCount(0);
});

test('复制链接 on a phrase card copies the absolute URL of its stable anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A row on its topic page.
  await page.goto('/phrases/legal-publicity/');
  const entry = page.locator('ol.phrase-rows > li').first();
  const id = (await entry.getAttribute('id'))!;
  const button = entry.locator('button.copy-card-link');
  await expect(button).toHaveAccessibleName('复制链接');
  await button.click();
  await expect(button).toHaveAccessibleName('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}/phrases/legal-publicity/#${id}`);
  await page.goto('/');
  await page.goto(copied);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

  // The full entry on its move's page copies the same stable anchor, the row on the topic page.
  await page.locator(`[id="${id}"] a[data-phrase-text]`).click();
  const full = page.locator(`li.phrase--full[id="${id}"]`);
  await expect(full).toBeInViewport();
  await full.locator('button.copy-card-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);

  // A compact card on another page copies the URL of the phrase's home entry.
  await page.goto('/phrases/sections/problems/');
  const compact = page.locator('li.phrase--compact').first();
  const home = await compact.locator('.phrase__quote a').getAttribute('href');
  await compact.locator('button.copy-card-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(home!, page.url()).href);
});

for (const path of [REPORT, '/guides/law-based-government-annual-report/checklist/']) {
  test(`printing ${path} adds a footer with the site name, URL and date`, async ({ page }) => {
    await page.goto(`${path}#main`);
    const footer = page.locator('.print-footer');
    await expect(footer).toHaveAttribute('data-print-footer-state', 'filled');
    await expect(footer).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(footer).toBeVisible();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
    });
    await expect(footer).toHaveText(`述法参考 · 网址：${new URL(path, page.url()).href} · 打印日期：${today}`);
    await expect(page.locator('.site-footer')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(footer).toBeHidden();
  });
}
