/**
 * Issue 29, item 3: phrase results carry the phrase pages' status badge, say what their 复制
 * buttons copy (an 已过时 phrase offers its replacement first), are titled by the phrase itself
 * with the topic beside it, rank first when the query is the whole phrase, and show an excerpt
 * that never cuts the phrase's start; /writing-2026/ and the catalogue entries are searchable
 * under their own kind labels.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Passage } from '../../src/build/search/extract.ts';
import { allResultUrls, done, results, sitePassagesOnce, truthIn } from './search-helpers.ts';

let passages: Passage[] = [];
test.beforeAll(async () => {
  passages = await sitePassagesOnce();
});
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
const go = (page: Page, q: string) => page.goto(`/search/?q=${encodeURIComponent(q)}`);
async function passageOf(li: ReturnType<Page['locator']>): Promise<Passage> {
  const url = decodeURI((await li.locator('[data-search-result]').getAttribute('href'))!).replace(/\?[^#]*/, '');
  return passages.find((p) => p.url === url)!;
}

test('八五普法: every phrase result shows its status badge, as its phrase page does, and dated ones say what 复制 copies', async ({ page, context }) => {
  await go(page, '八五普法');
  // Load every page of results: with the grown bank they run past the first page.
  await allResultUrls(page);
  const phraseResults = page.locator('.search-result[data-kind="规范表述"]');
  const n = await phraseResults.count();
  expect(n).toBe(truthIn(passages, '八五普法', '规范表述').length);
  expect(n).toBeGreaterThan(5);
  const seen = new Set<string>();
  const phrasePages = new Map<string, Page>();
  for (const li of await phraseResults.all()) {
    const passage = await passageOf(li);
    const badge = li.locator('[data-search-status]');
    await expect(badge).toHaveCount(1);
    const status = (await badge.getAttribute('data-search-status'))!;
    seen.add(status);
    // The same badge as the entry on its phrase page.
    const [path, id] = passage.url.split('#');
    if (!phrasePages.has(path)) {
      const p = await context.newPage();
      await p.goto(path);
      phrasePages.set(path, p);
    }
    const onPage = (await phrasePages.get(path)!.locator(`[id="${id}"] .status`).first().textContent())!.trim();
    await expect(badge).toHaveText(onPage);
    await expect(badge).toHaveClass(new RegExp(`status--${status}`));
    // The title is the phrase itself; the topic follows.
    await expect(li.locator('.search-result__title')).toHaveText(passage.copy!);
    await expect(li.locator('.search-result__page')).toHaveText(passage.title);
    const buttons = li.locator('[data-search-copy]');
    if (status === 'current') await expect(buttons).toHaveText(['复制']);
    if (status === 'expired') await expect(buttons).toHaveText(['复制期满写法']);
    if (status === 'outdated') await expect(buttons.first()).toHaveText('复制新写法');
  }
  expect(seen).toContain('expired');
  for (const p of phrasePages.values()) await p.close();
  // 期满 copies the phrase, and its button says so to a screen reader too.
  const expired = phraseResults.filter({ has: page.locator('[data-search-status="expired"]') }).first();
  const copy = (await passageOf(expired)).copy!;
  const button = expired.locator('[data-search-copy]');
  await expect(button).toHaveAttribute('aria-label', new RegExp(`^复制期满.*：${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await button.click();
  await expect(button).toHaveAttribute('data-search-copy-state', 'done');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copy);
});

test('an 已过时 phrase offers its replacement first', async ({ page }) => {
  const entries = parse(readFileSync('src/content/phrases/law-enforcement.yaml', 'utf8')) as Array<{ id: string; text: string; status?: string; replacedBy?: string }>;
  const old = entries.find((e) => e.status === 'outdated' && e.replacedBy)!;
  const replacement = entries.find((e) => e.id === old.replacedBy)?.text;
  expect(replacement).toBeTruthy();
  await go(page, old.text);
  await done(page);
  const li = page.locator('.search-result').first();
  await expect(li.locator('.search-result__title')).toHaveText(old.text);
  await expect(li.locator('[data-search-status]')).toHaveText('已过时');
  await expect(li.locator('.search-result__replaced')).toContainText(replacement!);
  const buttons = li.locator('[data-search-copy]');
  await expect(buttons).toHaveText(['复制新写法', '复制旧写法']);
  await buttons.first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(replacement);
  await buttons.nth(1).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(old.text);
});

test('四个亲自: the entry that is exactly the query ranks first; phrase results are named by their phrases, not five times by their topic', async ({ page }) => {
  await go(page, '四个亲自');
  await done(page);
  await expect(results(page)).toHaveCount(truthIn(passages, '四个亲自').length);
  await expect(page.locator('.search-result__title').first()).toHaveText('四个亲自');
  const names = await page.locator('.search-result[data-kind="规范表述"] [data-search-result]').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
  expect(names.length).toBeGreaterThan(2);
  expect(new Set(names).size).toBe(names.length);
});

test('a phrase result’s excerpt never starts inside its phrase', async ({ page }) => {
  // Long entries with a query deep inside the phrase, where a plain window around the match (30
  // characters before it) would start inside the phrase; and the usual queries.
  const deep = passages
    .filter((p) => p.copy && p.text.length > 160 && Array.from(p.copy).length === p.copy.length && p.copy.length > 45)
    .map((p) => p.copy!.slice(38, 46))
    .filter((q) => !/[\p{P}\s]/u.test(q))
    .slice(0, 3);
  expect(deep.length).toBeGreaterThan(0);
  for (const q of [...deep, '八五普法', '亲自督办']) {
    await go(page, q);
    await done(page);
    for (const li of await page.locator('.search-result[data-kind="规范表述"]').all()) {
      const passage = await passageOf(li);
      const excerpt = (await li.locator('.search-result__excerpt').textContent())!;
      const shown = excerpt.replace(/^…|…$/g, '');
      const at = passage.text.replaceAll('\u2029', ' ').indexOf(shown);
      expect(at, excerpt).toBeGreaterThanOrEqual(0);
      expect(at === 0 || at >= passage.copy!.length, `${passage.copy} / ${excerpt}`).toBe(true);
    }
  }
});

test('a distinctive sentence of /writing-2026/ finds it, labelled 写作须知', async ({ page }) => {
  const sentence = '接续“八五”普法规划的新一轮普法规划';
  await go(page, sentence);
  await done(page);
  await expect(results(page)).toHaveCount(1);
  const li = page.locator('.search-result').first();
  await expect(li.locator('.search-result__kind')).toHaveText('写作须知');
  await li.locator('[data-search-result]').click();
  await expect(page).toHaveURL(/\/writing-2026\/\?hl=.*#not-found-\d+$/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toContainText('接续“八五”普法规划的新一轮普法规划');
});

test('a catalogue entry is found by its title and by its organ, labelled 公开报告, and lands on its entry', async ({ page }) => {
  const entry = passages.find((p) => p.kind === '公开报告' && p.id)!;
  const organ = entry.text.split('\u2029')[1];
  for (const q of [entry.label!, organ]) {
    await go(page, q);
    await done(page);
    const li = page.locator('.search-result', { has: page.locator(`[data-search-result][href*="#${entry.id}"]`) });
    await expect(li).toHaveCount(1);
    await expect(li.locator('.search-result__kind')).toHaveText('公开报告');
    await expect(li.locator('.search-result__title')).toHaveText(entry.label!);
    await expect(li.locator('[data-search-copy]')).toHaveCount(0);
  }
  await page.locator(`[data-search-result][href*="#${entry.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/public-reports/.*#${entry.id}$`));
  await expect(page.locator(`[id="${entry.id}"]`)).toContainText(organ);
});
