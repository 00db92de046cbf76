/**
 * Exact passage search over the Pagefind passage index (see scripts/search-index.ts).
 *
 * Each term becomes its n-gram query tokens (ngrams.ts); Pagefind returns the passages holding
 * all of them (AND). When every term is one or two characters long those candidates are exact
 * by construction, so fragments load lazily, one page of results at a time; otherwise every
 * candidate's fragment is loaded and verified against its normalised text (verify.ts).
 */
import { termTokens } from './ngrams.ts';
import { compareHits, type Hit } from './rank.ts';
import { verify } from './verify.ts';

export interface PagefindFragment {
  url: string;
  raw_url?: string;
  meta: Record<string, string>;
  plain_excerpt?: string;
  excerpt?: string;
  sub_results?: Array<{ title: string; url: string; plain_excerpt?: string; excerpt?: string }>;
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Filter that marks heading passages; used for ranking, never shown. */
export const PART_FILTER = 'part';
export const PAGE_SIZE = 20;

export interface ExactResults {
  total: number;
  /** Loads hits [from, from + count) in rank order. */
  load(from: number, count: number): Promise<Hit[]>;
}

export function hitFromFragment(f: PagefindFragment, occurrences: number): Hit {
  return {
    url: f.raw_url ?? f.url,
    title: f.meta.title ?? '',
    text: f.meta.text ?? '',
    heading: f.meta.h === '1',
    order: Number(f.meta.o ?? 0),
    occurrences,
  };
}

const filtersLoaded = new WeakMap<PagefindApi, Promise<unknown>>();
const loadFilters = (pf: PagefindApi) => {
  if (!filtersLoaded.has(pf)) filtersLoaded.set(pf, pf.filters().catch(() => ({})));
  return filtersLoaded.get(pf);
};

export const queryTokens = (terms: string[]) => [...new Set(terms.flatMap((t) => termTokens(t)))];

export async function exactSearch(pf: PagefindApi, terms: string[], filters: Record<string, string>): Promise<ExactResults> {
  const tokens = queryTokens(terms);
  if (tokens.length === 0) return { total: 0, load: async () => [] };
  const exactByConstruction = terms.every((t) => Array.from(t).length <= 2);
  // Filter counts (for the heading count) need the filter chunks, which filters() loads once.
  if (exactByConstruction) await loadFilters(pf);
  // Pagefind silently drops query words that match nothing in the index, so a query with one
  // absent n-gram would return the passages matching the others. Check each token on its own
  // first (index chunks are cached, so this costs no extra bytes): one absent token, no results.
  if (tokens.length > 1) {
    const alone = await Promise.all(tokens.map((t) => pf.search(t)));
    if (alone.some((r) => !r?.results.length)) return { total: 0, load: async () => [] };
  }
  const res = await pf.search(tokens.join(' '), { filters, sort: { o: 'asc' } });
  const results = res?.results ?? [];

  if (exactByConstruction) {
    // Sorted heading-first, then in page order; the heading count comes from the filter counts.
    const headings = Math.min(results.length, res?.filters?.[PART_FILTER]?.heading ?? 0);
    const byOcc = (list: PagefindResult[], offset: number) =>
      list.map((r, i) => ({ r, i: i + offset })).sort((a, b) => b.r.words.length - a.r.words.length || a.i - b.i).map((x) => x.r);
    const ordered = [...byOcc(results.slice(0, headings), 0), ...byOcc(results.slice(headings), headings)];
    return {
      total: ordered.length,
      load: async (from, count) =>
        Promise.all(ordered.slice(from, from + count).map(async (r) => {
          const f = await r.data();
          return hitFromFragment(f, verify(f.meta.text ?? '', terms) || r.words.length);
        })),
    };
  }

  const verified = (
    await Promise.all(results.map(async (r) => {
      const f = await r.data();
      const occurrences = verify(f.meta.text ?? '', terms);
      return occurrences > 0 ? hitFromFragment(f, occurrences) : null;
    }))
  ).filter((h): h is Hit => h !== null);
  verified.sort(compareHits);
  return { total: verified.length, load: async (from, count) => verified.slice(from, from + count) };
}

export interface NearHit {
  title: string;
  url: string;
  excerpt: string;
}

/** 相近结果 from the plain page-level index: up to `max` sections of the best pages. */
export async function nearSearch(pf: PagefindApi, text: string, filters: Record<string, string>, max = 8): Promise<NearHit[]> {
  const res = await pf.search(text, { filters });
  const out: NearHit[] = [];
  for (const r of (res?.results ?? []).slice(0, 5)) {
    const f = await r.data();
    const title = f.meta.title ?? '';
    const subs = f.sub_results?.length ? f.sub_results.slice(0, 3) : [{ title, url: f.url, plain_excerpt: f.plain_excerpt }];
    for (const s of subs) {
      if (out.length >= max) return out;
      out.push({ title: s.title && s.title !== title ? `${title} · ${s.title}` : title, url: s.url, excerpt: s.plain_excerpt ?? '' });
    }
  }
  return out;
}
