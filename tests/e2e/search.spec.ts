import { expect, test, type Page } from '@playwright/test';
import '../../src/shared/search/t2s-install.ts';
import { BLOCK_BREAK } from '../../src/shared/normalize.ts';
import { fold } from '../../src/shared/search/fold.ts';
import { parseQuery } from '../../src/shared/search/query.ts';
import type { Passage } from '../../src/build/search/extract.ts';
import { allResultUrls, countShown, done, results, sitePassagesOnce, truthIn } from './search-helpers.ts';

let passages: Passage[] = [];
test.beforeAll(async () => {
  passages = await sitePassagesOnce();
});

const truth = (q: string, kind?: string) => truthIn(passages, q, kind);

test('?q=亲自督办 lists exactly the passages that contain it', async ({ page }) => {
  const expected = truth('亲自督办');
  expect(expected.length).toBeGreaterThan(0);
  // The report pages alone must agree with a scan of the built report HTML, too.
  expect(expected.filter((u) => u.startsWith('/reports/')).length).toBeGreaterThan(0);
  await page.goto('/search/?q=亲自督办');
  expect(await allResultUrls(page)).toEqual(expected);
  expect(await countShown(page)).toBe(expected.length);
  await expect(page.locator('[data-search-count]')).toContainText(String(expected.length));
  await expect(page.locator('[data-search-near]')).toBeHidden();
  // Every excerpt marks the phrase.
  for (const li of await page.locator('.search-result').all()) {
    expect(fold((await li.locator('mark').allTextContents()).join(''))).toContain('亲自督办');
  }
});

for (const [query, raw] of [['八五普法', /“八五”普法/], ['学法守法用法', /学法、\s*守法、\s*用法/]] as const) {
  test(`normalised matching: ${query} finds ${raw.source}`, async ({ page }) => {
    const expected = truth(query);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    expect(await allResultUrls(page)).toEqual(expected);
    const excerpts = await page.locator('.search-result__excerpt').allTextContents();
    expect(excerpts.some((t) => raw.test(t))).toBe(true);
    for (const mark of await page.locator('.search-result mark').allTextContents()) expect(fold(mark)).toBe(query);
  });
}

test('single characters, Latin letters and digits work', async ({ page }) => {
  for (const q of ['法', '2023', 'a']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await done(page);
    expect(await countShown(page), q).toBe(truth(q).length);
  }
  await page.goto('/search/?q=法');
  expect(await allResultUrls(page)).toEqual(truth('法'));
});

test('a result opens the passage, scrolled into view, with the phrase marked', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('八五普法'));
  await done(page);
  const link = results(page).first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\?hl=.+#.+$/);
  const id = decodeURIComponent(href.split('#')[1]);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  const marks = target.locator('mark.search-hit');
  await expect(marks.first()).toBeVisible();
  expect(fold((await marks.allTextContents()).join(''))).toContain('八五普法');
  // Only the target passage is marked.
  expect(await page.locator('main mark.search-hit').count()).toBe(await marks.count());
});

test('kind filter narrows results and is kept in the URL; back and forward work', async ({ page }) => {
  await page.goto('/search/?q=法治');
  await done(page);
  const all = await countShown(page);
  expect(all).toBe(truth('法治').length);
  // The filters sit in a collapsed row until opened (or until a filter is set).
  await page.locator('[data-search-filters] summary').click();
  await page.locator('select[name="kind"]').selectOption('范文');
  await expect(page).toHaveURL(/kind=%E8%8C%83%E6%96%87|kind=范文/);
  await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', String(truth('法治', '范文').length));
  expect(truth('法治', '范文').length).toBeLessThan(all);
  expect(await allResultUrls(page)).toEqual(truth('法治', '范文'));
  await page.goBack();
  await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', String(all));
  await expect(page.locator('select[name="kind"]')).toHaveValue('');
  await page.goForward();
  await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', String(truth('法治', '范文').length));
  // A shared link with the filter gives the same list.
  await page.goto('/search/?q=法治&kind=范文');
  expect(await allResultUrls(page)).toEqual(truth('法治', '范文'));
  await expect(page.locator('select[name="kind"]')).toHaveValue('范文');
});

/** Records page errors, dialogs and calls of window.__pwned, which an injected script would make. */
async function watchForScripts(page: Page) {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.exposeFunction('__pwned', () => seen.dialogs.push('script ran'));
  return seen;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=__pwned()>',
  '"><svg onload=__pwned()>法治',
  '.*+?^${}()|[]\\',
  '(法治',
  // 2,500 characters (Latin, so the URL stays under the server's 16 KB header limit).
  'ab'.repeat(1250),
  '😀🎉 法治 👍',
  'ＡＢＣ１２３　法治',
  '',
  '   ',
  '%00%',
];

// One test per query: each waits for its own announced state, within its own time bound.
for (const [i, q] of HOSTILE.entries()) {
  test(`hostile query ${i + 1} (${JSON.stringify(q.slice(0, 24))}) renders safely and counts exactly`, async ({ page }) => {
    const seen = await watchForScripts(page);
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await done(page);
    expect(await page.locator('.search-results script, .search-results img, .search-results svg, [data-search-near] script').count()).toBe(0);
    const n = await countShown(page);
    expect(Number.isFinite(n), q).toBe(true);
    const capped = parseQuery(q);
    if (capped.terms.length) expect(n, q.slice(0, 20)).toBe(truth(capped.text).length);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
}

test('a 2,500-character query typed into the box is cut, and the page says so', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('法'.repeat(2500));
  await page.locator('#search-q').press('Enter');
  await done(page);
  await expect(page.locator('[data-search-notice]')).toBeVisible();
  await expect(page.locator('[data-search-notice]')).toContainText('100');
  expect(await countShown(page)).toBe(truth('法'.repeat(100)).length);
});

test('markup typed into the form runs nothing', async ({ page }) => {
  const seen = await watchForScripts(page);
  await page.goto('/search/');
  await page.locator('#search-q').fill('<img src=x onerror=__pwned()>');
  await page.locator('#search-q').press('Enter');
  await done(page);
  expect(seen.errors).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

test('keyboard: Tab into the box, type, Enter, Tab to the first result, Enter lands on the passage', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-state', 'done');
  for (let i = 0; i < 30 && !(await page.locator('#search-q').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('亲自督办');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await done(page);
  await expect(page.locator('[data-search-count]')).toHaveAttribute('aria-live', 'polite');
  let onResult = false;
  for (let i = 0; i < 20 && !onResult; i++) {
    await page.keyboard.press('Tab');
    onResult = await page.evaluate(() => document.activeElement?.hasAttribute('data-search-result') ?? false);
  }
  expect(onResult).toBe(true);
  await expect(results(page).first()).toBeFocused();
  const outline = await results(page).first().evaluate((a) => getComputedStyle(a).outlineStyle);
  expect(outline).not.toBe('none');
  const href = (await results(page).first().getAttribute('href'))!;
  await page.keyboard.press('Enter');
  const id = decodeURIComponent(href.split('#')[1]);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${id}"] mark.search-hit`).first()).toBeVisible();
});

test('the header box searches from any page', async ({ page }) => {
  await page.goto('/reports/');
  await page.locator('#header-q').fill('依法行政');
  await page.locator('#header-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  expect(await allResultUrls(page)).toEqual(truth('依法行政'));
});

test('a term that is not on the site finds nothing, even when its beginning ends a passage', async ({ page }) => {
  // Pagefind falls back to the longest indexed word that prefixes an unknown query word; the
  // index must give it nothing to fall back to. Passage endings are where shorter n-grams sit.
  const endings = passages.map((p) => Array.from(fold(p.text).split(BLOCK_BREAK).at(-1)!)).filter((c) => c.length >= 4);
  const queries = [endings[0].slice(-1), endings[1].slice(-3), endings[2].slice(-4)].map((c) => c.join('') + '龘');
  for (const q of queries) {
    expect(truth(q)).toEqual([]);
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await done(page);
    await expect(results(page)).toHaveCount(0);
    await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', '0');
  }
});

test('a term that runs from one passage into the next finds nothing, and terms in different passages of a page do not match together', async ({ page }) => {
  // Each page is one index record with all its passages; matches must not cross passage bounds.
  const pairs = passages.slice(1).flatMap((p, i) => {
    const prev = passages[i];
    const [a, b] = [Array.from(fold(prev.text).split(BLOCK_BREAK).at(-1)!), Array.from(fold(p.text).split(BLOCK_BREAK)[0])];
    if (prev.page !== p.page || a.length < 3 || b.length < 3) return [];
    return [{ across: a.slice(-2).join('') + b.slice(0, 2).join(''), both: `${a.slice(-3).join('')} ${b.slice(0, 3).join('')}` }];
  });
  const across = pairs.find((x) => truth(x.across).length === 0)!;
  const both = pairs.find((x) => truth(x.both).length === 0)!;
  expect(across && both).toBeTruthy();
  for (const q of [across.across, both.both]) {
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await done(page);
    await expect(results(page)).toHaveCount(0);
    await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', '0');
  }
});

test('a term that runs from a phrase into its note finds nothing, while the note alone finds the phrase entry', async ({ page }) => {
  // A phrase entry is one passage of several blocks (text, note, variants); a match must stay in one.
  const blocks = (p: Passage) => fold(p.text).split(BLOCK_BREAK);
  const across = (p: Passage) => {
    const [phrase, note = ''] = blocks(p);
    return phrase.slice(-2) + note.slice(0, 2);
  };
  const entry = passages.find((p) => p.page.startsWith('/phrases/') && blocks(p).length > 1 && blocks(p)[1].length >= 4 && truth(across(p)).length === 0)!;
  expect(entry).toBeTruthy();
  const note = blocks(entry)[1];
  await page.goto('/search/?q=' + encodeURIComponent(across(entry)));
  await done(page);
  await expect(results(page)).toHaveCount(0);
  const alone = note.slice(0, 4);
  await page.goto('/search/?q=' + encodeURIComponent(alone));
  expect(await allResultUrls(page)).toContain(entry.url);
  // The excerpt shows the break as a space, never as the raw separator.
  expect((await page.locator('.search-result__excerpt').allTextContents()).join('')).not.toContain(BLOCK_BREAK);
  // Opened with either term, the entry marks only what search matched.
  const open = (q: string) => page.goto(`${entry.page}?${new URLSearchParams({ hl: q })}#${entry.id}`);
  const marks = page.locator(`[id="${entry.id}"] mark.search-hit`);
  await open(alone);
  await expect(marks.first()).toBeVisible();
  await open(across(entry));
  await expect(page.locator(`[id="${entry.id}"]`)).toBeVisible();
  await expect(marks).toHaveCount(0);
});

test('with no exact match, a separately labelled 相近结果 list appears', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('法治政府建设述职评议考核办法'));
  await done(page);
  expect(truth('法治政府建设述职评议考核办法')).toEqual([]);
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', '0');
  // The page announces when the near index has answered (or failed to load): wait for that state.
  await expect(page.locator('[data-search-near]')).toHaveAttribute('data-search-near-state', 'done');
  await expect(page.locator('[data-search-near] h2')).toHaveText('相近结果');
  await expect(page.locator('[data-search-near] li').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says search needs JavaScript and links to the sections', async ({ page }) => {
    await page.goto('/search/?q=亲自督办');
    await expect(page.getByText('搜索需要启用 JavaScript')).toBeVisible();
    for (const path of ['/reports/', '/guides/', '/phrases/']) await expect(page.locator(`main a[href="${path}"]`)).toBeVisible();
    await expect(page.locator('[data-search-form]')).toBeHidden();
  });
});

test('a level slot template is found by any level form it covers: 全面依法治市委员会 finds 全面依法治〔县〕委员会', async ({ page }) => {
  for (const q of ['全面依法治市委员会', '全面依法治区委员会', '全面依法治镇委员会']) {
    await page.goto(`/search/?q=${q}`);
    await done(page);
    await expect(page.locator('[data-search-result][href*="#quan-mian-yi-fa-zhi-xian-wei-yuan-hui"]'), q).toHaveCount(1);
  }
});

test('a 10,000-character query goes into the address cut to the 100 characters searched, and the page says so', async ({ page }) => {
  await page.goto('/search/');
  const typed = '法治政府建设'.repeat(1667).slice(0, 10_000);
  await page.locator('[data-search-input]').fill(typed);
  await page.locator('[data-search-input]').press('Enter');
  await done(page);
  const used = typed.slice(0, 100);
  expect(new URL(page.url()).searchParams.get('q')).toBe(used);
  expect(page.url().length).toBeLessThan(1_000);
  await expect(page.locator('[data-search-notice]')).toHaveText('检索词有 10000 个字，超过 100 个字的上限，只按前 100 个字检索，网址中也只保留这些字。');
  await expect(page.locator('[data-search-input]')).toHaveValue(used);
  // A link carrying such a query is cut the same way on arrival.
  await page.goto(`/search/?q=${encodeURIComponent(typed)}&kind=${encodeURIComponent('范文')}`);
  await done(page);
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe(used);
  expect(url.searchParams.get('kind')).toBe('范文');
  await expect(page.locator('[data-search-notice]')).toHaveText('检索词有 10000 个字，超过 100 个字的上限，只按前 100 个字检索，网址中也只保留这些字。');
});
