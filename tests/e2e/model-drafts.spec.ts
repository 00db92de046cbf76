import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { MODEL_DRAFT_LABEL } from '../../src/shared/schemas/model-draft.ts';
import { done, results } from './search-helpers.ts';

/**
 * 示范稿 (issue 28): every draft page and every .docx download carries the label; copying the
 * whole draft gives its text and none of the side-column annotations; the drafts are searchable
 * under their own kind and never listed among the 范文.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The draft pages, as the index links them. */
async function draftUrls(page: Page): Promise<string[]> {
  await page.goto('/model-drafts/');
  return page.locator('main .report-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('every model draft page and its .docx carry the label', async ({ page }) => {
  const urls = await draftUrls(page);
  expect(urls.length).toBeGreaterThanOrEqual(9);
  await expect(page.locator('[data-model-draft-label]')).toContainText(MODEL_DRAFT_LABEL);
  // The index closes with what the review against the reference changed.
  await expect(page.locator('#review')).toHaveText('审读记录');
  await expect(page.locator('#review + p + ul > li')).not.toHaveCount(0);
  for (const url of urls) {
    await page.goto(url);
    await expect(page.locator('[data-model-draft-label]'), url).toContainText(MODEL_DRAFT_LABEL);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-model-draft-docx]').click()]);
    const files = unzipSync(readFileSync(await download.path()));
    const xml = strFromU8(files['word/document.xml']!);
    // The label heads every page: a default and an even-page header, each the label alone.
    expect([...xml.matchAll(/<w:headerReference w:type="(\w+)"/g)].map((m) => m[1]).sort(), url).toEqual(['default', 'even']);
    const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.map((h) => [...strFromU8(files[h]!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')), url).toEqual([MODEL_DRAFT_LABEL, MODEL_DRAFT_LABEL]);
    // The facts to replace are runs in the 待替换 style.
    expect(xml, url).toContain('<w:rStyle w:val="ToReplace"/>');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    // The title first, then the label as the first line of the text.
    expect(paragraphs[1], url).toBe(MODEL_DRAFT_LABEL);
    expect(xml, url).not.toContain('{{');
  }
});

test('copying a whole draft gives its text without the annotations', async ({ page }) => {
  await page.goto('/model-drafts/qinghe-town-shufa-2026/');
  const notes = await page.locator('[data-draft-note]').allTextContents();
  expect(notes.length).toBeGreaterThan(20);
  const blocks = await page.locator('.draft-body [data-passage]').evaluateAll((els) =>
    els.map((el) => {
      const clone = el.cloneNode(true) as Element;
      for (const c of clone.querySelectorAll('.anchor-tools, .para-link')) c.remove();
      return (clone.textContent ?? '').trim();
    }),
  );
  await page.evaluate(() => {
    const body = document.querySelector('.draft-body')!;
    const range = document.createRange();
    range.selectNodeContents(body);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const { plain, html } = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { plain: await read('text/plain'), html: await read('text/html') };
  });
  const squash = (s: string) => s.replace(/\s+/g, '');
  expect(squash(plain)).toBe(squash(blocks.join('')));
  for (const marker of ['本部分写', '属于：', '规范表述：', '要换成实际情况', '写法：']) {
    expect(plain).not.toContain(marker);
    expect(html).not.toContain(marker);
  }
});

test('on a phone the annotations show on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/model-drafts/qinghe-town-shufa-2026/');
  const note = page.locator('[data-draft-note]').first();
  await expect(note).toBeHidden();
  await page.getByLabel('在每段下面显示批注').check();
  await expect(note).toBeVisible();
});

test('the drafts are searchable as 示范稿 and never listed among the 范文', async ({ page }) => {
  await page.goto('/search/?q=明川县交通运输局');
  await done(page);
  await expect(results(page).first()).toBeVisible();
  const kinds = await page.locator('[data-search-results] .search-result__kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['示范稿']));
  await page.goto('/reports/');
  await expect(page.locator('main')).not.toContainText('明川县');
  await page.goto('/');
  await expect(page.locator('section[aria-labelledby="latest"]')).not.toContainText('明川县');
});

test('each guide section compares the samples with the model drafts', async ({ page }) => {
  await page.goto('/guides/self-inspection-report/compare/rectification/');
  await expect(page.locator('.compare-col--model')).toHaveCount(3);
  await expect(page.locator('.compare-col--model').first()).toContainText(MODEL_DRAFT_LABEL);
});
