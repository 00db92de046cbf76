/**
 * 报告体检 (/check/ and /check/rules/) in Chromium against the built site: planted errors found with the
 * expected rules and spans, a Word-numbered .docx opened through the file input giving the findings
 * `npm run check` gives for the same file, zero network requests while a draft is checked, and one
 * anchor per rule in the catalogue.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Packer } from 'docx';
import { wordNumbered } from '../annotate-helpers.ts';
import type { RulesFile } from '../../src/shared/draft-check/types.ts';
import { config } from '../../src/build/config.ts';

const FIXTURES = 'tests/fixtures/drafts';
const rules = JSON.parse(readFileSync(path.join(config.e2eDist, 'check', 'rules.json'), 'utf8')) as RulesFile;

interface Expected { rule: string; start: number; end: number; text: string }
const fixture = (name: string) => ({
  text: readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8'),
  ...(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as { year: number; expected: Expected[] }),
});

const app = (page: Page) => page.locator('[data-check-app]');
const findings = (page: Page) => page.locator('[data-check-findings] [data-finding]');
const key = (f: { rule: string; start: number | string; end: number | string }) => `${f.rule}@${f.start}-${f.end}`;

async function open(page: Page) {
  await page.goto('/check/');
  await expect(app(page)).toHaveAttribute('data-check-state', 'idle');
}

/** The findings the page lists, as rule@start-end. */
async function shown(page: Page): Promise<string[]> {
  return (await findings(page).evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-rule')}@${li.getAttribute('data-start')}-${li.getAttribute('data-end')}`))).sort();
}

for (const name of ['jiangwan-town-mayor-2023--existence-1', 'township-party-secretary-2023--title-1']) {
  test(`pasting ${name} lists exactly its planted findings, with links and a copyable list`, async ({ page }) => {
    const fx = fixture(name);
    await open(page);
    await page.getByLabel('报告草稿').fill(fx.text);
    await page.getByLabel('报告年度').fill(String(fx.year));
    await page.getByRole('button', { name: '开始体检' }).click();
    await expect(app(page)).toHaveAttribute('data-check-state', 'done');
    // Focus moves to the summary, which states the counts.
    const summary = page.locator('#check-summary');
    await expect(summary).toBeFocused();
    const errors = fx.expected.filter((e) => rules.rules.find((r) => r.id === e.rule)?.level === 'error').length;
    await expect(summary).toHaveText(`体检结果：错误 ${errors} 条，提示 ${fx.expected.length - errors} 条`);
    await expect(page.locator('[data-check-meta]')).toContainText('自动判断');
    expect(await shown(page)).toEqual(fx.expected.map(key).sort());

    // Each finding links to its rule in the catalogue; a phrase rule also links to its phrase.
    for (const e of fx.expected) {
      const li = page.locator(`[data-finding][data-rule="${e.rule}"][data-start="${e.start}"]`);
      await expect(li.locator(`a[href="/check/rules/#${e.rule}"]`)).toHaveCount(1);
      if (e.rule.startsWith('phrase-')) await expect(li.locator('a[href^="/phrases/"]')).not.toHaveCount(0);
      if (e.rule.startsWith('structure-')) await expect(li.locator('a[href^="/guides/"]')).toHaveCount(1);
    }

    // The same findings, grouped by level.
    await page.getByLabel('按级别').check();
    await expect(page.locator('[data-check-findings] h3').first()).toHaveText(/^(错误|提示)（\d+ 条）$/);
    expect(await shown(page)).toEqual(fx.expected.map(key).sort());

    // The plain-text list names every finding's rule.
    const list = await page.locator('[data-check-copy-text]').textContent();
    for (const e of fx.expected) expect(list).toContain(`规则：${e.rule}`);
    expect(list!.match(/^\d+\. 【(错误|提示)】/gm)).toHaveLength(fx.expected.length);
  });
}

test('定位 scrolls to the marked text in the draft and focuses it', async ({ page }) => {
  const fx = fixture('jiangwan-town-mayor-2023--existence-1');
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page);
  await page.getByLabel('报告草稿').fill(fx.text);
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  const last = findings(page).last();
  const i = await last.getAttribute('data-finding');
  const text = fx.text.slice(Number(await last.getAttribute('data-start')), Number(await last.getAttribute('data-end')));
  await last.locator('[data-locate]').click();
  const mark = page.locator(`#check-mark-${i}`);
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/draft-mark--current/);
  // The marks cover exactly the finding's text.
  const covered = await page.locator(`mark[data-findings~="${i}"]`).allTextContents();
  expect(covered.join('')).toBe(text);
  // The draft shown is the draft pasted, character for character.
  expect(await page.locator('[data-check-draft]').textContent()).toBe(fx.text);
});

test('a Word-numbered .docx opened in the page gives the text and the findings `npm run check` gives', async ({ page }) => {
  const fx = fixture('township-party-secretary-2023--title-1');
  const buffer = await Packer.toBuffer(wordNumbered(fx.text));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'shufa-check-e2e-')), '述法报告草稿.docx');
  writeFileSync(file, buffer);
  // What the CLI reads and finds for the same file, on the rules of the site under test.
  const cli = spawnSync(process.execPath, ['scripts/check.ts', file, '--json', '--year', String(fx.year)], {
    encoding: 'utf8',
    env: { ...process.env, SHUFA_OUT_DIR: config.e2eDist },
  });
  expect(cli.status, cli.stderr).toBe(1);
  const [fromCli] = JSON.parse(cli.stdout) as { findings: Expected[] }[];
  // Word's numbering is kept (the headings read as in the fixture), so the planted findings are all there.
  expect(fromCli!.findings.map(key).sort()).toEqual(fx.expected.map(key).sort());

  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await open(page);
  await page.getByLabel('报告年度').fill(String(fx.year));
  await page.getByLabel('或者打开文件（.docx 或 .txt）').setInputFiles({ name: '述法报告草稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  // The text as the CLI reads it: the fixture with its 一、/（一） markers rebuilt, then the table one row a line.
  await expect(page.getByLabel('报告草稿')).toHaveValue(`${fx.text}\n项目\t件数\n行政复议\t3`);
  expect(await shown(page)).toEqual(fromCli!.findings.map(key).sort());
  await expect(page.locator('[data-check-meta]')).toContainText('按“述法报告”检查');
  // The reader and fflate load under the strict CSP, and the page with results stays accessible.
  expect(problems).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`);
  expect(serious, serious.join('\n')).toEqual([]);
});

test('a GB18030 .txt opens as Chinese text; a renamed file is refused with a message', async ({ page }) => {
  await open(page);
  const input = page.getByLabel('或者打开文件（.docx 或 .txt）');
  // 某县XX年述法报告 in GB18030 (GBK bytes); not valid UTF-8.
  const gbk = Buffer.from('c4b3cfd85858c4eacaf6b7a8b1a8b8e6', 'hex');
  await input.setInputFiles({ name: 'draft.txt', mimeType: 'text/plain', buffer: gbk });
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  await expect(page.getByLabel('报告草稿')).toHaveValue(new TextDecoder('gb18030').decode(gbk));
  await expect(page.locator('[data-finding][data-rule="placeholder-xx"]')).toHaveCount(1);
  await input.setInputFiles({ name: 'old.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip file') });
  await expect(app(page)).toHaveAttribute('data-check-state', 'error');
  await expect(page.locator('[data-check-status]')).toContainText('不是有效的 .docx');
});

test('after the page has loaded, checking a draft makes no network request and stores nothing', async ({ page }) => {
  const fx = fixture('jiangwan-town-mayor-2023--existence-1');
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.getByLabel('报告草稿').fill(fx.text);
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  await expect(findings(page)).not.toHaveCount(0);
  await page.getByLabel('按级别').check();
  await findings(page).first().locator('[data-locate]').click();
  await page.getByLabel('报告草稿').fill(`${fx.text}\n补充一段。`);
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(page.locator('[data-check-status]')).toContainText('体检完成');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', url: new URL('/check/', page.url()).href });
});

test('an empty draft or a bad year is refused with a message, not checked', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'error');
  await expect(page.getByLabel('报告草稿')).toBeFocused();
  await page.getByLabel('报告草稿').fill('某县2025年述法报告');
  await page.getByLabel('报告年度').fill('25');
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(page.locator('[data-check-status]')).toContainText('四位数字');
  await expect(page.locator('[data-check-results]')).toBeHidden();
});

test('the type can be chosen, and the page says so', async ({ page }) => {
  const fx = fixture('jiangwan-town-mayor-2023--existence-1');
  await open(page);
  await page.getByLabel('报告草稿').fill(fx.text);
  await page.getByLabel('报告类型').selectOption({ label: '法治建设工作自查报告' });
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  await expect(page.locator('[data-check-meta]')).toContainText('按“法治建设工作自查报告”检查（您选择的类型）');
});

test('a guide links to the page with its report type chosen', async ({ page }) => {
  await page.goto('/guides/law-based-government-annual-report/');
  await page.getByRole('link', { name: '报告体检：检查草稿' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'idle');
  await expect(page.getByLabel('报告类型')).toHaveValue('law-based-government-annual-report');
});

test('works on a phone: no horizontal scrolling before or after a check', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page);
  await page.getByLabel('报告草稿').fill(fixture('township-party-secretary-2023--title-1').text);
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('/check/rules/ has one anchor with a copy-link control for every rule in rules.json', async ({ page }) => {
  await page.goto('/check/rules/');
  const ids = await page.locator('article.rule').evaluateAll((as) => as.map((a) => a.id));
  expect(ids.sort()).toEqual(rules.rules.map((r) => r.id).sort());
  for (const id of ['placeholder-xx', rules.rules.find((r) => r.source.kind === 'phrase')!.id]) {
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    await expect(page.locator(`[id="${id}"] button[data-copy-link="${id}"]`)).toBeVisible();
  }
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('li')).toHaveCount(await page.locator('section.rule-group').count());
  await page.goto('/check/rules/#placeholder-xx');
  await expect(page.locator('#placeholder-xx')).toBeInViewport();
});

test('guesses 述法报告 for a 第一责任人职责 述职报告 title (issue 29: one 述法 type)', async ({ page }) => {
  await open(page);
  await page.getByLabel('报告草稿').fill('中共X镇委员会书记关于2026年度履行推进法治建设第一责任人职责情况的报告\n今年以来，本人认真履行推进法治建设第一责任人职责。');
  await page.getByRole('button', { name: '开始体检' }).click();
  await expect(app(page)).toHaveAttribute('data-check-state', 'done');
  await expect(page.locator('[data-check-meta]')).toContainText('按“述法报告”检查（根据标题和各部分标题自动判断');
  expect(await page.getByLabel('报告类型').locator('option').allTextContents()).not.toContain('履行推进法治建设第一责任人职责述职报告');
});
