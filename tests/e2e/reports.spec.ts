import { expect, test } from '@playwright/test';

const SLUGS = ['township-party-secretary-2023', 'jiangwan-town-mayor-2023', 'city-peoples-congress-office-2023', 'jincheng-township-government-2023', 'town-self-inspection-2023'];

test('the report index lists all five samples and links to each', async ({ page }) => {
  await page.goto('/reports/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const slug of SLUGS) await expect(page.locator(`.report-cards a[href="/reports/${slug}/"]`)).toHaveCount(1);
  await expect(page.locator('.result-count')).toHaveText('共 5 篇');
});

// Facets (combined, without JavaScript): tests/e2e/report-index.spec.ts.

for (const slug of SLUGS) {
  test(`report ${slug}: clean text, contents, metadata`, async ({ page }) => {
    await page.goto(`/reports/${slug}/`);
    const html = await page.content();
    expect(html).not.toMatch(/paidbegin|paidend|A总书记|A法治思想/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.meta-panel')).toContainText('类型');
    // Contents list: one level deep, every entry lands on a heading of the report.
    const links = page.locator('.toc a');
    expect(await page.locator('.toc ol ol').count()).toBe(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`.report-body ${href.replace(/^#/, '#')}`)).toHaveCount(1);
    }
    // Every heading and paragraph of the report body is addressable.
    const unaddressed = await page.locator('.report-body > :is(h2,h3,h4,h5,p):not([id])').count();
    expect(unaddressed).toBe(0);
  });
}

test('restored names and redactions are visibly marked', async ({ page }) => {
  await page.goto('/reports/city-peoples-congress-office-2023/');
  await expect(page.locator('ins.restored').first()).toHaveText('习近平');
  await expect(page.locator('ins.restored').first()).toHaveAttribute('title', /原文作“A”/);
  await expect(page.locator('.redaction').first()).toHaveAttribute('title', /隐去/);
  await expect(page.locator('.editorial-notes')).toContainText('编者已补全');
});

test('复制链接 copies the URL of the heading, and the URL lands on it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/reports/jiangwan-town-mayor-2023/');
  const heading = page.locator('.report-body h2').nth(1);
  const id = await heading.getAttribute('id');
  await heading.getByRole('button', { name: '复制链接' }).click();
  await expect(heading.getByRole('button')).toHaveAccessibleName('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}/reports/jiangwan-town-mayor-2023/#${id}`);
  await page.goto(copied);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id}`)).toHaveText(/^二、存在的问题/);
});

test('paragraph anchors are stable: the same paragraph keeps its id across builds', async ({ page }) => {
  // The id is a hash of the paragraph's own text (see src/shared/anchors.ts), so this link,
  // printed in a training notice, keeps working when other paragraphs change.
  await page.goto('/reports/jiangwan-town-mayor-2023/');
  const para = page.locator('.report-body p', { hasText: '三是着力打造和谐立镇品牌' });
  const id = await para.getAttribute('id');
  expect(id).toMatch(/^p-[0-9a-z]{7}$/);
  await page.goto(`/reports/jiangwan-town-mayor-2023/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('usable at 360 px: no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/reports/', `/reports/${SLUGS[0]}/`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('print hides site chrome and keeps the report', async ({ page }) => {
  await page.goto(`/reports/${SLUGS[1]}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.copy-link').first()).toBeHidden();
  await expect(page.locator('.report-body')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('home page links to the four entry points', async ({ page }) => {
  await page.goto('/');
  for (const label of ['范文', '撰写指引', '规范表述', '搜索']) {
    await expect(page.locator('.entry-points').getByRole('link', { name: label })).toBeVisible();
  }
});
