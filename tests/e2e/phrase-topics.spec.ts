/**
 * Topic pages for scanning (issue 29, items 2 and 7): a one-level contents list by move, entries with
 * wording, status, note and counts and their longer parts folded under their own labels, a bound on
 * the HTML size, year charts whose labels do not collide, and 期满/已过时 entries kept in their place.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { config } from '../../src/build/config.ts';
import { noteLead, topicPageBytes, type RowDetail } from '../../src/build/topic-page-budget.ts';

interface YamlPhrase { id: string; text: string; topics: string[]; move: string; note: string; pattern: string; status?: string; replacedBy?: string; variants?: string[] }
const PHRASES: YamlPhrase[] = readdirSync('src/content/phrases').filter((f) => f.endsWith('.yaml')).flatMap((f) => parse(readFileSync(`src/content/phrases/${f}`, 'utf8')) as YamlPhrase[]);
const TOPICS = readdirSync('src/content/topics').map((f) => f.replace(/\.(ya?ml|md)$/, ''));
const builtTopicPage = (t: string) => readFileSync(`${config.e2eDist}/phrases/${t}/index.html`, 'utf8');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** A row or term tag of a built topic page: the element with the phrase's id, up to its end (they hold no nested lists). */
function builtRow(html: string, id: string): string | undefined {
  const start = html.search(new RegExp(`<li[^>]* id="${id}"`));
  return start < 0 ? undefined : html.slice(start, html.indexOf('</li>', start));
}
/**
 * What each row of a built topic page shows beside wording and status (topicRowDetails), read from its
 * HTML: the note in full, its first sentence (noteLead), the counts only or nothing; undefined when the
 * row's note is neither. Term tags show what the page's other rows show at the least.
 */
function builtDetails(t: string): Map<string, RowDetail | undefined> {
  const html = builtTopicPage(t);
  const own = PHRASES.filter((p) => p.topics[0] === t);
  const detailOf = (p: YamlPhrase): RowDetail | undefined => {
    // li > p holds the note, then the counts' <small> if the phrase has any uses or reports.
    const note = builtRow(html, p.id)?.match(/<p>([^<]*)(?:<small>|<\/p>)/)?.[1];
    if (!note) return builtRow(html, p.id)?.includes('<small>') ? 'counts' : 'bare';
    return unescape(note) === p.note ? 'note' : unescape(note) === noteLead(p.note) ? 'lead' : undefined;
  };
  const rows = new Map(own.filter((p) => p.pattern !== 'term').map((p) => [p.id, detailOf(p)]));
  const least = rows.has('bare') ? 'bare' : [...rows.values()].includes('counts') ? 'counts' : 'note';
  for (const p of own.filter((p) => p.pattern === 'term')) rows.set(p.id, least);
  return rows;
}
const builtRowHasNote = (t: string) => [...builtDetails(t).values()].some((d) => d === 'note' || d === 'lead');


test('every topic page stays under 80 KB of HTML, with no exception, and every row on it shows its note', () => {
  // The bound holds as phrases are added: the rows cut their notes to the first sentence, then shed
  // them, then their counts, before a page would pass it (topicRowDetails); npm run bench:phrase-topics
  // measures a multiplied bank. Today every row of every topic shows its note, in full or its first sentence.
  const sizes = TOPICS.map((t) => [t, statSync(`${config.e2eDist}/phrases/${t}/index.html`).size] as const);
  expect(sizes.length).toBeGreaterThan(10);
  for (const [t, size] of sizes) expect(size, t).toBeLessThan(80 * 1024);
  const withoutNote = TOPICS.flatMap((t) => [...builtDetails(t)].filter(([id, d]) => d !== 'note' && d !== 'lead' && PHRASES.find((p) => p.id === id)!.pattern !== 'term').map(([id, d]) => `${t}#${id}: ${d ?? 'a note that is not its own'}`));
  expect(withoutNote).toEqual([]);
  // Most notes are shown in full: only the fullest topics cut some, the least attested first.
  const details = TOPICS.flatMap((t) => [...builtDetails(t).values()]);
  expect(details.filter((d) => d === 'note').length).toBeGreaterThan(details.filter((d) => d === 'lead').length * 5);
});

test('section and pattern pages stay under 80 KB, each topic\'s list on a page of its own', () => {
  // A section (工作成效) or pattern (固定提法) spans most of the bank: 826 KB and 685 KB when they listed
  // every phrase. Now each topic shows its best attested few and links to its own list page, which holds
  // one topic's phrases only (94 KB at most before compact entries lost their redundant markup).
  const root = `${config.e2eDist}/phrases`;
  const crossTopic = ['sections', 'patterns'].flatMap((kind) => readdirSync(`${root}/${kind}`).map((x) => `${root}/${kind}/${x}`));
  expect(crossTopic.length).toBeGreaterThanOrEqual(10);
  for (const dir of crossTopic) {
    expect(statSync(`${dir}/index.html`).size, dir).toBeLessThan(80 * 1024);
    const lists = readdirSync(dir).filter((t) => TOPICS.includes(t));
    expect(lists.length, dir).toBeGreaterThan(0);
    for (const t of lists) {
      const html = readFileSync(`${dir}/${t}/index.html`, 'utf8');
      expect(Buffer.byteLength(html), `${dir}/${t}`).toBeLessThan(80 * 1024);
      const homes = new Set([...html.matchAll(/data-phrase-id="([^"]+)"/g)].map((m) => PHRASES.find((p) => p.id === m[1])!.topics[0]));
      expect([...homes], `${dir}/${t}`).toEqual([t]);
    }
  }
});

/** How many reports the (first) list of public reports in a piece of built HTML links to. */
const reportsListed = (html: string) => html.match(/<ul class="attestation__list">(.*?)<\/ul>/)?.[1].match(/<li><a href="\/public-reports\//g)?.length ?? 0;

test('move pages stay under 80 KB; the companion page lists each phrase\'s latest reports, and its own page lists them all', () => {
  const root = `${config.e2eDist}/phrases`;
  const moves = [...new Set(PHRASES.map((p) => `${p.topics[0]}/${p.move}`))];
  expect(moves.length).toBeGreaterThan(30);
  for (const m of moves) expect(statSync(`${root}/${m}/index.html`).size, m).toBeLessThan(80 * 1024);
  // A phrase attested by more reports than its companion entry lists links to a page of them all.
  let cut = 0;
  for (const t of TOPICS) {
    // Each entry, up to the next one (entries hold lists of their own).
    const entries = readFileSync(`${root}/${t}/evidence/index.html`, 'utf8').split('<li class="phrase phrase--evidence"').slice(1);
    expect(entries.length, t).toBeGreaterThan(0);
    for (const entry of entries) {
      const p = { id: entry.match(/^ id="([^"]+)"/)![1] };
      const count = Number(entry.match(/data-attested-count="(\d+)"/)![1]);
      const listed = reportsListed(entry);
      const all = entry.match(/<a href="([^"]+)" data-all-reports>/)?.[1];
      if (!all) { expect(listed, p.id).toBe(count); continue; }
      cut++;
      expect(listed, p.id).toBeLessThan(count);
      expect(all).toBe(`/phrases/${t}/evidence/${p.id}/`);
      const page = readFileSync(`${config.e2eDist}${all}index.html`, 'utf8');
      expect(reportsListed(page), all).toBe(count);
      expect(page, all).not.toContain('data-pagefind-body');
    }
  }
  expect(cut).toBeGreaterThan(10);
});

test('the build\'s estimate of a topic page, which picks what its rows show, is never below the page\'s real size', () => {
  for (const t of TOPICS) {
    const html = builtTopicPage(t);
    const details = builtDetails(t);
    const yaml = parse(readFileSync(`src/content/topics/${t}.yaml`, 'utf8')) as { name: string; moves: { name: string; description: string }[] };
    const own = PHRASES.filter((p) => p.topics[0] === t).map((p) => ({
      id: p.id, data: { text: p.text, move: p.move, note: p.note, pattern: p.pattern, status: p.status, replacedBy: p.replacedBy }, attested: 0,
      counts: unescape(builtRow(html, p.id)?.match(/<small>([^<]*)<\/small>/)?.[1] ?? ''),
    }));
    const plan = new Map(own.map((p) => [p.id, details.get(p.id) ?? 'note']));
    expect(topicPageBytes({ id: t, ...yaml }, own, plan), t).toBeGreaterThanOrEqual(Buffer.byteLength(html));
  }
});

test('every /phrases/<topic>/#<phrase-id> lands, without JavaScript, on the wording, status and a link to the full entry', () => {
  // Read from the built HTML, so nothing a script adds counts.
  const pages = new Map(TOPICS.map((t) => [t, readFileSync(`${config.e2eDist}/phrases/${t}/index.html`, 'utf8')]));
  const entryPages = new Map<string, string>();
  const failures: string[] = [];
  for (const p of PHRASES) {
    const li = builtRow(pages.get(p.topics[0])!, p.id);
    if (li === undefined) { failures.push(`${p.id}: no element`); continue; }
    const wording = li.match(/<a href="([^"]+)" data-phrase-text[^>]*>(.*?)<\/a>/);
    if (!wording || wording[2].replace(/<[^>]+>/g, '') !== p.text.replace(/&/g, '&amp;')) failures.push(`${p.id}: wording`);
    // A 现行 badge is class="status" alone (StatusBadge); the others carry their modifier.
    const status = li.match(/<span class="status(?: status--(expired|outdated))?">([^<]+)</);
    if (!status || (status[1] ?? 'current') !== (p.status ?? 'current') || !status[2]) failures.push(`${p.id}: status`);
    if (!wording) continue;
    // The link leads to the phrase's full entry: its move page holds its search passage.
    const target = new URL(wording[1], `http://x/phrases/${p.topics[0]}/`);
    const file = `${config.e2eDist}${target.pathname}index.html`;
    if (!entryPages.has(file)) entryPages.set(file, readFileSync(file, 'utf8'));
    const entry = entryPages.get(file)!;
    if (target.hash !== `#${p.id}` || !new RegExp(`id="${p.id}" data-phrase-id="${p.id}"[^>]* data-passage`).test(entry)) failures.push(`${p.id}: full entry at ${target.pathname}${target.hash}`);
  }
  expect(failures).toEqual([]);
  expect(PHRASES.length).toBeGreaterThan(1000);
});

test('a topic page opens with a one-level contents list of its moves', async ({ page }) => {
  await page.goto('/phrases/study-xi-thought/');
  const toc = page.locator('nav.moves');
  await expect(toc.locator('ol ol')).toHaveCount(0);
  const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const headings = await page.locator('section.phrase-group > h2').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
  expect(targets).toEqual(headings);
  // The contents list comes before the first entry.
  const before = await toc.evaluate((n) => !!(n.compareDocumentPosition(document.querySelector('ol.phrase-rows > li, .term-tags--index li')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(before).toBe(true);
});

test('a row shows wording, status, counts and note, and leads to the full entry, whose longer parts fold under their own labels', async ({ page }) => {
  await page.goto('/phrases/first-responsibility/');
  const row = page.locator('ol.phrase-rows > li[id="si-ge-qinzi"]');
  await expect(row.locator('[data-phrase-text]')).toHaveText(PHRASES.find((p) => p.id === 'si-ge-qinzi')!.text);
  await expect(row.locator('.status')).toHaveText('现行');
  await expect(row.locator('p > small')).toHaveText(/^范文 \d+ 处 · 公开报告 \d+ 份（\d{4}(—\d{4})?）$/);
  await expect(row.locator('p')).toContainText(PHRASES.find((p) => p.id === 'si-ge-qinzi')!.note);
  await expect(page.locator('details.fold')).toHaveCount(0);
  await row.locator('a[data-phrase-text]').click();
  await expect(page).toHaveURL(/\/phrases\/first-responsibility\/four-personally\/#si-ge-qinzi$/);
  await expect(page.locator('#si-ge-qinzi')).toBeInViewport();
  const labels = await page.locator('details.fold > summary').allTextContents();
  expect(labels.length).toBeGreaterThan(3);
  for (const l of labels) expect(l).toMatch(/^(其他写法|范文用例|公开报告列表)（\d+）$/);
  expect(await page.locator('details.fold[open]').count()).toBe(0);
  const entry = page.locator('li.phrase--full[data-phrase-id="si-ge-qinzi"]');
  await expect(entry.locator('[data-phrase-text]')).toBeVisible();
  await expect(entry.locator('.status')).toHaveText('现行');
  await expect(entry.locator('.phrase__note')).toBeVisible();
  await expect(entry.locator('.phrase__tags')).toContainText(/范文 \d+ 处.*公开报告 \d+ 份/);
  // 范文用例 and 公开报告列表 are each labelled, so the excerpts never read as public reports.
  const uses = entry.locator('details.fold', { has: page.locator('summary', { hasText: /^范文用例/ }) });
  const reports = entry.locator('details.fold', { has: page.locator('summary', { hasText: /^公开报告列表/ }) });
  await expect(uses.locator('.kwic a').first()).toBeHidden();
  await uses.locator('summary').click();
  await expect(uses.locator('.kwic a').first()).toBeVisible();
  await expect(uses.locator('.kwic a').first()).toHaveAttribute('href', /^\/reports\//);
  await reports.locator('summary').click();
  await expect(reports.locator('a[href^="/public-reports/#"]').first()).toBeVisible();
  // The rest is on the companion page, at the same anchor.
  const all = reports.locator('a[href="../evidence/#si-ge-qinzi"]');
  if (await all.count()) {
    await all.click();
    await expect(page.locator('#si-ge-qinzi .attestation__list')).toBeVisible();
  }
});

test('year charts label the first and last year apart, and give each count on hover and in print', async ({ page }) => {
  await page.goto('/phrases/first-responsibility/evidence/');
  const charts = page.locator('svg.attestation__chart');
  expect(await charts.count()).toBeGreaterThan(3);
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    const years = chart.locator('text.attestation__year');
    const boxes = await years.evaluateAll((ts) => ts.map((t) => (t as SVGGraphicsElement).getBoundingClientRect()).map((r) => [r.left, r.right]));
    if (boxes.length === 2) expect(boxes[0][1] + 4, `chart ${i}`).toBeLessThan(boxes[1][0]);
    const titles = await chart.locator('title').allTextContents();
    const label = (await chart.getAttribute('aria-label'))!;
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(label).toContain(t);
    await expect(chart.locator('text.attestation__n').first()).toBeHidden();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(charts.first().locator('text.attestation__n').first()).toBeVisible();
});

test('printing a topic prints every row\'s wording, status, note and counts; no links to the full entries', async ({ page }) => {
  // A topic whose notes are all shown in full, and the largest topic, some of whose notes are cut.
  const full = TOPICS.find((t) => [...builtDetails(t).values()].every((d) => d === 'note'))!;
  expect(full).toBeTruthy();
  expect(builtRowHasNote('law-enforcement')).toBe(true);
  for (const topic of new Set([full, 'law-enforcement'])) {
    await page.goto(`/phrases/${topic}/`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.phrase-group__more', 'nav.moves', 'button']) expect(await page.locator(`main ${sel}`).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length), `${topic} ${sel}`).toBe(0);
    // Term tags print their wording and status; rows their note (li > p) and counts (its <small>, if any) too.
    const missing = await page.locator('main ol.phrase-rows > li, main .term-tags--index li').evaluateAll((els) =>
      els.flatMap((e) => {
        const shown = (s: string) => [...e.querySelectorAll(s)].some((x) => x.getClientRects().length > 0);
        const counts = e.querySelector(':scope > p > small') ? [':scope > p > small'] : [];
        const need = e.matches('li.term') ? ['[data-phrase-text]', '.status'] : ['[data-phrase-text]', '.status', ':scope > p', ...counts];
        return need.filter((s) => !shown(s)).map((s) => `${e.id} ${s}`);
      }));
    expect(await page.locator('main ol.phrase-rows > li').count()).toBeGreaterThan(10);
    expect(missing, topic).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('期满 and 已过时 entries have a secondary (outlined) 复制; the current ones a filled one', async ({ page }) => {
  await page.goto('/phrases/legal-publicity/');
  const bg = (id: string) => page.locator(`[id="${id}"] button.copy-phrase`).evaluate((b) => getComputedStyle(b).backgroundColor);
  const current = PHRASES.find((p) => p.topics[0] === 'legal-publicity' && (p.status ?? 'current') === 'current' && !/term/.test(String((p as { pattern?: string }).pattern)))!;
  await expect(page.locator(`[id="bawu-pufa"] button.copy-phrase`)).toBeVisible();
  const filled = await bg(current.id);
  const outlined = await bg('bawu-pufa');
  expect(outlined).toBe('rgb(255, 255, 255)');
  expect(filled).not.toBe(outlined);
});

test('the plans (下一步打算) do not list 期满 or 已过时 phrases of other topics', async ({ page }) => {
  // The topic page links to them; they are listed on a page of their own.
  await page.goto('/phrases/next-steps/');
  await page.locator('section.phrase-group--other a').click();
  await expect(page).toHaveURL(/\/phrases\/next-steps\/other-topics\/$/);
  const related = page.locator('section.phrase-group--other');
  const ids = await related.locator('[data-phrase-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase-id')!));
  expect(ids.length).toBeGreaterThan(10);
  await expect(related).not.toContainText('持续抓好“八五”普法宣传');
  for (const id of ids) expect(PHRASES.find((p) => p.id === id)!.status ?? 'current', id).toBe('current');
  await expect(related.locator('.status--expired, .status--outdated')).toHaveCount(0);
});
