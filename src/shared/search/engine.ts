/**
 * Exact passage search over the Pagefind passage index (see src/build/search-index.ts).
 *
 * Each record is one page. Per stream it holds one word per character slot of the page's
 * passages (ngrams.ts), so Pagefind's word locations are slot positions. Each term becomes the
 * tokens that cover it with their offsets (termPlan); one Pagefind search per token returns, for
 * every page holding it, where. A page holds the term where the tokens line up at consecutive
 * offsets, and the passage table (passage-table.ts) says which passage each such slot is in. So
 * the whole result set is exact from index chunks and the table alone; page files load lazily,
 * one page of results at a time. The word filter (word-filter.ts) answers first, so a token that
 * occurs nowhere costs a small filter partition instead of an index chunk.
 */
import { passageAt, termPlan, type PlannedToken } from './ngrams.ts';
import { ownTitle, passageUrl, phraseFacts, phraseText, recordOf, type PassageStore } from './passage-table.ts';
import { compareHits, type Hit } from './rank.ts';
import { verify } from './verify.ts';

export interface PagefindFragment {
  url: string;
  raw_url?: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
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

export const PAGE_SIZE = 20;

export interface ExactResults {
  total: number;
  /** Every hit in rank order as `record id:passage index` (nothing loaded); the benchmark maps them to URLs. */
  ids: string[];
  /** Loads hits [from, from + count) in rank order. */
  load(from: number, count: number): Promise<Hit[]>;
}

export const queryTokens = (terms: string[]) => [...new Set(terms.flatMap((t) => termPlan(t).map((p) => p.token)))];

/**
 * Where a term starts, as stream-relative slots, from the locations of its planned tokens. The
 * first token has offset 0, so a start is the first token's location; the others must sit at
 * their offsets from it. `slots` is the record's stream length.
 */
export function alignedStarts(plan: PlannedToken[], locations: Map<string, Set<number>>, slots: number): number[] {
  const [first, ...rest] = plan;
  const out: number[] = [];
  for (const p of locations.get(first.token) ?? []) {
    if (rest.every((t) => locations.get(t.token)?.has(p + t.offset))) out.push(p - first.stream * slots);
  }
  return out;
}

const EMPTY: ExactResults = { total: 0, ids: [], load: async () => [] };

interface PassageHit {
  record: string;
  file: string;
  passage: number;
  heading: boolean;
  exact: boolean;
  occurrences: number;
  order: number;
}

/**
 * `looked`, when given, collects the index words searched (the 相近结果 search, near.ts, treats
 * their chunks as loaded).
 */
export async function exactSearch(
  pf: PagefindApi,
  store: PassageStore,
  terms: string[],
  filters: Record<string, string>,
  looked?: Set<string>,
): Promise<ExactResults> {
  const kept = terms.filter((t) => termPlan(t).length > 0);
  const plans = kept.map(termPlan);
  const termLengths = kept.map((t) => Array.from(t).length);
  const tokens = queryTokens(terms);
  if (plans.length === 0 || tokens.length === 0) return EMPTY;
  // A token the word filter rules out leaves nothing to find: no index chunk is loaded.
  const [records, present] = await Promise.all([store.records(), store.mayHave(tokens)]);
  if (present.includes(false)) return EMPTY;
  // One search per token (index chunks only).
  const responses = await Promise.all(tokens.map((t) => pf.search(t, { filters })));
  for (const t of tokens) looked?.add(t);
  if (responses.some((r) => !r?.results.length)) return EMPTY;
  const byToken = new Map(tokens.map((t, i) => [t, new Map(responses[i]!.results.map((r) => [r.id, r]))]));
  // Drive from the rarest token: only pages holding it can match.
  const rarest = responses.reduce((a, b) => (b!.results.length < a!.results.length ? b : a))!;
  const hits: PassageHit[] = [];
  for (const r of rarest.results) {
    const info = recordOf(records, r.id);
    const locations = new Map<string, Set<number>>();
    for (const t of tokens) {
      const hit = byToken.get(t)!.get(r.id);
      if (hit) locations.set(t, new Set(hit.words));
    }
    if (locations.size < tokens.length) continue;
    // Occurrences of each term in each passage; a passage matches when it holds every term.
    const counts = new Map<number, number[]>();
    // Phrase entries whose whole phrase is the (one-term) query: it starts the passage and is as long.
    const exact = new Set<number>();
    plans.forEach((plan, i) => {
      for (const slot of alignedStarts(plan, locations, info.layout.slots)) {
        const k = passageAt(info.layout, slot);
        if (k < 0) continue;
        let c = counts.get(k);
        if (!c) counts.set(k, (c = plans.map(() => 0)));
        c[i]++;
        if (plans.length === 1 && slot === info.layout.starts[k] && info.phrases[k] === termLengths[i]) exact.add(k);
      }
    });
    for (const [k, c] of counts) {
      if (c.some((n) => n === 0)) continue;
      // Site order: pages in URL order, then passages in document order (a page has far fewer than 10⁵).
      hits.push({
        record: r.id,
        file: info.file,
        passage: k,
        heading: info.headings[k],
        exact: exact.has(k),
        occurrences: c.reduce((a, b) => a + b, 0),
        order: info.order * 1e5 + k,
      });
    }
  }
  // The whole phrase first, then headings, then more occurrences, then site order.
  hits.sort(compareHits);
  return {
    total: hits.length,
    ids: hits.map((h) => `${h.record}:${h.passage}`),
    load: async (from, count) =>
      Promise.all(
        hits.slice(from, from + count).map(async (h): Promise<Hit> => {
          const page = await store.page(h.file);
          const entry = page.passages[h.passage];
          const [id, text] = entry;
          const label = ownTitle(entry);
          const copy = phraseText(entry);
          const phrase = phraseFacts(entry);
          // The page file text gives the same answer; counting there keeps highlights and counts in step.
          return {
            url: passageUrl(page.url, id),
            title: page.title,
            ...(label ? { label } : {}),
            kind: page.kind,
            ...(copy ? { copy } : {}),
            ...(phrase ? { phrase } : {}),
            text,
            heading: h.heading,
            ...(h.exact ? { exact: true } : {}),
            order: h.order,
            occurrences: verify(text, terms) || h.occurrences,
          };
        }),
      ),
  };
}
