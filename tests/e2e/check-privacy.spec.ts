/**
 * 报告体检 keeps its promise that a draft never leaves the machine even when the page script does not run:
 * with JavaScript off, and with the script held back while the user clicks 开始体检, no request (URL or
 * body) carries any part of the draft. Before the fix the fields sat in a GET <form>, and a click sent
 * /check/?text=<the draft> to the server's access log. In 批量体检 the files are read and checked in a
 * worker; its requests are watched too (the test sees the worker's own fetch of the rules).
 */
import { expect, test, type BrowserContext, type Route } from '@playwright/test';

// A made-up draft with a marker that occurs nowhere on the site.
const MARKER = '甲乙丙镇保密草稿标记七三九';
const DRAFT = `${MARKER}2026年度述法报告\n一、履行推进法治建设第一责任人职责情况\n今年以来，${MARKER}坚持“四个亲自”。`;

/** Every request the context makes from now on, as URL plus body. */
function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(`${r.url()}\n${r.postData() ?? ''}`));
  return seen;
}

/** A request carries the draft if any piece of it appears raw or URL-encoded (either encoding of a space). */
function leaks(requests: string[]): string[] {
  const pieces = [MARKER, MARKER.slice(0, 4), '四个亲自', '2026年度述法报告'];
  const forms = pieces.flatMap((p) => [p, encodeURIComponent(p), encodeURIComponent(p).toLowerCase()]);
  return requests.filter((r) => forms.some((f) => r.includes(f)) || /[?&](text|file|type|year)=/.test(r));
}

async function tryToCheck(page: import('@playwright/test').Page) {
  await page.locator('#check-text').fill(DRAFT);
  await page.locator('#check-year').fill('2026');
  await page.locator('#check-type').selectOption({ index: 1 });
  await page.getByRole('button', { name: '开始体检' }).click();
  await page.locator('#check-year').press('Enter');
  await page.locator('#check-text').press('Control+Enter');
}

test('with JavaScript off, 开始体检 sends nothing and the page says so', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/check/');
  const requests = recordRequests(context);
  await tryToCheck(page);
  await page.waitForLoadState('networkidle');

  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/check/');
  expect(leaks(requests)).toEqual([]);
  // The page did not navigate: the draft is still in the box.
  await expect(page.locator('#check-text')).toHaveValue(DRAFT);
  // No draft field could travel: the fields have no name and sit in no form.
  expect(await page.locator('[data-check-app] form').count()).toBe(0);
  expect(await page.locator('[data-check-app] textarea[name], [data-check-form] [name]').count()).toBe(0);
  // The notice for a browser without JavaScript says that checking needs it and nothing was sent.
  await expect(page.locator('.check-nojs')).toBeVisible();
  await expect(page.locator('.check-nojs')).toContainText('报告体检需要启用 JavaScript');
  await expect(page.locator('.check-nojs')).toContainText('草稿没有发送到任何地方');
  await context.close();
});

test('while the page script is held back, 开始体检 sends nothing; once it loads, the check runs locally', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const held: Route[] = [];
  // Hold back every script of the site until the user has tried to check.
  await page.route(/\/_astro\/.*\.js$/, (route) => void held.push(route));
  // Module scripts hold back DOMContentLoaded, so wait only for the form to be there.
  await page.goto('/check/', { waitUntil: 'commit' });
  await expect(page.locator('#check-text')).toBeVisible();
  const requests = recordRequests(context);
  await expect(page.locator('[data-check-status]')).toContainText('不会发送到任何地方');
  await tryToCheck(page);
  await page.waitForTimeout(500);
  expect(new URL(page.url()).search).toBe('');
  expect(leaks(requests)).toEqual([]);
  await expect(page.locator('#check-text')).toHaveValue(DRAFT);

  // Let the scripts load: the page becomes ready, and checking the same draft still sends nothing.
  for (const r of held) await r.continue();
  await page.unroute(/\/_astro\/.*\.js$/);
  await expect(page.locator('[data-check-app]')).toHaveAttribute('data-check-state', 'idle');
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(page.locator('[data-check-app]')).toHaveAttribute('data-check-state', 'done');
  expect(leaks(requests)).toEqual([]);
  await context.close();
});

test('批量体检: files checked in the worker, opened, and downloaded as tables and annotated files send nothing and store nothing', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/check/');
  await expect(page.locator('[data-check-app]')).toHaveAttribute('data-check-state', 'idle');
  await page.waitForLoadState('networkidle');
  // From here on every request of the page and of its worker (the context sees both).
  const requests = recordRequests(context);
  const files = ['甲镇.txt', '乙镇.txt', '丙镇.txt'].map((name, i) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(`${DRAFT}\n第${i + 1}份。`) }));
  await page.locator('#check-year').fill('2026');
  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles(files);
  await expect(page.locator('[data-check-batch]')).toHaveAttribute('data-batch-state', 'done');
  await page.locator('[data-check-batch]').getByRole('button', { name: '乙镇.txt' }).click();
  await expect(page.locator('#check-summary')).toContainText('乙镇.txt 的体检结果');
  for (const name of ['下载汇总表（.csv）', '下载汇总表（Excel .xlsx）', '下载全部带批注的 Word 文件（.zip）']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  await page.waitForLoadState('networkidle');

  expect(leaks(requests)).toEqual([]);
  // The watcher sees the worker's own fetch of the rules, so it would see a draft sent from there too.
  expect(requests.some((r) => r.startsWith(new URL('/check/rules.json', page.url()).href))).toBe(true);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', url: new URL('/check/', page.url()).href });
  await context.close();
});
