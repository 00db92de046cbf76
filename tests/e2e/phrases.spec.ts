import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { isTemplate, normalize, templateToRegExp } from '../../src/shared/normalize.ts';

/** The phrase bank as written in the YAML files: the ground truth these tests compare pages with. */
interface YamlPhrase {
  id: string;
  text: string;
  topics: string[];
  sections: string[];
  pattern: string;
  move: string;
  variants?: string[];
  status?: string;
}
const DIR = 'src/content/phrases/';
const PHRASES: YamlPhrase[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(DIR + f, 'utf8')) as YamlPhrase[]);
const BY_ID = new Map(PHRASES.map((p) => [p.id, p]));
const REPORTS = readdirSync('src/content/reports').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

// A topic page's rows and term tags carry only their id (PhraseRow); other entries data-phrase-id.
const phraseIdsOn = (page: Page) =>
  page.locator('[data-phrase-id], ol.phrase-rows > li, .term-tags--index li[id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase-id') ?? e.id));
/** The page of a phrase's full entry: its move's page under its first topic. */
const entryPage = (p: YamlPhrase) => `/phrases/${p.topics[0]}/${p.move}/`;

test('phrase bank home offers both ways in, and the four pattern types', async ({ page }) => {
  await page.goto('/phrases/');
  await expect(page.locator('h1')).toHaveText('规范表述');
  await expect(page.locator('#by-topic')).toBeVisible();
  await expect(page.locator('#by-section')).toBeVisible();
  for (const p of ['fixed', 'series', 'template', 'term']) await expect(page.locator(`main a[href="/phrases/patterns/${p}/"]`)).toHaveCount(1);
  // Side by side on a wide screen.
  const topicBox = (await page.locator('section[aria-labelledby="by-topic"]').boundingBox())!;
  const sectionBox = (await page.locator('section[aria-labelledby="by-section"]').boundingBox())!;
  expect(sectionBox.x).toBeGreaterThan(topicBox.x + topicBox.width - 1);
});

test('复制 puts exactly the phrase text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const id of ['si-ge-qinzi', PHRASES.find((p) => p.pattern === 'template')!.id]) {
    const yaml = BY_ID.get(id)!;
    // On the topic page's row and on the full entry.
    for (const [path, entry] of [[`/phrases/${yaml.topics[0]}/`, page.locator(`ol.phrase-rows > li[id="${id}"]`)], [entryPage(yaml), page.locator(`li.phrase--full[data-phrase-id="${id}"]`)]] as const) {
    await page.goto(path);
    const shown = await entry.locator('[data-phrase-text]').textContent();
    expect(shown).toBe(yaml.text);
    const main = entry.locator('button.copy-phrase').first();
    await main.click();
    await expect(main).toHaveAccessibleName('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    expect(copied).toBe(yaml.text);
    }
  }
  expect(BY_ID.get('si-ge-qinzi')!.text).toContain('亲自部署');
  expect(errors).toEqual([]);
});

test('each variant has its own 复制 button, which copies exactly that variant', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const withVariants = ['shui-zhifa-shui-pufa', 'qieshi-lvxing-diyi-zerenren-zhize', PHRASES.find((p) => p.pattern === 'template' && (p.variants ?? []).some(isTemplate))!.id];
  for (const id of withVariants) {
    const yaml = BY_ID.get(id)!;
    expect((yaml.variants ?? []).length).toBeGreaterThan(0);
    await page.goto(entryPage(yaml));
    await page.locator(`[data-phrase-id="${id}"] details.fold > summary`, { hasText: '其他写法' }).click();
    const items = page.locator(`[data-phrase-id="${id}"] li.phrase__variant`);
    await expect(items).toHaveCount(yaml.variants!.length);
    for (const [i, variant] of yaml.variants!.entries()) {
      const item = items.nth(i);
      expect(await item.locator('[data-variant-text]').textContent()).toBe(variant);
      const button = item.getByRole('button', { name: '复制' });
      await button.click();
      await expect(button).toHaveAccessibleName('已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(variant);
    }
  }
});

test('every entry shows its variants, each exactly as written in the YAML', async ({ page }) => {
  for (const path of new Set(PHRASES.map(entryPage))) {
    await page.goto(path);
    const shown = await page.locator('li.phrase--full, li.term').evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-phrase-id')!, [...li.querySelectorAll('[data-variant-text]')].map((v) => v.textContent!)] as [string, string[]]),
    );
    for (const [id, variants] of shown) expect(variants, id).toEqual(BY_ID.get(id)!.variants ?? []);
  }
});

test('a concordance line lands on the paragraph that contains the phrase', async ({ page }) => {
  const yaml = BY_ID.get('si-ge-qinzi')!;
  await page.goto(`/phrases/${yaml.topics[0]}/evidence/`);
  const lines = page.locator('[data-phrase-id="si-ge-qinzi"] .kwic a');
  expect(await lines.count()).toBeGreaterThan(0);
  const wordings = [yaml.text, ...(yaml.variants ?? [])].map(normalize);
  for (let i = 0; i < (await lines.count()); i++) {
    const href = (await lines.nth(i).getAttribute('href'))!;
    expect(href).toMatch(/^\/reports\/[a-z0-9-]+\/#[hp]-[0-9a-z]{7}(-\d+)?$/);
    const matched = normalize((await lines.nth(i).locator('mark').textContent())!);
    expect(wordings).toContain(matched);
    if (i === 0) {
      await lines.nth(0).click();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    } else {
      await page.goto(href);
    }
    const target = page.locator(href.slice(href.indexOf('#')));
    await expect(target).toBeInViewport();
    expect(normalize((await target.textContent())!)).toContain(matched);
    if (i === 0) expect(normalize((await target.textContent())!)).toContain(normalize(yaml.text));
    await page.goBack();
  }
});

for (const slug of REPORTS) {
  test(`标出规范表述 marks phrases in ${slug} without changing its text`, async ({ page, request }) => {
    await page.goto(`/reports/${slug}/`);
    const body = page.locator('.report-body');
    const toggle = page.getByRole('button', { name: '标出规范表述' });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const text = await body.evaluate((el) => el.textContent);
    const html = await body.evaluate((el) => el.innerHTML);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const marks = body.locator('a.phrase-mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // Every mark computed at build time was applied: none was skipped as not matching the page.
    const planned = await page.locator('#phrase-marks-data').evaluate((el) => JSON.parse(el.textContent!).marks.length);
    await expect(page.locator('[data-phrase-marks-status]')).toContainText(`已标出 ${planned} 处`);
    expect(await body.evaluate((el) => el.textContent)).toBe(text);
    // Every mark names a phrase of the bank and links to its home entry, which exists.
    const links = await marks.evaluateAll((as) => as.map((a) => [a.getAttribute('data-phrase-id')!, a.getAttribute('href')!, a.textContent!]));
    const pages = new Map<string, string>();
    for (const [id, href, marked] of links) {
      const yaml = BY_ID.get(id);
      expect(yaml, id).toBeDefined();
      expect(href).toBe(`/phrases/${yaml!.topics[0]}/#${id}`);
      expect(marked.length).toBeGreaterThan(0);
      const path = href.split('#')[0];
      if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
      expect(pages.get(path)).toContain(`id="${id}"`);
    }
    // Every mark covers exactly its phrase: its words are the phrase text or a variant (a template's
    // fixed words with its slots filled), it holds both halves of every pair of quotation marks or
    // brackets, it runs across no full stop and cuts no number; 期满 and 已过时 phrases are marked apart.
    const groups = await body.evaluate((root) => {
      const full = root.textContent!;
      const byKey = new Map<string, HTMLAnchorElement[]>();
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a.phrase-mark')) byKey.set(a.dataset.mark!, [...(byKey.get(a.dataset.mark!) ?? []), a]);
      return [...byKey.values()].map((as) => {
        const range = document.createRange();
        range.setStart(root, 0);
        range.setEndBefore(as[0]);
        const start = range.toString().length;
        range.setEndAfter(as[as.length - 1]);
        const end = range.toString().length;
        return {
          id: as[0].dataset.phraseId!,
          dated: as.every((a) => a.classList.contains('phrase-mark--dated')),
          undated: as.every((a) => !a.classList.contains('phrase-mark--dated')),
          text: full.slice(start, end),
          joined: as.map((a) => a.textContent).join(''),
          before: full.slice(Math.max(0, start - 1), start),
          after: full.slice(end, end + 1),
        };
      });
    });
    expect(groups.length).toBe(planned);
    const PAIRS = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['「', '」']];
    for (const g of groups) {
      const yaml = BY_ID.get(g.id)!;
      const where = `${g.id}: “${g.text}”`;
      expect(g.joined, where).toBe(g.text);
      const wordings = [yaml.text, ...(yaml.variants ?? [])];
      const matches = wordings.some((w) =>
        isTemplate(w) ? new RegExp(`^(?:${templateToRegExp(w).source})$`, 'u').test(normalize(g.text)) : normalize(g.text) === normalize(w),
      );
      expect(matches, where).toBe(true);
      for (const [open, close] of PAIRS) expect(g.text.split(open).length, where).toBe(g.text.split(close).length);
      if (!wordings.some((w) => /[。！？；]/.test(w))) expect(g.text, where).not.toMatch(/[。！？；]/);
      expect(/\d/.test(g.before) && /^\d/.test(g.text), where).toBe(false);
      expect(/\d$/.test(g.text) && /[\d.％%]/.test(g.after), where).toBe(false);
      expect((yaml.status ?? 'current') === 'current' ? g.undated : g.dated, where).toBe(true);
      // Formulations only (issue 29): no 术语, no 句式模板, at least 8 characters, unless 期满 or 已过时.
      if ((yaml.status ?? 'current') === 'current') {
        expect(['fixed', 'series'], where).toContain(yaml.pattern);
        expect(Array.from(normalize(g.text)).length, where).toBeGreaterThanOrEqual(8);
      }
    }
    // A readable density: at most one mark per sentence.
    const sentences = await body.evaluate((el) => el.textContent!.split(/[。！？]/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
    expect(groups.length).toBeLessThanOrEqual(sentences);

    // A whole phrase is marked somewhere: the marked text of one phrase matches it after normalisation.
    const byPhrase = new Map<string, string>();
    for (const [id, , marked] of links) byPhrase.set(id, (byPhrase.get(id) ?? '') + marked);
    expect([...byPhrase].some(([id, marked]) => [BY_ID.get(id)!.text, ...(BY_ID.get(id)!.variants ?? [])].some((w) => normalize(marked).includes(normalize(w))))).toBe(true);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(marks).toHaveCount(0);
    expect(await body.evaluate((el) => el.textContent)).toBe(text);
    expect(await body.evaluate((el) => el.innerHTML)).toBe(html);
    // Text nodes are merged back, not left split.
    const split = await body.evaluate((el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let t = w.nextNode(); t; t = w.nextNode()) if (t.previousSibling?.nodeType === Node.TEXT_NODE) n++;
      return n;
    });
    expect(split).toBe(0);
  });
}

test('a mark leads to the phrase entry', async ({ page }) => {
  await page.goto('/reports/township-party-secretary-2023/');
  await page.getByRole('button', { name: '标出规范表述' }).click();
  const mark = page.locator('.report-body a.phrase-mark').first();
  const id = (await mark.getAttribute('data-phrase-id'))!;
  await mark.click();
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} [data-phrase-text]`)).toHaveText(BY_ID.get(id)!.text);
});

// One test a page: the bank has over a thousand entries, and one test visiting all 23 pages could
// outlast its bound on a loaded machine. Together the per-page tests cover every phrase, because every
// phrase has a first topic and at least one section.
const TOPICS = [...new Set(PHRASES.flatMap((p) => p.topics))].sort();
const ROLES = [...new Set(PHRASES.flatMap((p) => p.sections))].sort();

test('the bank home links to every topic page and the six section pages', async ({ page }) => {
  await page.goto('/phrases/');
  const topicLinks = await page.locator('section[aria-labelledby="by-topic"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const sectionLinks = await page.locator('section[aria-labelledby="by-section"] a[href^="/phrases/sections/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(topicLinks.sort()).toEqual(TOPICS.map((t) => `/phrases/${t}/`));
  expect(sectionLinks.length).toBe(6);
  expect(ROLES.every((r) => sectionLinks.includes(`/phrases/sections/${r}/`))).toBe(true);
});

for (const topic of TOPICS) {
  test(`topic page ${topic} reaches every phrase of the topic; its first-topic phrases are the search passages of its move pages`, async ({ page }) => {
    // Every phrase that lists this topic, first or later, is reachable from its page (those of other
    // topics on the page its section 其他主题中的相关表述 links to); but the plans (next-steps) leave
    // out the 期满 and 已过时 phrases of other topics.
    const ids = new Set<string>();
    await page.goto(`/phrases/${topic}/`);
    const link = page.locator('section.phrase-group--other a');
    const other = (await link.count()) > 0 ? await link.getAttribute('href') : null;
    if (other) {
      await page.goto(other);
      for (const id of await phraseIdsOn(page)) ids.add(id);
      await page.goto(`/phrases/${topic}/`);
    }
    for (const id of await phraseIdsOn(page)) ids.add(id);
    const listed = (x: YamlPhrase) => x.topics[0] === topic || (x.topics.includes(topic) && (topic !== 'next-steps' || (x.status ?? 'current') === 'current'));
    for (const p of PHRASES.filter(listed)) expect(ids.has(p.id), `${p.id} on /phrases/${topic}/`).toBe(true);
    // Each phrase is one search passage, on the page of its move under its first topic.
    await expect(page.locator('main [data-passage]')).toHaveCount(0);
    const own = PHRASES.filter((p) => p.topics[0] === topic);
    for (const move of new Set(own.map((p) => p.move))) {
      await page.goto(`/phrases/${topic}/${move}/`);
      const passages = await page.locator('main [data-passage][data-phrase-id]').evaluateAll((els) => els.map((e) => e.id));
      expect(passages.sort(), move).toEqual(own.filter((p) => p.move === move).map((p) => p.id).sort());
    }
  });
}

/**
 * The phrases a cross-topic page (a section or pattern) lists: on its topics' own pages, which it
 * links to under each topic's heading (its anchor #<topic-id>); none of them a search passage.
 */
async function crossTopicIds(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.locator('main [data-passage]')).toHaveCount(0);
  const lists = await page.locator('section.phrase-group > .phrase-group__more a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const topics = await page.locator('section.phrase-group > h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(lists).toEqual(topics.map((t) => `${path}${t}/`));
  const ids: string[] = [];
  for (const list of lists) {
    await page.goto(list);
    await expect(page.locator('main [data-passage]')).toHaveCount(0);
    ids.push(...(await phraseIdsOn(page)));
  }
  return ids;
}

for (const role of ROLES) {
  test(`section page ${role} reaches every phrase of the section and holds no search passage`, async ({ page }) => {
    const ids = new Set(await crossTopicIds(page, `/phrases/sections/${role}/`));
    for (const p of PHRASES.filter((x) => x.sections.includes(role))) expect(ids.has(p.id), `${p.id} on /phrases/sections/${role}/`).toBe(true);
  });
}

test('pattern pages list each phrase of their type once', async ({ page }) => {
  test.setTimeout(120_000);
  for (const pattern of ['fixed', 'series', 'template', 'term']) {
    const ids = await crossTopicIds(page, `/phrases/patterns/${pattern}/`);
    expect(ids.sort()).toEqual(PHRASES.filter((p) => p.pattern === pattern).map((p) => p.id).sort());
  }
});

test('templates show their slots, and outdated phrases link to their replacement', async ({ page }) => {
  const template = PHRASES.find((p) => p.pattern === 'template')!;
  await page.goto(`/phrases/${template.topics[0]}/`);
  await expect(page.locator(`[id="${template.id}"] [data-phrase-text] .slot`).first()).toHaveText(/^〔.+〕$/);
  const outdated = PHRASES.find((p) => (p as YamlPhrase & { status?: string }).status === 'outdated') as YamlPhrase & { replacedBy: string };
  await page.goto(`/phrases/${outdated.topics[0]}/`);
  const entry = page.locator(`#${outdated.id}`);
  await expect(entry.locator('.status')).toHaveText('已过时');
  const link = entry.locator('.phrase__replaced a');
  await expect(link).toHaveAttribute('href', `/phrases/${BY_ID.get(outdated.replacedBy)!.topics[0]}/#${outdated.replacedBy}`);
  await link.click();
  await expect(page.locator(`#${outdated.replacedBy}`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('copy buttons and the marks toggle stay hidden', async ({ page }) => {
    await page.goto('/phrases/first-responsibility/');
    await expect(page.locator('[id="si-ge-qinzi"] [data-phrase-text]')).toBeVisible();
    await expect(page.locator('button.copy-phrase').first()).toBeHidden();
    await page.goto(`/reports/${REPORTS[0]}/`);
    await expect(page.locator('button[data-phrase-marks-toggle]')).toBeHidden();
  });
});

test('phrase pages are usable at 360 px: no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/phrases/', '/phrases/first-responsibility/', entryPage(BY_ID.get('si-ge-qinzi')!), '/phrases/sections/performance/', '/phrases/patterns/template/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('terms (术语) are a compact tag list at the head of their move, before the cards; 复制 copies exactly the term', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const term = BY_ID.get('xi-jinping-fazhi-sixiang')!;
  expect(term.pattern).toBe('term');
  // On the topic page, a tag that links to the full one on the move's page.
  await page.goto(`/phrases/${term.topics[0]}/`);
  const index = page.locator(`.term-tags--index li[id="${term.id}"]`);
  await expect(index.locator('[data-phrase-text]')).toHaveText(term.text);
  await index.locator('a[data-phrase-text]').click();
  await expect(page).toHaveURL(new RegExp(`${entryPage(term)}#${term.id}$`));
  const tag = page.locator(`li.term[data-phrase-id="${term.id}"]`);
  await expect(tag).toHaveCount(1);
  await expect(tag.locator('[data-phrase-text]')).toHaveText(term.text);
  // Not a full card, and the tag list comes before the move's cards.
  await expect(page.locator(`li.phrase--full[data-phrase-id="${term.id}"]`)).toHaveCount(0);
  const group = page.locator('section.phrase-group', { has: tag });
  const order = await group.evaluate((g) => {
    const tags = g.querySelector('.term-tags')!;
    const card = g.querySelector('li.phrase--full')!;
    return tags.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  const button = tag.getByRole('button', { name: '复制', exact: true });
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(term.text);
  // Its note and attestation open on demand.
  await tag.locator('details.term__details > summary').click();
  await expect(tag.locator('.phrase__note')).toBeVisible();
});

test('within a move, a full formulation comes before the bare term it contains', async ({ page }) => {
  for (const topic of ['study-xi-thought', 'first-responsibility', 'legal-workforce']) {
    await page.goto(`/phrases/${topic}/`);
    const groups = await page.locator('section.phrase-group').evaluateAll((sections) =>
      sections.map((s) => [...s.querySelectorAll('ol.phrase-rows > li')].map((e) => e.id)),
    );
    for (const ids of groups) {
      ids.forEach((id, i) => {
        const text = normalize(BY_ID.get(id)!.text);
        for (const later of ids.slice(i + 1)) {
          const other = normalize(BY_ID.get(later)!.text);
          expect(other.length > text.length && other.includes(text), `${later} contains ${id} but comes after it`).toBe(false);
        }
      });
    }
  }
});

test('a labelled variant shows its label; a 常见误写 is shown struck through, with no 复制 button', async ({ page }) => {
  await page.goto(entryPage(BY_ID.get('qie-shi-l-xing-tui-jin-fa-zhi')!));
  const local = page.locator('[data-phrase-id="qie-shi-l-xing-tui-jin-fa-zhi"] li.phrase__variant');
  await expect(local.locator('[data-variant-label]')).toHaveText('地方做法');
  await page.goto(entryPage(BY_ID.get('qieshi-lvxing-diyi-zerenren-zhize')!));
  const entry = page.locator('[data-phrase-id="qieshi-lvxing-diyi-zerenren-zhize"]');
  await expect(entry.locator('[data-misspelling]')).toHaveText('切实履行法治建设第一责任人职责');
  const copyable = await entry.locator('[data-phrase-text], [data-variant-text]').allTextContents();
  expect(copyable).not.toContain('切实履行法治建设第一责任人职责');
  await expect(entry.locator('.phrase__misspellings button')).toHaveCount(0);
});

test('every 见于 N 份公开报告 carries the caveat and a link to how counting works', async ({ page }) => {
  // Topic pages say it once, above the entries; the companion page on every entry.
  for (const path of ['/phrases/first-responsibility/', '/phrases/study-xi-thought/']) {
    await page.goto(path);
    await expect(page.locator('.phrase-page__how')).toContainText('没有列出的报告不等于没有这条表述');
    await expect(page.locator('.phrase-page__how a[href="/public-reports/#how-counted"]')).toHaveCount(1);
    await page.goto(`${path}evidence/`);
    const summaries = page.locator('.attestation__summary', { hasText: '份公开报告' });
    const n = await summaries.count();
    expect(n).toBeGreaterThan(5);
    await expect(summaries.locator('[data-attestation-caveat]')).toHaveCount(n);
    await expect(summaries.locator('a[href="/public-reports/#how-counted"]')).toHaveCount(n);
  }
  await page.goto('/public-reports/');
  await expect(page.locator('#how-counted')).toContainText('不等于报告里没有');
});
