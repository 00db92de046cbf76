/**
 * 批量体检 on /check/ in Chromium: 20 files chosen at once (.txt and Word .docx, two of them unreadable)
 * give a 20-row table whose counts are the checker's for each file, unreadable files as rows with
 * their reason; the table sorts from its header buttons (aria-sort); a file's name opens its
 * findings; the .csv parses back with the Chinese headers and the .xlsx holds the same table; the
 * .zip holds one Word file with comments per readable file; and no request carries any draft text. Files dropped on the form are a batch too, and 取消 stops one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import type { RulesFile } from '../../src/shared/draft-check/types.ts';
import { REPORT_KIND_LABELS } from '../../src/shared/draft-check/labels.ts';
import { readDocx, docxPlainText } from '../../src/shared/importer/docx-file.ts';
import { config } from '../../src/build/config.ts';
import { parseCsv } from '../lib/csv.ts';

const FIXTURES = 'tests/fixtures/drafts';
const rules = JSON.parse(readFileSync(path.join(config.e2eDist, 'check', 'rules.json'), 'utf8')) as RulesFile;
/** A made-up place name that occurs nowhere on the site: it is in every draft, and must be in no request. */
const MARKER = '甲乙丙镇批量草稿标记四一七';

interface Upload { name: string; mimeType: string; buffer: Buffer }

/** 18 readable drafts (fixtures with the marker, every third one as Word writes it) and 2 unreadable files. */
async function uploads(): Promise<{ files: Upload[]; texts: Map<string, string> }> {
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().slice(0, 18);
  const files: Upload[] = [];
  const texts = new Map<string, string>();
  for (const [i, f] of names.entries()) {
    const lines = readFileSync(path.join(FIXTURES, f), 'utf8').split('\n');
    // The marker as a sentence after the title, so the title still names the report type.
    const text = [lines[0], `${MARKER}。`, ...lines.slice(1)].join('\n');
    const base = `${String(i + 1).padStart(2, '0')}-${f.replace(/\.txt$/, '')}`;
    if (i % 3 === 2) {
      const buffer = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] }));
      const read = readDocx(buffer);
      if ('problem' in read) throw new Error(read.problem);
      files.push({ name: `${base}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
      texts.set(`${base}.docx`, docxPlainText(read));
    } else {
      files.push({ name: `${base}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
      texts.set(`${base}.txt`, text);
    }
  }
  files.splice(4, 0, { name: '损坏的报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(`${MARKER} 这不是 Word 文件`) });
  files.splice(11, 0, { name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  return { files, texts };
}

const section = (page: Page) => page.locator('[data-check-batch]');
const bodyRows = (page: Page) => section(page).locator('tbody tr');

async function open(page: Page) {
  await page.goto('/check/');
  await expect(page.locator('[data-check-app]')).toHaveAttribute('data-check-state', 'idle');
  await page.waitForLoadState('networkidle');
}

/** The table as text, one array per row (the file in the row header, then the cells). */
const table = (page: Page) =>
  bodyRows(page).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), section(page).getByRole('button', { name: button }).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

test('20 files at once, 2 unreadable: a 20-row table with each file\'s counts, sortable, downloadable, and nothing sent', async ({ page, context }) => {
  test.setTimeout(180_000);
  const { files, texts } = await uploads();
  expect(files).toHaveLength(20);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await open(page);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(`${r.method()} ${r.url()}\n${r.postData() ?? ''}`));

  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles(files);
  await expect(section(page)).toBeVisible();
  await expect(section(page)).toHaveAttribute('data-batch-state', 'done', { timeout: 120_000 });
  await expect(section(page).locator('[data-batch-progress]')).toHaveText('批量体检完成：已检查 20/20，其中 2 个文件无法读取，原因见表中“说明”。');

  // One row per file, in the order chosen; each checked file's counts are the checker's for its text.
  const rows = await table(page);
  expect(rows.map((r) => r[0])).toEqual(files.map((f) => f.name));
  for (const row of rows) {
    const text = texts.get(row[0]!);
    if (!text) continue;
    const result = checkDraft(text, rules);
    const errors = result.findings.filter((f) => f.level === 'error').length;
    const type = result.type ? REPORT_KIND_LABELS[result.type] : '未判断出';
    expect(row.slice(1, 5), row[0]).toEqual([type, result.year ? String(result.year) : '', String(errors), String(result.findings.length - errors)]);
  }
  // The unreadable files are rows with their reason.
  const byName = new Map(rows.map((r) => [r[0], r]));
  expect(byName.get('损坏的报告.docx')![6]).toContain('不是有效的 .docx');
  expect(byName.get('空白.txt')![6]).toContain('文件是空的');
  await expect(section(page).locator('tr[data-batch-row="problem"]')).toHaveCount(2);

  // Sorting: the header buttons sort, aria-sort says how; unreadable files stay last.
  const errorsHeader = section(page).locator('th[data-batch-col="errors"]');
  await errorsHeader.getByRole('button').click();
  await expect(errorsHeader).toHaveAttribute('aria-sort', 'ascending');
  let sorted = await table(page);
  const counts = sorted.slice(0, 18).map((r) => Number(r[3]));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(sorted.slice(18).map((r) => r[0]).sort()).toEqual(['损坏的报告.docx', '空白.txt']);
  await errorsHeader.getByRole('button').click();
  await expect(errorsHeader).toHaveAttribute('aria-sort', 'descending');
  sorted = await table(page);
  expect(sorted.slice(0, 18).map((r) => Number(r[3]))).toEqual([...counts].sort((a, b) => b - a));
  await expect(section(page).locator('th[aria-sort]')).toHaveCount(1);

  // A file's name opens its findings in the single-draft results.
  const first = sorted[0]!;
  await section(page).getByRole('button', { name: first[0], exact: true }).click();
  await expect(page.locator('#check-summary')).toBeFocused();
  await expect(page.locator('#check-summary')).toHaveText(`${first[0]} 的体检结果：错误 ${first[3]} 条，提示 ${first[4]} 条`);
  await expect(page.locator('[data-check-findings] [data-finding]')).toHaveCount(Number(first[3]) + Number(first[4]));
  expect(await page.locator('[data-check-draft]').textContent()).toBe(texts.get(first[0]!));

  // A .docx opened from the table comes back from 下载带批注的 Word 文件 as that file with comments.
  const word = files.find((f) => f.name.endsWith('.docx'))!;
  await section(page).getByRole('button', { name: word.name, exact: true }).click();
  await expect(page.locator('#check-summary')).toContainText(`${word.name} 的体检结果`);
  const [single] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带批注的 Word 文件', exact: true }).click()]);
  expect(single.suggestedFilename()).toBe(word.name.replace(/\.docx$/, '.批注.docx'));
  await expect(page.locator('[data-check-annotate-status]')).toContainText('您打开的文件，只加了批注');

  // The .csv: UTF-8 with a BOM, the Chinese headers, the rows as the table shows them.
  const csv = await download(page, '下载汇总表（.csv）');
  expect(csv.name).toMatch(/^批量体检汇总-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(csv.bytes)); // TextDecoder drops the BOM
  expect(parsed[0]).toEqual(['文件', '报告类型', '年度', '错误', '提示', '缺少的必备部分', '说明']);
  expect(parsed.slice(1)).toEqual(sorted);

  // The .xlsx: the same table in one sheet.
  const xlsx = await download(page, '下载汇总表（Excel .xlsx）');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']!);
  expect(sheet.match(/<row /g)).toHaveLength(21);
  for (const r of sorted) expect(sheet).toContain(`<t xml:space="preserve">${r[0]}</t>`);

  // The .zip: one annotated Word file per readable file, named as the command line names them, each
  // with one comment per finding of that file (a .docx: the user's own file; a .txt: a new document).
  const zip = await download(page, '下载全部带批注的 Word 文件（.zip）');
  expect(zip.name).toMatch(/^批量体检批注-\d{4}-\d{2}-\d{2}\.zip$/);
  const annotated = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(annotated).sort()).toEqual([...texts.keys()].map((n) => n.replace(/\.(txt|docx)$/, '.批注.docx')).sort());
  for (const [name, text] of texts) {
    const parts = unzipSync(annotated[name.replace(/\.(txt|docx)$/, '.批注.docx')]!);
    const comments = strFromU8(parts['word/comments.xml'] ?? new Uint8Array()).match(/<w:comment /g)?.length ?? 0;
    expect(comments, name).toBe(checkDraft(text, rules).findings.length);
    if (name.endsWith('.docx')) expect(parts['word/document.xml']).toBeDefined();
  }
  await expect(section(page).locator('[data-batch-zip-status]')).toHaveText('已下载 18 个带批注的 Word 文件（.zip）。');

  // Nothing was sent: the only requests are the worker's scripts and the rules it loads, and none carries a draft.
  expect(requests.filter((r) => r.includes(MARKER) || r.includes(encodeURIComponent(MARKER)))).toEqual([]);
  const urls = requests.map((r) => r.split('\n')[0]!);
  expect(urls.every((u) => /^GET http:\/\/127\.0\.0\.1:\d+\/(_astro\/[\w.-]+\.js|check\/rules\.json)$/.test(u)), urls.join('\n')).toBe(true);
  // The watcher does see what the worker fetches (so an empty list would mean something).
  expect(urls.some((u) => u.endsWith('/check/rules.json'))).toBe(true);
  // The worker and the code it loads run under the site's strict CSP.
  expect(problems).toEqual([]);

  const axe = await new AxeBuilder({ page }).include('[data-check-batch]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`);
  expect(serious, serious.join('\n')).toEqual([]);
});

test('files dropped on the form are a batch, as files chosen are', async ({ page }) => {
  const { files } = await uploads();
  await open(page);
  // Drop three files, as the browser does when they are dragged from the file manager.
  const transfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
    return dt;
  }, files.slice(0, 3).map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })));
  await page.locator('[data-check-form]').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.locator('[data-check-app]')).toHaveClass(/check-drop/);
  await page.locator('#check-text').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(section(page)).toHaveAttribute('data-batch-state', 'done');
  await expect(page.locator('[data-check-app]')).not.toHaveClass(/check-drop/);
  expect((await table(page)).map((r) => r[0])).toEqual(files.slice(0, 3).map((f) => f.name));
  // The draft box was not filled with a dropped file's text.
  await expect(page.locator('#check-text')).toHaveValue('');
  // On a phone the table scrolls in its own box; the page does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('取消 stops a batch and lists the files not checked; the next batch runs to the end', async ({ page }) => {
  const { files } = await uploads();
  await open(page);
  // Hold back the worker's script, so the batch is still at its first file when 取消 is clicked.
  const held: import('@playwright/test').Route[] = [];
  await page.route(/\/_astro\/worker-[\w-]+\.js$/, (route) => void held.push(route));
  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles(files);
  await expect(section(page)).toHaveAttribute('data-batch-state', 'running');
  await expect(section(page).locator('[data-batch-progress]')).toHaveText('已检查 0/20');
  await section(page).getByRole('button', { name: '取消' }).click();
  await expect(section(page)).toHaveAttribute('data-batch-state', 'cancelled');
  await expect(section(page).getByRole('button', { name: '取消' })).toBeHidden();
  await expect(section(page).locator('[data-batch-progress]')).toHaveText('已取消：检查了 0/20 个文件，其余 20 个没有检查。');
  const rows = await table(page);
  expect(rows.map((r) => r[0])).toEqual(files.map((f) => f.name));
  expect(rows.every((r) => r[6] === '已取消，没有检查。')).toBe(true);

  // The next batch starts a new worker and runs to the end.
  await page.unroute(/\/_astro\/worker-[\w-]+\.js$/);
  for (const r of held) await r.continue().catch(() => undefined);
  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles(files.slice(0, 2));
  await expect(section(page)).toHaveAttribute('data-batch-state', 'done');
  expect((await table(page)).map((r) => r[0])).toEqual(files.slice(0, 2).map((f) => f.name));
});
