/**
 * Exact passage search over the Pagefind passage index (see scripts/search-index.ts).
 *
 * The index holds, per stream, one word per character of each passage's normalised text
 * (ngrams.ts), so Pagefind's word locations are character positions. Each term becomes the tokens that cover it
 * with their offsets (termPlan); one Pagefind search per token returns, for every passage holding
 * it, where. A passage matches a term when the tokens line up at consecutive offsets. The whole
 * result set is therefore exact from index chunks alone; fragments load lazily, one page of
 * results at a time, so bytes stay flat however many passages match. (Pagefind's own work per
 * token grows with the square of the passages holding it: see bench/results/scale.md.)
 */
import { termPlan } from './ngrams.ts';
import { type Hit } from './rank.ts';
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
  /** Pagefind ids of all hits in rank order (no fragment loaded); the benchmark maps them to URLs. */
  ids: string[];
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

export const queryTokens = (terms: string[]) => [...new Set(terms.flatMap((t) => termPlan(t).map((p) => p.token)))];

/** How often a term occurs in one passage, from the locations of its planned tokens. */
export function countAligned(plan: { token: string; offset: number }[], locations: Map<string, Set<number>>): number {
  const [first, ...rest] = plan;
  let n = 0;
  for (const p of locations.get(first.token) ?? []) {
    const start = p - first.offset;
    if (rest.every((t) => locations.get(t.token)?.has(start + t.offset))) n++;
  }
  return n;
}

const EMPTY: ExactResults = { total: 0, ids: [], load: async () => [] };

export async function exactSearch(pf: PagefindApi, terms: string[], filters: Record<string, string>): Promise<ExactResults> {
  const plans = terms.map(termPlan).filter((p) => p.length > 0);
  const tokens = queryTokens(terms);
  if (plans.length === 0 || tokens.length === 0) return EMPTY;
  // One search per token (index chunks only). Results are sorted heading-first, then page order.
  const responses = await Promise.all(tokens.map((t) => pf.search(t, { filters, sort: { o: 'asc' } })));
  if (responses.some((r) => !r?.results.length)) return EMPTY;
  const byToken = new Map(tokens.map((t, i) => [t, new Map(responses[i]!.results.map((r) => [r.id, r]))]));
  // Drive from the rarest token; its response also says how many of its results are headings.
  const rarest = responses.reduce((a, b) => (b!.results.length < a!.results.length ? b : a))!;
  const headingCount = rarest.filters?.[PART_FILTER]?.heading ?? 0;
  const hits: { r: PagefindResult; heading: boolean; index: number; occurrences: number }[] = [];
  rarest.results.forEach((r, index) => {
    const locations = new Map<string, Set<number>>();
    for (const t of tokens) {
      const hit = byToken.get(t)!.get(r.id);
      if (!hit) return;
      locations.set(t, new Set(hit.words));
    }
    let occurrences = 0;
    for (const plan of plans) {
      const n = countAligned(plan, locations);
      if (n === 0) return;
      occurrences += n;
    }
    hits.push({ r, heading: index < headingCount, index, occurrences });
  });
  // Headings first, then more occurrences, then page order.
  hits.sort((a, b) => Number(b.heading) - Number(a.heading) || b.occurrences - a.occurrences || a.index - b.index);
  return {
    total: hits.length,
    ids: hits.map((h) => h.r.id),
    load: async (from, count) =>
      Promise.all(
        hits.slice(from, from + count).map(async (h) => {
          const f = await h.r.data();
          // The fragment text gives the same answer; counting there keeps highlights and counts in step.
          return hitFromFragment(f, verify(f.meta.text ?? '', terms) || h.occurrences);
        }),
      ),
  };
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
