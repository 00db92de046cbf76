/**
 * The catalogue of public reports (/public-reports/, issue 29): combined filter pages work without
 * JavaScript, list exactly the matching entries (computed here from the content files) in pages of
 * 50, and count each value for the current filter; on a phone the first entry is in the first
 * screen; an entry's phrases are chips; entries link out as citations; and a phrase's
 * "见于 N 份公开报告" equals the number of catalogue keys it records, each linked to its entry.
 */
import { readdir, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const entries = (page: Page) => page.locator('[data-catalogue-list] > [data-catalogue-entry]');
const PAGE_SIZE = 50;

interface Entry { key: string; type: string; level: string; province?: string; year: number }
/** Every catalogue entry, read from the content files. */
async function catalogue(): Promise<Entry[]> {
  const dir = 'src/content/public-reports';
  return Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map(async (f) => ({ key: f.replace(/\.yaml$/, ''), ...(parse(await readFile(`${dir}/${f}`, 'utf8')) as Omit<Entry, 'key'>) })),
  );
}
/** How an entry shows in each filter group: the labels of its values. */
const labels = (e: Entry): Record<string, string> => ({ 报告类型: e.type, 层级: e.level, 省份: e.province ?? '中央国家机关', 所述年度: `${e.year}年度` });

/** Every value link of the filters, by group: label → count. */
async function facetCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.locator('.facets nav section').evaluateAll((ss) =>
    Object.fromEntries(
      ss.map((s) => [
        s.querySelector('h2')!.textContent!,
        Object.fromEntries(
          [...s.querySelectorAll('a[data-facet-count]')]
            .filter((a) => !a.textContent!.startsWith('不限'))
            .map((a) => [a.textContent!.replace(/（\d+）$/, ''), Number(a.getAttribute('data-facet-count'))]),
        ),
      ]),
    ),
  );
}

/** The keys listed on a filter page and all its later pages, following the 下一页 links. */
async function listedKeys(page: Page): Promise<string[]> {
  const keys: string[] = [];
  for (;;) {
    const onPage = await entries(page).evaluateAll((es) => es.map((e) => e.id));
    expect(onPage.length).toBeLessThanOrEqual(PAGE_SIZE);
    keys.push(...onPage);
    const next = page.locator('nav.pagination a[rel="next"]');
    if ((await next.count()) === 0) return keys;
    // Wait for the next page itself: reading the list while the old document is being replaced reads nothing and skips a page.
    const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
    await next.click();
    await page.waitForURL((url) => url.pathname === target);
  }
}

/** Expected counts of each group's values for a choice of labels: the other choices kept, as the site computes them. */
function expectedCounts(all: Entry[], chosen: Record<string, string>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const group of ['报告类型', '层级', '省份', '所述年度']) {
    out[group] = {};
    for (const e of all) {
      const l = labels(e);
      if (Object.entries(chosen).every(([g, v]) => g === group || l[g] === v)) out[group][l[group]] = (out[group][l[group]] ?? 0) + 1;
    }
  }
  return out;
}

test.describe('filters work without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('述法报告 + 乡镇 lists exactly the matching entries, with counts for the current filter', async ({ page }) => {
    const all = await catalogue();
    await page.goto('/public-reports/');
    expect(await facetCounts(page)).toEqual(expectedCounts(all, {}));
    await page.locator('.facets').getByRole('link', { name: /^述法报告（\d+）$/ }).click();
    await expect(page).toHaveURL(/\/public-reports\/type\/shufa\/$/);
    expect(await facetCounts(page)).toEqual(expectedCounts(all, { 报告类型: '述法报告' }));
    await page.locator('.facets').getByRole('link', { name: /^乡镇（\d+）$/ }).click();
    await expect(page).toHaveURL(/\/public-reports\/type\/shufa\/level\/township\/$/);
    await expect(page.locator('h1')).toHaveText('公开报告目录：述法报告 · 乡镇');

    const expected = all.filter((e) => e.type === '述法报告' && e.level === '乡镇').map((e) => e.key);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('.result-count')).toHaveText(new RegExp(`^共 ${expected.length} 份`));
    expect((await listedKeys(page)).sort()).toEqual(expected.sort());
    await page.goto('/public-reports/type/shufa/level/township/');
    // Counts are those of the current filter; only values with entries are listed (no （0）).
    const counts = await facetCounts(page);
    expect(counts).toEqual(expectedCounts(all, { 报告类型: '述法报告', 层级: '乡镇' }));
    for (const group of Object.values(counts)) expect(Object.values(group).every((n) => n > 0)).toBe(true);
    await expect(page.locator('.facets').getByRole('link', { name: /^述法报告（\d+）$/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.facets').getByRole('link', { name: /^乡镇（\d+）$/ })).toHaveAttribute('aria-current', 'page');
    // 不限 drops one choice and keeps the other.
    await page.locator('.facets section', { has: page.getByRole('heading', { name: '报告类型' }) }).getByRole('link', { name: /^不限/ }).click();
    await expect(page).toHaveURL(/\/public-reports\/level\/township\/$/);
  });

  test('a filter longer than a page is split into pages of 50 that together list exactly its entries', async ({ page }) => {
    const all = await catalogue();
    const expected = all.filter((e) => e.level === '乡镇' && e.type === '法治政府建设年度报告').map((e) => e.key);
    expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);
    await page.goto('/public-reports/type/law-based-government-annual/level/township/');
    await expect(entries(page)).toHaveCount(PAGE_SIZE);
    const keys = await listedKeys(page);
    await expect(page).toHaveURL(new RegExp(`/public-reports/type/law-based-government-annual/level/township/page/${Math.ceil(expected.length / PAGE_SIZE)}/$`));
    expect(keys.sort()).toEqual(expected.sort());
    await expect(page.locator('nav.pagination a[aria-current="page"]')).toHaveText(String(Math.ceil(expected.length / PAGE_SIZE)));
  });

  test('the one-facet addresses of before still work, each listing only entries with that value', async ({ page }) => {
    const all = await catalogue();
    for (const [path, label, value] of [['/public-reports/level/department/', '层级', '部门'], ['/public-reports/year/2022/', '所述年度', '2022年度'], ['/public-reports/province/zhejiang/', '省份', '浙江省']]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      const expected = all.filter((e) => labels(e)[label] === value);
      await expect(page.locator('.result-count')).toHaveText(new RegExp(`^共 ${expected.length} 份`));
      await expect(entries(page)).toHaveCount(Math.min(PAGE_SIZE, expected.length));
      const meta = await entries(page).locator('p.muted').allTextContents();
      expect(meta.every((m) => m.includes(` · ${value} · `)), path).toBe(true);
    }
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the filters fold into 筛选 and the first entry is within the first screen', async ({ page }) => {
    for (const path of ['/public-reports/', '/public-reports/type/shufa/level/township/', '/public-reports/page/2/']) {
      await page.goto(path);
      await expect(page.locator('.facets > summary')).toHaveText(/^筛选/);
      await expect(page.locator('.facets nav')).toBeHidden();
      const first = entries(page).first();
      for (const part of [first.locator('h2'), first.locator('p.muted')]) {
        const box = (await part.boundingBox())!;
        expect(box.y + box.height, path).toBeLessThanOrEqual(844);
      }
      await page.locator('.facets > summary').click();
      await expect(page.locator('.facets nav')).toBeVisible();
    }
  });
});

test('the catalogue is linked from the home page and the top navigation', async ({ page }) => {
  await page.goto('/');
  await page.locator('.entry-points').getByRole('link', { name: '公开报告' }).click();
  await expect(page).toHaveURL(/\/public-reports\/$/);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公开报告' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/guides/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公开报告' }).click();
  await expect(page).toHaveURL(/\/public-reports\/$/);
});

test('an old address /public-reports/#<key> of an entry on a later page goes to that page', async ({ page }) => {
  const pages = (await (await page.request.get('/public-reports/entry-pages.json')).json()) as Record<string, number>;
  const [key, n] = Object.entries(pages).find(([, p]) => p === 3)!;
  await page.goto(`/public-reports/#${key}`);
  await expect(page).toHaveURL(new RegExp(`/public-reports/page/3/#${key}$`));
  await expect(page.locator(`[data-catalogue-entry][id="${key}"]`)).toBeInViewport();
  expect(n).toBe(3);
});

test('the phrases of an entry are separate chips, a phrase contained in a longer one shown under it', async ({ page }) => {
  const phrases = await attestedKeys();
  const key = 'sthjj-cq-2023-bb6c16';
  const own = [...phrases].filter(([, p]) => p.keys.includes(key)).map(([, p]) => p.text);
  const pages = (await (await page.request.get('/public-reports/entry-pages.json')).json()) as Record<string, number>;
  await page.goto(`/public-reports/page/${pages[key]}/#${key}`);
  const chips = page.locator(`[id="${key}"] [data-phrase-chip]`);
  const heads = await chips.evaluateAll((cs) => cs.map((c) => c.querySelector(':scope > a')!.textContent!));
  const parts = await chips.evaluateAll((cs) => cs.map((c) => [...c.querySelectorAll('.chip__parts a')].map((a) => a.textContent!)));
  // Every phrase attested in the entry shows once, as a chip or under one; none joined with 、.
  expect([...heads, ...parts.flat()].sort()).toEqual(own.sort());
  await expect(page.locator(`[id="${key}"] .catalogue__phrases`)).not.toContainText('、学法');
  // No chip's wording is inside another's; each part is inside its chip's wording.
  const norm = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
  for (const h of heads) for (const o of heads) if (h !== o) expect(norm(o).includes(norm(h)), `${h} in ${o}`).toBe(false);
  heads.forEach((h, i) => parts[i].forEach((p) => expect(norm(h).includes(norm(p)), `${p} under ${h}`).toBe(true)));
  const i = heads.indexOf('带头尊法学法守法用法');
  expect(parts[i].sort()).toEqual(['尊法学法守法用法', '学法守法用法'].sort());
});

test('each entry links out to its report as a citation and lists the phrases attested in it', async ({ page }) => {
  await page.goto('/public-reports/');
  const outLinks = entries(page).locator('h2 a');
  const n = await entries(page).count();
  await expect(outLinks).toHaveCount(n);
  const rels = await outLinks.evaluateAll((as) => as.map((a) => `${a.getAttribute('rel')} ${/^https?:\/\/[^/:]+\.gov\.cn(:\d+)?\//.test(a.getAttribute('href')!)}`));
  expect(new Set(rels)).toEqual(new Set(['noopener external true']));
  // The phrases listed under an entry are those whose attested keys name it.
  const first = entries(page).filter({ has: page.locator('[data-phrase-chip]') }).first();
  const key = await first.getAttribute('id');
  const phraseLink = first.locator('[data-phrase-chip] > a').first();
  const target = await phraseLink.getAttribute('href');
  await phraseLink.click();
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const id = target!.split('#')[1];
  // The topic page's 公开报告列表 shows the latest few; the companion page more, and, when it cuts the
  // list, links to the phrase's own page of every report.
  await page.goto(`${target!.split('#')[0]}evidence/`);
  const all = page.locator(`[data-phrase-id="${id}"] [data-all-reports]`);
  if (await all.count()) await all.click();
  await expect(page.locator(`[data-phrase-id="${id}"] .attestation__list a[href$="#${key}"]`)).toHaveCount(1);
});

/** The attested keys of every phrase, read from the content files. */
async function attestedKeys(): Promise<Map<string, { topic: string; text: string; keys: string[] }>> {
  const out = new Map<string, { topic: string; text: string; keys: string[] }>();
  for (const f of (await readdir('src/content/phrases')).filter((x) => x.endsWith('.yaml'))) {
    for (const p of parse(await readFile(`src/content/phrases/${f}`, 'utf8')) as { id: string; text: string; topics: string[]; attested?: string[] }[]) {
      out.set(p.id, { topic: p.topics[0], text: p.text, keys: p.attested ?? [] });
    }
  }
  return out;
}

test('a phrase page shows 见于 N 份公开报告 with N equal to its keys, each linked to its entry on its catalogue page', async ({ page }) => {
  const phrases = await attestedKeys();
  const topic = 'first-responsibility';
  await page.goto(`/phrases/${topic}/evidence/`);
  const own = [...phrases].filter(([, p]) => p.topic === topic);
  expect(own.some(([, p]) => p.keys.length >= 5)).toBe(true);
  const cut = new Map<string, [number, string]>();
  for (const [id, { keys }] of own) {
    const entry = page.locator(`[data-phrase-id="${id}"] .attestation`);
    await expect(entry).toHaveAttribute('data-attested-count', String(keys.length));
    if (keys.length === 0) continue;
    await expect(entry.locator('.attestation__summary')).toContainText(`见于 ${keys.length} 份公开报告`);
    const hrefs = await entry.locator('.attestation__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(/^\/public-reports\/(page\/\d+\/)?#[a-z0-9-]+$/);
    // A long list shows the latest reports and links to all of them.
    const more = entry.locator('[data-all-reports]');
    const all = (await more.count()) ? await more.getAttribute('href') : null;
    if (all) cut.set(id, [hrefs.length, all]);
    else expect(hrefs.map((h) => h!.split('#')[1]).sort()).toEqual([...keys].sort());
  }
  expect(cut.size).toBeGreaterThan(0);
  for (const [id, [shown, all]] of cut) {
    const keys = phrases.get(id)!.keys;
    expect(shown).toBeLessThan(keys.length);
    await page.goto(all);
    const hrefs = await page.locator(`[data-phrase-id="${id}"] .attestation__list a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.split('#')[1]).sort(), id).toEqual([...keys].sort());
    await page.goto(`/phrases/${topic}/evidence/`);
  }
  // Every link reaches its entry.
  const links = await page.locator('.attestation__list a').evaluateAll((as) => as.slice(0, 20).map((a) => a.getAttribute('href')!));
  for (const h of links) {
    await page.goto(h);
    await expect(page.locator(`[data-catalogue-entry][id="${h.split('#')[1]}"]`)).toHaveCount(1);
  }
});

test('a widely attested phrase has an accessible chart of attestations by year; the most attested term heads its move', async ({ page }) => {
  await page.goto('/phrases/first-responsibility/evidence/');
  const entry = page.locator('li[data-phrase-id="qieshi-lvxing-diyi-zerenren-zhize"]');
  const chart = entry.locator('svg.attestation__chart');
  await expect(chart).toHaveAttribute('role', 'img');
  const label = (await chart.getAttribute('aria-label'))!;
  const counts = [...label.matchAll(/(\d{4})年度 (\d+) 份/g)].map((m) => Number(m[2]));
  expect(counts.length).toBeGreaterThan(2);
  await expect(chart.locator('rect')).toHaveCount(counts.length);
  const n = Number(await entry.locator('.attestation').getAttribute('data-attested-count'));
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(n);
  // Within its move, terms (术语) come first as tags, most widely attested first.
  await page.goto('/phrases/first-responsibility/');
  // Term tags carry the phrase id as their anchor (rows leave out data-phrase-id to keep the page small).
  const firstTag = page.locator('section.phrase-group:has(h2#claim-responsibility) li.term').first();
  await expect(firstTag).toHaveAttribute('id', 'fazhi-jianshe-diyi-zerenren');
});
