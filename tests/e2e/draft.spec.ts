/**
 * 起草提纲 (/draft/) and the samples' .docx downloads: an outline built on the page downloads as a
 * .docx holding the title, the chosen sections and the ticked phrases, and is the same document
 * as `npm run outline` writes for the same choices; the URL restores the outline; each report
 * page's Word link downloads the file `npm run report-docx` writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

const tmp = mkdtempSync(path.join(tmpdir(), 'shufa-draft-e2e-'));

/** word/document.xml of a .docx file. */
async function documentXml(file: string): Promise<string> {
  return strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
}
/** The text of each paragraph of a document.xml. */
function paragraphs(xml: string): string[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml.split('</w:p>').map((p) => unescape([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).filter(Boolean);
}
async function saved(download: Download, name: string): Promise<string> {
  const file = path.join(tmp, name);
  await download.saveAs(file);
  return file;
}
const cli = (script: string, args: string[]) => execFileSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' });

async function ready(page: Page) {
  await expect(page.locator('[data-draft]')).toHaveAttribute('data-draft-state', 'ready');
}

test('builds an outline, downloads it as .docx with the chosen content, and the URL restores it', async ({ page }) => {
  await page.goto('/draft/?t=law-based-government-annual&l=county&y=2026');
  await ready(page);
  await expect(page.locator('#draft-type')).toHaveValue('law-based-government-annual');
  await page.locator('#draft-organ').fill('某某县人民政府');
  await expect(page.locator('[data-draft-title]')).toHaveText('某某县人民政府关于2026年度法治政府建设情况的报告');
  await expect(page.locator('.draft-addressee')).toContainText('〔主送机关：上一级党委和政府');

  // Required sections cannot be switched off; switch off the first optional one.
  const optional = page.locator('[data-draft-section]').first();
  const offId = (await optional.getAttribute('data-draft-section'))!;
  const offTitle = (await page.locator(`#draft-s-${offId}-title`).textContent())!.replace(/^[一二三四五六七八九十]+、/, '');
  await optional.uncheck();
  await expect(page.locator(`[data-section="${offId}"]`)).toHaveAttribute('data-included', 'false');

  // In the first required section with a heading: untick its default phrase, tick the second of that move.
  const section = page.locator('.draft-section[data-included="true"]').filter({ has: page.locator('.draft-badge--required') }).nth(1);
  const headingText = (await section.locator('h3').textContent())!;
  const move = section.locator('.draft-move').filter({ has: page.locator('[data-draft-phrase]:nth-of-type(1)') }).filter({ has: page.locator('.draft-phrase:nth-of-type(3)') }).first();
  const boxes = move.locator('[data-draft-phrase]');
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  const dropped = (await boxes.first().getAttribute('data-draft-phrase'))!;
  const added = (await boxes.nth(1).getAttribute('data-draft-phrase'))!;
  const droppedText = (await move.locator(`label[for="draft-p-${dropped}"]`).textContent())!;
  const addedText = (await move.locator(`label[for="draft-p-${added}"]`).textContent())!.replace(/ 期满.*$/, '');
  await boxes.first().uncheck();
  await boxes.nth(1).check();

  // Template slots are shown as 〔 〕.
  expect(await page.locator('.draft-outline .draft-slot').count()).toBeGreaterThan(0);

  const url = new URL(page.url());
  expect(url.searchParams.get('o')).toBe('某某县人民政府');
  expect(url.searchParams.get('x')).toBe(offId);
  const picked = url.searchParams.get('p')!.split('.');
  expect(picked).toContain(added);
  expect(picked).not.toContain(dropped);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('某某县人民政府2026年度法治政府建设年度报告提纲.docx');
  await expect(page.locator('[data-draft]')).toHaveAttribute('data-draft-state', 'downloaded');
  const file = await saved(download, 'page-outline.docx');
  const xml = await documentXml(file);
  const paras = paragraphs(xml);
  expect(paras[0]).toBe('某某县人民政府关于2026年度法治政府建设情况的报告');
  expect(paras).toContain(headingText);
  expect(paras.some((p) => p.includes(offTitle))).toBe(false);
  // The ticked phrases are Word comments on the headings, never body text.
  expect(paras).not.toContain(addedText);
  expect(paras.some((p) => /要写|可用事实|可用表述/.test(p))).toBe(false);
  const comments = strFromU8(unzipSync(readFileSync(file))['word/comments.xml']!);
  expect(comments).toContain(`可用表述：${addedText}`);
  expect(comments).not.toContain(`可用表述：${droppedText}<`);
  expect(paras.at(-1)).toBe('〔成文日期〕');

  // The CLI writes the same document for the same choices.
  const cliFile = path.join(tmp, 'cli-outline.docx');
  const optionalIds = await page.locator('[data-draft-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-draft-section')!));
  cli('outline', ['--type', '法治政府建设年度报告', '--level', '县级', '--year', '2026', '--organ', '某某县人民政府', '--sections', optionalIds.filter((id) => id !== offId).join(','), '--phrases', picked.join(','), '--out', cliFile]);
  expect(await documentXml(cliFile)).toBe(xml);

  // The shared link restores the outline.
  const shared = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(shared);
  await ready(fresh);
  await expect(fresh.locator('#draft-organ')).toHaveValue('某某县人民政府');
  await expect(fresh.locator('#draft-level')).toHaveValue('county');
  await expect(fresh.locator('#draft-year')).toHaveValue('2026');
  await expect(fresh.locator(`#draft-s-${offId}`)).not.toBeChecked();
  await expect(fresh.locator(`#draft-p-${added}`)).toBeChecked();
  await expect(fresh.locator(`#draft-p-${dropped}`)).not.toBeChecked();
  const ticked = await fresh.locator('[data-draft-phrase]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-draft-phrase')!).sort());
  expect(ticked).toEqual([...picked].sort());
  expect(fresh.url()).toBe(shared);
});

test('opens at the report year the site is framed around, and on the type and level last chosen in this browser', async ({ page }) => {
  await page.goto('/draft/');
  await ready(page);
  await expect(page.locator('#draft-year')).toHaveValue('2026');
  await page.locator('#draft-type').selectOption('self-inspection');
  await page.locator('#draft-level').selectOption('township');
  await page.goto('/draft/');
  await ready(page);
  await expect(page.locator('#draft-type')).toHaveValue('self-inspection');
  await expect(page.locator('#draft-level')).toHaveValue('township');
  await expect(page.locator('#draft-year')).toHaveValue('2026');
  // A link's own choices win over the remembered ones.
  await page.goto('/draft/?t=shufa&l=county&y=2025');
  await ready(page);
  await expect(page.locator('#draft-type')).toHaveValue('shufa');
  await expect(page.locator('#draft-level')).toHaveValue('county');
  await expect(page.locator('#draft-year')).toHaveValue('2025');
});

test('a link with the former 述职报告 type (t=first-responsibility-duty) opens the 述法报告 outline and rewrites the URL', async ({ page }) => {
  // Issue 29: 履行推进法治建设第一责任人职责述职报告 is a 述法报告. Remember another type first, so only the link can pick 述法报告.
  await page.goto('/draft/?t=self-inspection&l=county&y=2026');
  await ready(page);
  await page.locator('#draft-type').selectOption('self-inspection');
  await page.goto('/draft/?t=first-responsibility-duty&l=township&y=2026&o=江湾镇人民政府');
  await ready(page);
  await expect(page.locator('#draft-type')).toHaveValue('shufa');
  await expect(page.locator('[data-draft-title]')).toHaveText('江湾镇人民政府主要负责人2026年度述法报告');
  await expect(page).toHaveURL(/[?&]t=shufa&l=township&y=2026(&|$)/);
  // The type list has one 述法 type.
  expect(await page.locator('#draft-type option').allTextContents()).toEqual(['述法报告', '法治政府建设年度报告', '法治建设工作自查报告']);
});

test('changing the report type rebuilds the outline from that type’s guide', async ({ page }) => {
  await page.goto('/draft/?t=shufa&l=township&y=2025&o=江湾镇党委');
  await ready(page);
  await expect(page.locator('[data-draft-title]')).toHaveText('江湾镇党委主要负责人2025年度述法报告');
  await page.locator('#draft-type').selectOption({ label: '法治建设工作自查报告' });
  await expect(page.locator('[data-draft-title]')).toHaveText('江湾镇党委2025年法治建设工作自查报告');
  await expect(page).toHaveURL(/[?&]t=self-inspection(&|$)/);
  // 自查报告 has no centrally required section: every section can be switched off.
  await expect(page.locator('.draft-badge--required')).toHaveCount(0);
  expect(await page.locator('[data-draft-section]').count()).toBeGreaterThan(2);
  // A phrase folded under 更多 can be ticked, and its fold stays open across the redraw.
  const more = page.locator('details.draft-more').first();
  await more.locator('summary').click();
  const box = more.locator('[data-draft-phrase]').first();
  const id = (await box.getAttribute('data-draft-phrase'))!;
  await box.check();
  await expect(page).toHaveURL(new RegExp(`[?&]p=(?:[^&]*\\.)?${id}(?:[.&#]|$)`));
  await expect(page.locator(`#draft-p-${id}`)).toBeChecked();
  await expect(page.locator(`#draft-p-${id}`)).toBeFocused();
});

test('without JavaScript the page says what it needs and links to the guides', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/draft/');
  await expect(page.locator('.draft-nojs')).toBeVisible();
  await expect(page.locator('.draft-nojs')).toContainText('需要启用 JavaScript');
  await expect(page.locator('.draft-app')).toBeHidden();
  expect(await page.locator('.draft-nojs a[href^="/guides/"]').count()).toBe(3);
  await context.close();
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`fits a ${viewport.width}×${viewport.height} screen: no sideways scrolling, the download button in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/draft/?t=shufa&l=county&y=2026');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.locator('.draft-section').nth(3).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: '下载 Word (.docx)' })).toBeInViewport();
  });
}

test('a report page’s Word link downloads the sample as a valid .docx, the file the CLI writes', async ({ page }) => {
  const slug = 'jiangwan-town-mayor-2023';
  await page.goto(`/reports/${slug}/`);
  const title = (await page.locator('h1').textContent())!;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Word 版 (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${title}.docx`);
  const file = await saved(download, `${slug}.docx`);
  const xml = await documentXml(file);
  expect(paragraphs(xml)[0]).toBe(title);
  const cliFile = path.join(tmp, `cli-${slug}.docx`);
  cli('report-docx', [slug, '--out', cliFile]);
  expect(await documentXml(cliFile)).toBe(xml);
});

test('bounds the organ name a link carries, with a note, and keeps the file name short', async ({ page }) => {
  const long = `江湾镇${'\uFFFE'}党委${'某'.repeat(495)}`;
  await page.goto(`/draft/?t=shufa&l=township&y=2026&o=${encodeURIComponent(long)}`);
  await ready(page);
  const organ = `江湾镇党委${'某'.repeat(35)}`;
  await expect(page.locator('#draft-organ')).toHaveValue(organ);
  await expect(page.locator('#draft-organ-note')).toHaveText('网址中的机关名称有 501 个字，超过 40 个字的上限，只取了前 40 个字。');
  await expect(page.locator('#draft-organ')).toHaveAttribute('maxlength', '40');
  expect(new URL(page.url()).searchParams.get('o')).toBe(organ);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${organ}2026年度述法报告提纲.docx`);
  expect(Buffer.byteLength(download.suggestedFilename())).toBeLessThanOrEqual(255);
  // Typing a new name clears the note.
  await page.locator('#draft-organ').fill('江湾镇党委');
  await expect(page.locator('#draft-organ-note')).toBeHidden();
});

test('says when a typed year is out of range, and which year the outline keeps', async ({ page }) => {
  await page.goto('/draft/?t=shufa&l=township&y=2026');
  await ready(page);
  await page.locator('#draft-year').fill('99999');
  await page.locator('#draft-year').press('Tab');
  await expect(page.locator('#draft-year-note')).toHaveText('报告年度应为 2000 到 2100 之间的四位数，“99999”不行。提纲仍按 2026 年生成。');
  await expect(page.locator('#draft-year')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-draft-title]')).toContainText('2026年度');
  await page.locator('#draft-year').fill('2025');
  await expect(page.locator('#draft-year-note')).toBeHidden();
  await expect(page.locator('#draft-year')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-draft-title]')).toContainText('2025年度');
  expect(new URL(page.url()).searchParams.get('y')).toBe('2025');
});

test('从示范稿开始 opens the 示范稿 of the chosen type and level, or the nearest level of the same type', async ({ page }) => {
  await page.goto('/draft/?t=shufa&l=township&y=2026');
  await ready(page);
  const model = page.locator('[data-draft-model]');
  const link = model.locator('[data-draft-model-link]');
  await expect(model).toBeVisible();
  await expect(link).toHaveText('从示范稿开始');
  await expect(link).toHaveAttribute('href', '/model-drafts/qinghe-town-shufa-2026/');
  await expect(model.locator('[data-draft-model-docx]')).toHaveAttribute('href', '/model-drafts/qinghe-town-shufa-2026/qinghe-town-shufa-2026.docx');
  await expect(model).toContainText('乡镇（街道）的示范稿');

  // Another type, another level: the page follows the choice.
  await page.locator('#draft-type').selectOption('self-inspection');
  await page.locator('#draft-level').selectOption('department');
  await expect(link).toHaveAttribute('href', '/model-drafts/county-transport-self-inspection-2026/');
  await page.locator('#draft-type').selectOption('law-based-government-annual');
  await expect(link).toHaveAttribute('href', '/model-drafts/county-natural-resources-annual-2026/');

  // No 示范稿 for a city: the county government's of the same type, said to be another level.
  await page.locator('#draft-level').selectOption('city');
  await expect(link).toHaveAttribute('href', '/model-drafts/mingchuan-county-annual-2026/');
  await expect(model).toContainText('还没有市级的示范稿');

  // Following the link opens the draft, labelled, with its Word download. (The 述职报告 is one type
  // with the 述法报告 now, so there is no other type to fall back from.)
  await page.locator('#draft-type').selectOption('shufa');
  await page.locator('#draft-level').selectOption('township');
  await link.click();
  await expect(page).toHaveURL(/\/model-drafts\/qinghe-town-shufa-2026\/$/);
  await expect(page.locator('h1')).toContainText('明川县青禾镇党委书记2026年度述法报告');
  await expect(page.locator('[data-model-draft-label]')).toBeVisible();
  await expect(page.locator('a[data-model-draft-docx]')).toBeVisible();
});
