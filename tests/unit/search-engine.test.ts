import { describe, expect, it } from 'vitest';
import { alignedStarts, exactSearch, type PagefindApi, type PagefindResponse, type PagefindResult } from '../../src/shared/search/engine.ts';
import { pageTokens, passageAt, passageLayout, termPlan } from '../../src/shared/search/ngrams.ts';
import { readTable, tableEntry, type PageFile, type PassageEntry, type PassageStore, type PassageTable } from '../../src/shared/search/passage-table.ts';
import type { PhraseStatus } from '../../src/shared/search/facts.ts';
import { buildWordFilter, mayContain, probes } from '../../src/shared/search/word-filter.ts';
import { nearPieces, nearSearch } from '../../src/shared/search/near.ts';
import { normalize } from '../../src/shared/normalize.ts';
import { parseQuery } from '../../src/shared/search/query.ts';

interface Doc {
  url: string;
  text: string;
  heading: boolean;
  kind: string;
  /** A phrase entry: its phrase (the start of its text) and status. */
  phrase?: { text: string; status: PhraseStatus; label: string; replacement?: string };
}

const corpus: Doc[] = [
  { url: '/r/a/#h-1', text: '一、深入推进“八五”普法', heading: true, kind: '范文' },
  { url: '/r/a/#p-1', text: '持续抓好“八五”普法宣传，八五普法工作扎实。', heading: false, kind: '范文' },
  { url: '/r/a/#p-2', text: '八五计划中的普法工作，普及法律常识。', heading: false, kind: '范文' },
  { url: '/g/b/#p-1', text: '带头学法、守法、用法，做到学法守法用法。', heading: false, kind: '指引' },
  { url: '/g/b/#p-2', text: '学法用法，守法护法。', heading: false, kind: '指引' },
  { url: '/g/b/#p-3', text: '法', heading: false, kind: '指引' },
];

/** The corpus as the indexer writes it: one record per page, a passage table and page files. */
function fakeSite(docs = corpus) {
  const pages = [...new Set(docs.map((c) => c.url.split('#')[0]))].map((url, order) => {
    const passages = docs.filter((c) => c.url.startsWith(url));
    return { url, order, kind: passages[0].kind, passages, tokens: pageTokens(passages.map((p) => normalize(p.text))).tokens };
  });
  const table: PassageTable = {};
  const files = new Map<string, PageFile>();
  const entry = (c: Doc): PassageEntry => {
    const id = c.url.split('#')[1];
    if (!c.phrase) return [id, c.text];
    const { text, status, label, replacement } = c.phrase;
    return replacement ? [id, c.text, text.length, status, label, replacement] : [id, c.text, text.length, status, label];
  };
  for (const p of pages) {
    const id = `rec${p.order}`;
    table[id] = tableEntry(
      `file${p.order}`,
      p.order,
      p.passages.map((c) => ({ length: Array.from(normalize(c.text)).length, heading: c.heading, ...(c.phrase ? { phrase: Array.from(normalize(c.phrase.text)).length } : {}) })),
    );
    files.set(`file${p.order}`, { url: p.url, title: 'T', kind: p.kind, passages: p.passages.map(entry) });
  }
  // The word filter and chunk list as the indexer derives them from the index words; chunks of 40 words.
  const vocabulary = [...new Set(pages.flatMap((p) => p.tokens))].sort();
  const partitions = buildWordFilter(vocabulary, vocabulary.length);
  const firstWords = vocabulary.filter((_, i) => i % 40 === 0);
  /** Partitions fetched, by index. */
  const fetched: number[] = [];
  const store: PassageStore = {
    records: async () => readTable(table),
    page: async (f) => files.get(f)!,
    mayHave: async (words) =>
      words.map((w) => {
        const { partition } = probes(w, partitions.length);
        fetched.push(partition);
        return mayContain(partitions[partition], w, partitions.length);
      }),
    chunks: async () => firstWords,
  };
  return { pages, store, vocabulary, firstWords, fetched };
}

/**
 * A stand-in for Pagefind 1.6 (pagefind_core_search) over page records: each query word matches
 * the indexed words that start with it; when none does, the longest indexed word that is a
 * prefix of it; a word that matches nothing is dropped. AND over words, filters.
 */
function fakePagefind(docs = corpus): PagefindApi & { searched: string[] } {
  const records = fakeSite(docs).pages;
  const searched: string[] = [];
  const vocabulary = [...new Set(records.flatMap((r) => r.tokens))];
  const expand = (w: string): string[] => {
    const ext = vocabulary.filter((t) => t.startsWith(w));
    if (ext.length) return ext;
    const prefixes = vocabulary.filter((t) => w.startsWith(t)).sort((a, b) => b.length - a.length);
    return prefixes.slice(0, 1);
  };
  return {
    searched,
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term, o = {}): Promise<PagefindResponse> => {
      searched.push(term ?? '');
      const words = (term ?? '').split(' ').filter(Boolean).map(expand).filter((ext) => ext.length > 0);
      if (words.length === 0) return { results: [], filters: {} };
      const filters = (o.filters ?? {}) as Record<string, string>;
      const matched = records
        .filter((r) => !filters.kind || r.kind === filters.kind)
        .filter((r) => words.every((ext) => r.tokens.some((t) => ext.includes(t))));
      const results: PagefindResult[] = matched.map((r) => ({
        id: `rec${r.order}`,
        score: 1,
        words: r.tokens.flatMap((t, i) => (words.some((ext) => ext.includes(t)) ? [i] : [])),
        data: async () => ({ url: r.url, meta: {} }),
      }));
      return { results, filters: {} };
    },
  };
}

const truth = (q: string, kind?: string) => {
  const { terms } = parseQuery(q);
  return corpus.filter((c) => (!kind || c.kind === kind) && terms.every((t) => normalize(c.text).includes(t))).map((c) => c.url).sort();
};

describe('exactSearch', () => {
  const pf = fakePagefind();
  const { store } = fakeSite();
  const queries = ['八五普法', '学法守法用法', '法', '普法', '学法 用法', '八五', '守法护法', '法律常识', '不存在', '法 八五普法', '党 法', '党法治', 'svg法治',
    // absent terms whose prefixes are indexed: Pagefind's prefix fallback must not turn them into hits
    '法党', '普法党', '八五普法党', '守法护法党', '用法学',
    // terms that run across two passages of one page, or sit in different passages of it
    '用法学法', '护法法', '常识学法', '八五计划 八五普法', '常识 扎实'];
  for (const q of queries) {
    it(`returns exactly the passages containing ${q}`, async () => {
      const res = await exactSearch(pf, store, parseQuery(q).terms, {});
      const hits = await res.load(0, 100);
      expect(res.total).toBe(hits.length);
      expect(hits.map((h) => h.url).sort()).toEqual(truth(q));
    });
  }
  it('applies filters', async () => {
    const res = await exactSearch(pf, store, ['法'], { kind: '指引' });
    expect((await res.load(0, 100)).map((h) => h.url).sort()).toEqual(truth('法', '指引'));
  });
  it('ranks headings first, then by occurrences, and pages results', async () => {
    const res = await exactSearch(pf, store, ['八五普法'], {});
    const hits = await res.load(0, 100);
    expect(hits.map((h) => h.url)).toEqual(['/r/a/#h-1', '/r/a/#p-1']);
    expect(hits[1].occurrences).toBe(2);
    const lazy = await exactSearch(pf, store, ['法'], {});
    const all = await lazy.load(0, 100);
    expect(all[0].heading).toBe(true);
    expect(await lazy.load(1, 2)).toEqual(all.slice(1, 3));
  });
  it('ranks a phrase entry whose whole phrase is the query first, and gives a phrase hit its title and status', async () => {
    const docs: Doc[] = [
      { url: '/r/a/#h-1', text: '一、深入推进“八五”普法', heading: true, kind: '范文' },
      { url: '/r/a/#p-1', text: '八五普法，八五普法，八五普法。', heading: false, kind: '范文' },
      { url: '/t/x/#long', text: '持续抓好“八五”普法宣传\u2029八五普法已期满。', heading: false, kind: '规范表述', phrase: { text: '持续抓好“八五”普法宣传', status: 'expired', label: '期满（2021—2025年）' } },
      { url: '/t/x/#pre', text: '八五普法宣传\u2029写明场次。', heading: false, kind: '规范表述', phrase: { text: '八五普法宣传', status: 'current', label: '现行' } },
      { url: '/t/x/#bawu', text: '八五普法\u2029第八个五年规划。', heading: false, kind: '规范表述', phrase: { text: '八五普法', status: 'outdated', label: '已过时', replacement: '“八五”普法规划' } },
    ];
    const hits = await (await exactSearch(fakePagefind(docs), fakeSite(docs).store, ['八五普法'], {})).load(0, 10);
    // The exact entry first, although it is last in site order and neither a heading nor the most frequent.
    expect(hits.map((h) => h.url)).toEqual(['/t/x/#bawu', '/r/a/#h-1', '/r/a/#p-1', '/t/x/#long', '/t/x/#pre']);
    expect(hits.map((h) => !!h.exact)).toEqual([true, false, false, false, false]);
    expect(hits[0]).toMatchObject({ label: '八五普法', copy: '八五普法', phrase: { status: 'outdated', label: '已过时', replacement: '“八五”普法规划' } });
    expect(hits[3]).toMatchObject({ label: '持续抓好“八五”普法宣传', phrase: { status: 'expired', label: '期满（2021—2025年）' } });
    expect(hits[1].label).toBeUndefined();
    // Two terms: no phrase is the whole query.
    const two = await (await exactSearch(fakePagefind(docs), fakeSite(docs).store, ['八五', '普法'], {})).load(0, 10);
    expect(two.some((h) => h.exact)).toBe(false);
  });
  it('returns nothing for no terms', async () => {
    expect((await exactSearch(pf, store, [], {})).total).toBe(0);
  });
  it('searches no index word when the word filter rules one out', async () => {
    const own = fakePagefind();
    const looked = new Set<string>();
    // 龘 occurs nowhere: its unigram is not in the filter (1% false positives; this one is clear).
    expect((await exactSearch(own, store, ['八五普法', '龘'], {}, looked)).total).toBe(0);
    expect(own.searched).toEqual([]);
    expect(looked.size).toBe(0);
    expect((await exactSearch(own, store, ['八五普法'], {}, looked)).total).toBe(2);
    expect(own.searched.length).toBe(termPlan('八五普法').length);
    expect([...looked]).toEqual(termPlan('八五普法').map((p) => p.token));
  });
});

describe('word filter', () => {
  it('has every index word, and rules out most others', () => {
    const { vocabulary, store } = fakeSite();
    return store.mayHave(vocabulary).then(async (all) => {
      expect(all.every(Boolean)).toBe(true);
      // Absent words: codes of characters in no passage.
      const absent = Array.from('龘鱻麤靐齉爩驫灥猋朤', (c) => termPlan(c)[0].token);
      const answers = await store.mayHave(absent);
      expect(answers.filter(Boolean).length).toBeLessThanOrEqual(1);
    });
  });
});

describe('nearSearch (相近结果)', () => {
  it('cuts terms into 4-character pieces (2 for short terms), never single or stop characters', () => {
    expect(nearPieces(['学法守法用法']).map((p) => p.text)).toEqual(['学法守法', '法守法用', '守法用法']);
    expect(nearPieces(['普法']).map((p) => p.text)).toEqual(['普法']);
    expect(nearPieces(['普法宣']).map((p) => p.text)).toEqual(['普法', '法宣']);
    expect(nearPieces(['x', '的', '的了', '法'])).toEqual([]);
    // A long pasted term is sampled: at most 24 pieces, first and last included.
    const long = nearPieces(['一二三四五六七八九十'.repeat(6)]);
    expect(long.length).toBeLessThanOrEqual(25);
    expect(long[0].offset).toBe(0);
    expect(long[long.length - 1].offset).toBe(56);
  });
  it('finds the passages sharing the most of the query, marks the shared pieces', async () => {
    const pf = fakePagefind();
    const { store } = fakeSite();
    expect(truth('学法守法护法')).toEqual([]);
    const hits = await nearSearch(pf, store, ['学法守法护法'], {}, new Set());
    expect(hits.length).toBeGreaterThan(0);
    // /g/b/#p-2 (学法用法，守法护法) shares 法守法护法: 5 of the 6 characters.
    // /g/b/#p-1 shares 学法守法: 4 of them.
    expect(hits.map((h) => h.url)).toEqual(['/g/b/#p-2', '/g/b/#p-1']);
    // Marked: the longest stretches of the query the passage holds, measured on its text.
    expect(hits[0].pieces).toEqual(['法守法护法']);
    expect(hits[1].pieces).toEqual(['学法守法']);
  });
  it('looks up words in loaded chunks and in at most one other', async () => {
    const pf = fakePagefind();
    const { store, firstWords } = fakeSite();
    const looked = new Set<string>();
    await nearSearch(pf, store, ['持续抓好八五普法宣传学法守法用法普及法律常识'], {}, looked);
    const { chunkOf } = await import('../../src/shared/search/word-filter.ts');
    expect(new Set(pf.searched.map((w) => chunkOf(firstWords, w))).size).toBe(1);
    // Searched again with those chunks loaded: it may add one more chunk, no more.
    const again = fakePagefind();
    await nearSearch(again, store, ['持续抓好八五普法宣传学法守法用法普及法律常识'], {}, looked);
    const before = new Set(pf.searched.map((w) => chunkOf(firstWords, w)));
    expect([...new Set(again.searched.map((w) => chunkOf(firstWords, w)))].filter((c) => !before.has(c)).length).toBeLessThanOrEqual(1);
  });
  it('gives nothing when no piece occurs', async () => {
    expect(await nearSearch(fakePagefind(), fakeSite().store, ['龘龘龘龘', 'x'], {}, new Set())).toEqual([]);
  });
});

describe('alignedStarts: matching from token locations alone', () => {
  const locate = (texts: string[]) => {
    const { tokens, slots } = pageTokens(texts.map(normalize));
    return { slots, at: (tokenList: string[]) => new Map(tokenList.map((t) => [t, new Set(tokens.flatMap((x, i) => (x.startsWith(t) ? [i] : [])))])) };
  };
  const starts = (texts: string[], term: string) => {
    const plan = termPlan(normalize(term));
    const { slots, at } = locate(texts);
    return alignedStarts(plan, at(plan.map((p) => p.token)), slots);
  };
  const occurrences = (text: string, term: string) => starts([text], term).length;
  it('never matches across the boundary between two passages, and maps each match to its passage', () => {
    for (const term of ['治建', '法治建设', '法治建设依法', '治建设']) expect(starts(['法治', '建设依法'], term)).toEqual([]);
    const layout = passageLayout([2, 4]);
    expect(starts(['法治', '建设依法'], '依法').map((s) => passageAt(layout, s))).toEqual([1]);
    expect(starts(['法治', '建设依法'], '法').map((s) => passageAt(layout, s))).toEqual([0, 1]);
    expect(starts(['法治', '建设依法'], '建设依法').map((s) => passageAt(layout, s))).toEqual([1]);
  });
  it('counts only aligned tokens, even when every token occurs somewhere', () => {
    expect(occurrences('法治建设法治', '治建设法')).toBe(1);
    expect(occurrences('建设法治，法治建设', '法治建设')).toBe(1);
    expect(occurrences('法治法治法治', '法治法')).toBe(2);
    expect(occurrences('学法守法用法学法', '学法学')).toBe(0);
  });
  it('agrees with a substring count on random text', () => {
    const alphabet = '法治建设学守用';
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const len = 1 + Math.floor(rand() * 6);
      const start = Math.floor(rand() * (30 - len));
      const term = rand() < 0.5 ? text.slice(start, start + len) : Array.from({ length: len }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      let truth = 0;
      for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) truth++;
      expect(occurrences(text, term), `${term} in ${text}`).toBe(truth);
    }
  });
});
