/**
 * The catalogue of public reports (/public-reports/): facet pages filter without JavaScript and
 * their counts match the entries they list; entries link out as citations; and a phrase's
 * "见于 N 份公开报告" equals the number of catalogue keys it records, each linked to its entry.
 */
import { readdir, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const entries = (page: Page) => page.locator('[data-catalogue-list] > [data-catalogue-entry]');

/** Every facet link of the page: label, count and address. */
async function facetLinks(page: Page) {
  return page.locator('nav.facets a[data-facet-count]').evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent!.trim(), count: Number(a.getAttribute('data-facet-count')), href: a.getAttribute('href')! })),
  );
}

test.describe('filters work without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every facet value narrows the list to exactly its count, and only matching entries', async ({ page }) => {
    test.setTimeout(300_000); // visits every facet page (about 45)
    await page.goto('/public-reports/');
    const links = await facetLinks(page);
    const total = links[0].count;
    await expect(entries(page)).toHaveCount(total);
    expect(total).toBeGreaterThanOrEqual(150);
    // Four facets (type, level, province, year), no empty values, counts of each facet add up to the total.
    const groups = await page.locator('nav.facets section').evaluateAll((ss) =>
      ss.map((s) => ({ label: s.querySelector('h2')!.textContent, counts: [...s.querySelectorAll('a[data-facet-count]')].map((a) => Number(a.getAttribute('data-facet-count'))) })),
    );
    expect(groups.map((g) => g.label)).toEqual(['报告类型', '层级', '省份', '所述年度']);
    for (const g of groups) {
      expect(g.counts.every((c) => c > 0), `${g.label}: no empty value`).toBe(true);
      expect(g.counts.reduce((a, b) => a + b, 0), `${g.label}: counts add up`).toBe(total);
    }
    expect(groups[2].counts.length).toBeGreaterThanOrEqual(20);
    for (const { text, count, href } of links.slice(1)) {
      await page.goto(href);
      await expect(entries(page), text).toHaveCount(count);
      await expect(page.locator('.result-count')).toHaveText(`共 ${count} 份`);
      await expect(page.locator(`nav.facets a[href="${href}"]`)).toHaveAttribute('aria-current', 'page');
    }
  });

  test('a facet page lists only entries with that value', async ({ page }) => {
    await page.goto('/public-reports/');
    await page.getByRole('link', { name: /^部门（\d+）$/ }).click();
    await expect(page).toHaveURL(/\/public-reports\/level\/department\/$/);
    const meta = await entries(page).locator('p.muted').allTextContents();
    expect(meta.length).toBeGreaterThan(0);
    expect(meta.every((m) => m.includes(' · 部门 · '))).toBe(true);
    await page.getByRole('link', { name: /^2022年度（\d+）$/ }).click();
    const years = await entries(page).locator('p.muted').allTextContents();
    expect(years.every((m) => m.includes(' · 2022年度 · '))).toBe(true);
    await page.getByRole('link', { name: /^浙江省（\d+）$/ }).click();
    const provinces = await entries(page).locator('p.muted').allTextContents();
    expect(provinces.every((m) => m.includes(' · 浙江省 · '))).toBe(true);
  });
});

test('each entry links out to its report as a citation and lists the phrases attested in it', async ({ page }) => {
  await page.goto('/public-reports/');
  const outLinks = entries(page).locator('h2 a');
  const n = await entries(page).count();
  await expect(outLinks).toHaveCount(n);
  const rels = await outLinks.evaluateAll((as) => as.map((a) => `${a.getAttribute('rel')} ${/^https?:\/\/[^/:]+\.gov\.cn(:\d+)?\//.test(a.getAttribute('href')!)}`));
  expect(new Set(rels)).toEqual(new Set(['noopener external true']));
  // The phrases listed under an entry are those whose attested keys name it.
  const first = entries(page).filter({ has: page.locator('.catalogue__phrases') }).first();
  const key = await first.getAttribute('id');
  const phraseLink = first.locator('.catalogue__phrases a').first();
  const target = await phraseLink.getAttribute('href');
  await phraseLink.click();
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const id = target!.split('#')[1];
  // The topic page's 公开报告列表 shows the latest few; the companion page lists every report.
  await page.goto(`${target!.split('#')[0]}evidence/`);
  await expect(page.locator(`[data-phrase-id="${id}"] .attestation__list a[href="/public-reports/#${key}"]`)).toHaveCount(1);
});

/** The attested keys of every phrase, read from the content files. */
async function attestedKeys(): Promise<Map<string, { topic: string; keys: string[] }>> {
  const out = new Map<string, { topic: string; keys: string[] }>();
  for (const f of (await readdir('src/content/phrases')).filter((x) => x.endsWith('.yaml'))) {
    for (const p of parse(await readFile(`src/content/phrases/${f}`, 'utf8')) as { id: string; topics: string[]; attested?: string[] }[]) {
      out.set(p.id, { topic: p.topics[0], keys: p.attested ?? [] });
    }
  }
  return out;
}

test('a phrase page shows 见于 N 份公开报告 with N equal to its keys, each linked to the catalogue', async ({ page }) => {
  const phrases = await attestedKeys();
  const topic = 'first-responsibility';
  await page.goto(`/phrases/${topic}/evidence/`);
  const own = [...phrases].filter(([, p]) => p.topic === topic);
  expect(own.some(([, p]) => p.keys.length >= 5)).toBe(true);
  for (const [id, { keys }] of own) {
    const entry = page.locator(`[data-phrase-id="${id}"] .attestation`);
    await expect(entry).toHaveAttribute('data-attested-count', String(keys.length));
    if (keys.length === 0) continue;
    await expect(entry.locator('.attestation__summary')).toContainText(`见于 ${keys.length} 份公开报告`);
    const hrefs = await entry.locator('.attestation__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(keys.map((k) => `/public-reports/#${k}`).sort());
  }
  // Every key resolves to an entry of the catalogue.
  const someKeys = own.flatMap(([, p]) => p.keys).slice(0, 20);
  await page.goto('/public-reports/');
  for (const k of someKeys) await expect(page.locator(`[data-catalogue-entry][id="${k}"]`)).toHaveCount(1);
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
  const firstTag = page.locator('section.phrase-group:has(h2#claim-responsibility) li.term').first();
  await expect(firstTag).toHaveAttribute('data-phrase-id', 'fazhi-jianshe-diyi-zerenren');
});
