/**
 * 报告体检's 下载带批注的 Word 文件 in Chromium against the built site (issue 26): a .docx with Word
 * numbering, a table and a header comes back as the same file with one comment per finding on its
 * text and every other part unchanged; a pasted draft comes back as a GB/T 9704 document with its
 * comments; LibreOffice opens both and reads every comment back; making the file sends nothing.
 * Printing prints the findings with their quoted text, section and fix, not the form; the page does
 * not talk about npm or the command line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Packer } from 'docx';
import { gongwenDraft } from '../../src/shared/annotate/from-text.ts';
import { anchorProblems, libreOfficeCommentCounts, readComments, unchangedPartsProblems, wordNumbered } from '../annotate-helpers.ts';

const FIXTURE = 'tests/fixtures/drafts/township-party-secretary-2023--title-1';
const fixture = () => ({ text: readFileSync(`${FIXTURE}.txt`, 'utf8'), year: (JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as { year: number }).year });
const app = (page: Page) => page.locator('[data-check-app]');

async function open(page: Page) {
  await page.goto('/check/');
  await expect(app(page)).toHaveAttribute('data-check-state', 'idle');
}

/** The findings the page lists, in the checker's order (data-finding), as the helpers take them. */
async function listed(page: Page) {
  const items = await page.locator('[data-check-findings] [data-finding]').evaluateAll((lis) =>
    lis.map((li) => ({ i: Number(li.getAttribute('data-finding')), rule: li.getAttribute('data-rule')!, start: Number(li.getAttribute('data-start')), end: Number(li.getAttribute('data-end')) })),
  );
  return items.sort((a, b) => a.i - b.i);
}

/** Clicks the button and returns the downloaded file, its name, and every request made meanwhile. */
async function download(page: Page, dir: string) {
  const requests: { url: string; method: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带批注的 Word 文件' }).click()]);
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  await expect(page.locator('[data-check-annotate-status]')).toContainText('已生成');
  return { bytes: new Uint8Array(readFileSync(saved)), saved, name: file.suggestedFilename(), requests };
}

/** Only scripts of this site, fetched with GET and no body: the module that writes Word files. */
const onlyOwnScripts = (requests: { url: string; method: string; body: string | null }[], origin: string) =>
  requests.filter((r) => !(r.url.startsWith(origin) && r.method === 'GET' && r.body === null && /\.js(\?|$)/.test(r.url)));

test('an opened .docx with Word numbering, a table and a header comes back with one comment per finding on its text, all else unchanged', async ({ page, baseURL }) => {
  const fx = fixture();
  const dir = mkdtempSync(path.join(tmpdir(), 'shufa-annotate-e2e-'));
  const original = new Uint8Array(await Packer.toBuffer(wordNumbered(fx.text)));
  await open(page);
  await page.getByLabel('报告年度').fill(String(fx.year));
  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles({ name: '述法报告草稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(original) });
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  const text = await page.getByLabel('报告草稿').inputValue();
  const findings = await listed(page);
  expect(findings.length).toBeGreaterThan(3);
  // A heading's number is drawn by Word, so some finding starts in text that is not in the XML.
  expect(text).toContain('\n一、');

  const got = await download(page, dir);
  expect(got.name).toBe('述法报告草稿.批注.docx');
  expect(onlyOwnScripts(got.requests, baseURL!)).toEqual([]);
  expect(unchangedPartsProblems(original, got.bytes)).toEqual([]);
  const comments = readComments(got.bytes);
  expect(anchorProblems(text, findings, comments)).toEqual([]);
  expect(comments[0]!.lines.at(-1)).toMatch(/^规则：/);
  expect(libreOfficeCommentCounts([got.saved], dir)).toEqual({ '述法报告草稿.批注': findings.length });
});

test('a pasted draft comes back as a GB/T 9704 document with one comment per finding on its text', async ({ page, baseURL }) => {
  const fx = fixture();
  const dir = mkdtempSync(path.join(tmpdir(), 'shufa-annotate-e2e-'));
  await open(page);
  await page.getByLabel('报告草稿').fill(fx.text);
  await page.getByLabel('报告年度').fill(String(fx.year));
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  const findings = await listed(page);

  const got = await download(page, dir);
  expect(got.name).toBe(`${fx.text.split('\n')[0]!.trim()}.批注.docx`);
  expect(onlyOwnScripts(got.requests, baseURL!)).toEqual([]);
  // The same document the shared module writes from this text, with only the comments added.
  const plain = (await gongwenDraft(fx.text)).bytes;
  expect(unchangedPartsProblems(plain, got.bytes, { timestamps: false })).toEqual([]);
  expect(anchorProblems(fx.text, findings, readComments(got.bytes))).toEqual([]);
  expect(libreOfficeCommentCounts([got.saved], dir)).toEqual({ [got.name.replace(/\.docx$/, '')]: findings.length });
});

test('printing a check prints the findings with quoted text, section and fix, not the form or the draft', async ({ page }) => {
  const fx = fixture();
  await open(page);
  await page.getByLabel('报告草稿').fill(fx.text);
  await page.getByLabel('报告年度').fill(String(fx.year));
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['[data-check-form]', '#check-text', '[data-check-draft]', '.check-toolbar', '[data-check-annotate]', '.check-privacy']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('#check-summary')).toBeVisible();
  const located = page.locator('[data-finding]').filter({ has: page.locator('.finding__locate') }).first();
  const quote = located.locator('.finding__locate');
  await expect(quote).toBeVisible();
  await expect(quote).toHaveText(/^定位原文“.+”$/); // the text; 定位 itself is hidden on paper
  await expect(quote.locator('.finding__verb')).toBeHidden();
  await expect(located.locator('.finding__where')).toContainText(/第 \d+ 行/);
  await expect(page.locator('.finding__fix').first()).toBeVisible();
  await expect(page.locator('.finding__where').filter({ hasText: /第 \d+ 行，/ }).first()).toBeVisible(); // a section name
});

test('the page speaks to officials: no npm, no command line', async ({ page }) => {
  await open(page);
  const words = await page.locator('body').innerText();
  expect(words).not.toMatch(/npm|命令行/);
  expect(await page.content()).not.toMatch(/npm run|命令行/);
});
