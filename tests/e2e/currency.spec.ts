import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** Sources and phrases as written in the content files. */
const SOURCES = readdirSync('src/content/sources')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`src/content/sources/${f}`, 'utf8')) as { title: string; status?: string; period?: [number, number]; urls?: string[] }) }));
const PHRASES = readdirSync('src/content/phrases')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(`src/content/phrases/${f}`, 'utf8')) as { id: string; topics: string[]; move: string; status?: string; period?: [number, number] }[]);

test('the 2026 page lists what changed, with a contents list one level deep', async ({ page }) => {
  await page.goto('/writing-2026/');
  await expect(page.locator('h1')).toHaveText('2026年度报告写作须知');
  const toc = page.locator('nav.toc');
  await expect(toc.locator('ol ol')).toHaveCount(0);
  const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(targets.length).toBeGreaterThanOrEqual(5);
  for (const t of targets) await expect(page.locator(`h2${t}`)).toHaveCount(1);
  // Every plan that ended is listed, and every 期满 phrase.
  for (const s of SOURCES.filter((x) => x.status === 'expired')) await expect(page.locator(`#ended ~ ul a[href="/sources/#${s.id}"]`).first()).toBeVisible();
  for (const p of PHRASES.filter((x) => x.status === 'expired')) await expect(page.locator(`a[href="/phrases/${p.topics[0]}/#${p.id}"]`).first()).toBeVisible();
  await expect(page.locator('#eleven-twelve ~ p').filter({ hasText: '没有找到' }).first()).toBeVisible();
});

test('the home page, the guides and every 期满 phrase link to the 2026 page', async ({ page }) => {
  for (const path of ['/', '/guides/', '/guides/shufa-report/']) {
    await page.goto(path);
    await expect(page.locator('main a[href="/writing-2026/"]').first()).toBeVisible();
  }
  for (const p of PHRASES.filter((x) => x.status === 'expired')) {
    await page.goto(`/phrases/${p.topics[0]}/${p.move}/`);
    const entry = page.locator(`[data-phrase-id="${p.id}"][data-passage]`);
    await expect(entry.locator('.status')).toHaveText(`期满（${p.period![0]}—${p.period![1]}年）`);
    await expect(entry.locator('a[href="/writing-2026/"]')).toHaveCount(1);
  }
});

test('no phrase or source whose period has ended is labelled 现行', async ({ page }) => {
  const ended = (period?: [number, number]) => period !== undefined && period[1] < 2026;
  for (const s of SOURCES.filter((x) => ended(x.period))) expect(s.status, s.id).not.toBe('current');
  await page.goto('/sources/');
  for (const s of SOURCES.filter((x) => ended(x.period))) await expect(page.locator(`article#${s.id} h3 .status`)).not.toHaveText('现行');
  for (const p of PHRASES.filter((x) => ended(x.period))) expect(p.status, p.id).not.toBe('current');
});

test('/sources/ shows reprint pages only in a collapsed 核对所用转载页 block', async ({ page }) => {
  await page.goto('/sources/');
  const withUrls = SOURCES.filter((s) => (s.urls ?? []).length > 0);
  for (const s of withUrls) {
    const details = page.locator(`article#${s.id} details.source-checked`);
    await expect(details.locator('summary')).toContainText('核对所用转载页');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    for (const u of s.urls!) await expect(details.locator('.url', { hasText: u }).first()).toBeHidden();
  }
  // Outside the blocks, no URL is shown as a source.
  const outside = await page.locator('main').evaluate((m) => {
    const clone = m.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('details').forEach((d) => d.remove());
    return clone.textContent!;
  });
  expect(outside).not.toMatch(/https?:\/\//);
  await expect(page.locator('article#supervision-provisions .source-facts')).toContainText('新华社北京2019年5月6日电');
  await expect(page.locator('article#supervision-provisions .source-facts')).toContainText('2019年4月15日');
});
