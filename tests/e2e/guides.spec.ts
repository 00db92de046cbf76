import { expect, test } from '@playwright/test';

const GUIDES = ['shufa-report', 'law-based-government-annual-report', 'self-inspection-report'];

test('every coverage-matrix link lands on an existing anchor of the sample', async ({ page, request }) => {
  await page.goto('/guides/coverage/');
  const links = await page.locator('a[data-coverage-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(links.length).toBeGreaterThan(20);
  const missing = await page.locator('td.missing').count();
  expect(missing).toBeGreaterThan(0); // 缺 cells are derived from the section maps
  const pages = new Map<string, string>();
  for (const link of links) {
    const [path, anchor] = link.split('#');
    if (!pages.has(path)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      pages.set(path, await res.text());
    }
    expect(pages.get(path), link).toContain(`id="${anchor}"`);
  }
  // And one of them, followed in the browser, scrolls to the passage.
  await page.locator('a[data-coverage-link]').first().click();
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

for (const guide of GUIDES) {
  test(`guide ${guide}: every section is sourced or labelled 参考做法, examples resolve`, async ({ page }) => {
    await page.goto(`/guides/${guide}/`);
    await expect(page.locator('h1')).toHaveCount(1);
    const sections = page.locator('.guide-section');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const section of await sections.all()) {
      const badge = (await section.locator('h2 .basis').textContent())!.trim();
      expect(['规定要求', '参考做法']).toContain(badge);
      if (badge === '规定要求') await expect(section.locator('.citation').first()).toBeVisible();
      expect(await section.locator('.examples li').count()).toBeGreaterThanOrEqual(2);
    }
    // Example links land on real passages.
    const first = section0Link(page);
    await first.click();
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

const section0Link = (page: import('@playwright/test').Page) => page.locator('.examples a').first();

test('复制链接 on a guidance item copies a URL that opens the same item', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/guides/shufa-report/');
  const button = page.locator('#problems button[data-copy-link]').first();
  await button.click();
  await expect(button).toHaveAccessibleName('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/guides\/shufa-report\/#problems$/);
  await page.goto('/');
  await page.goto(copied);
  await expect(page.locator('#problems')).toBeInViewport();
  await expect(page.locator('#problems h2')).toContainText('存在的问题');
});

test('comparison page shows each sample side by side on wide screens and stacked on phones', async ({ page }) => {
  await page.goto('/guides/shufa-report/compare/problems/');
  const cols = page.locator('.compare-col');
  // Three samples, then the three 示范稿 of the type (labelled, after the samples).
  expect(await page.locator('.compare-col:not(.compare-col--model)').count()).toBe(3);
  expect(await page.locator('.compare-col--model').count()).toBe(3);
  const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
  await page.setViewportSize({ width: 360, height: 740 });
  const [c, d] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
  expect(d!.y).toBeGreaterThan(c!.y + c!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a missing section shows 缺 on the comparison page', async ({ page }) => {
  await page.goto('/guides/shufa-report/compare/rectification/');
  await expect(page.locator('.compare-col .missing').first()).toContainText('缺');
});

for (const guide of GUIDES) {
  test(`checklist for ${guide} prints on one or two A4 pages`, async ({ page }) => {
    await page.goto(`/guides/${guide}/checklist/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}
