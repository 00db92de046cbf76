/**
 * 相近结果: when no passage holds the whole query, the passages that share the most of its
 * wording, from the same passage index as the exact search, at a bounded cost.
 *
 * The query's terms are cut into overlapping pieces: every 4-character stretch of a term of four
 * or more characters, every 2-character stretch of a shorter one. Single characters and terms of
 * stop characters only (STOP_CHARS) are no pieces, so x or 的 never pull in pages on their own.
 * The word filter drops the pieces that occur nowhere. Of the rest, those in index chunks already
 * loaded cost nothing; the search also loads the one further chunk that holds the most pieces,
 * and no other. A passage scores the number of the query's characters its pieces cover.
 *
 * So a query with no exact match downloads a few filter partitions, at most one index chunk
 * and the page files of the results shown (bench/results/search.md).
 */
import { LONG, BIGRAM, encodeChar, passageAt } from './ngrams.ts';
import type { PagefindApi } from './engine.ts';
import { passageUrl, recordOf, type PassageStore } from './passage-table.ts';
import { STOP_CHARS } from './query.ts';
import { chunkOf } from './word-filter.ts';
import { fold } from './fold.ts';

export interface NearHit {
  /** Page title, and the heading of the passage's section when there is one: “页面 · 章节”. */
  title: string;
  /** The page's kind: 范文, 规范表述 or 指引 ('' when it has none). */
  kind: string;
  /** Passage URL without the deployment base. */
  url: string;
  /** The passage's original text. */
  text: string;
  /** The query pieces found in it, to mark. */
  pieces: string[];
}

interface Piece {
  term: number;
  offset: number;
  size: number;
  text: string;
  token: string;
  stream: number;
}

/**
 * The longest stretches of each term that the folded text holds, left to right, of at least the
 * piece size (4 characters for a term of four or more, else 2): what a 相近结果 marks, and how
 * much of the query it shares.
 */
export function sharedStretches(terms: string[], norm: string): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const chars = Array.from(term);
    const min = chars.length >= LONG ? LONG : 2;
    for (let i = 0; i + min <= chars.length; ) {
      let len = 0;
      while (i + len < chars.length && norm.includes(chars.slice(i, i + len + 1).join(''))) len++;
      if (len >= min) {
        out.push(chars.slice(i, i + len).join(''));
        i += len;
      } else i++;
    }
  }
  return out;
}

/** At most this many 相近结果 from one page. */
const PER_PAGE = 3;

/** At most this many pieces per term: a long pasted sentence is sampled evenly, not read whole. */
const MAX_PIECES = 24;

/** The pieces of the query's terms (see above). */
export function nearPieces(terms: string[]): Piece[] {
  const out: Piece[] = [];
  terms.forEach((term, t) => {
    const chars = Array.from(term);
    if (chars.length < 2 || chars.every((c) => STOP_CHARS.has(c))) return;
    const size = chars.length >= LONG ? LONG : 2;
    const last = chars.length - size;
    const step = Math.max(1, Math.ceil((last + 1) / MAX_PIECES));
    const offsets: number[] = [];
    for (let i = 0; i <= last; i += step) offsets.push(i);
    if (offsets[offsets.length - 1] !== last) offsets.push(last);
    for (const offset of offsets) {
      const piece = chars.slice(offset, offset + size);
      if (piece.every((c) => STOP_CHARS.has(c))) continue;
      const code = piece.map(encodeChar).join('');
      out.push({ term: t, offset, size, text: piece.join(''), token: size === LONG ? code : BIGRAM + code, stream: size === LONG ? 0 : 1 });
    }
  });
  return out;
}

interface Scored {
  record: string;
  passage: number;
  /** Covered character positions, as `term:offset`. */
  covered: Set<string>;
  pieces: Set<string>;
  order: number;
}

/**
 * Up to `max` 相近结果. `looked` holds the index words already searched during this visit (their
 * chunks are loaded); the words this search looks up are added to it.
 */
export async function nearSearch(
  pf: PagefindApi,
  store: PassageStore,
  terms: string[],
  filters: Record<string, string>,
  looked: Set<string>,
  max = 8,
): Promise<NearHit[]> {
  const pieces = nearPieces(terms);
  if (pieces.length === 0) return [];
  const tokens = [...new Set(pieces.map((p) => p.token))];
  const present = await store.mayHave(tokens);
  const found = tokens.filter((_, i) => present[i]);
  if (found.length === 0) return [];

  // Free: words in chunks already loaded. Plus the one other chunk holding the most pieces.
  const firstWords = await store.chunks();
  const loaded = new Set([...looked].map((w) => chunkOf(firstWords, w)));
  const byChunk = new Map<number, string[]>();
  for (const w of found) {
    const c = chunkOf(firstWords, w);
    byChunk.set(c, [...(byChunk.get(c) ?? []), w]);
  }
  let extra: number | undefined;
  for (const [c, ws] of byChunk) {
    if (loaded.has(c)) continue;
    if (extra === undefined || ws.length > byChunk.get(extra)!.length) extra = c;
  }
  const chosen = [...byChunk].flatMap(([c, ws]) => (loaded.has(c) || c === extra ? ws : []));

  const [records, responses] = await Promise.all([store.records(), Promise.all(chosen.map((w) => pf.search(w, { filters })))]);
  for (const w of chosen) looked.add(w);

  const scored = new Map<string, Scored>();
  chosen.forEach((word, i) => {
    const mine = pieces.filter((p) => p.token === word);
    for (const r of responses[i]?.results ?? []) {
      const info = recordOf(records, r.id);
      for (const location of r.words) {
        const slot = location - mine[0].stream * info.layout.slots;
        const k = passageAt(info.layout, slot);
        if (k < 0) continue;
        const key = `${r.id}:${k}`;
        let s = scored.get(key);
        if (!s) scored.set(key, (s = { record: r.id, passage: k, covered: new Set(), pieces: new Set(), order: info.order * 1e5 + k }));
        for (const p of mine) {
          s.pieces.add(p.text);
          for (let c = p.offset; c < p.offset + p.size; c++) s.covered.add(`${p.term}:${c}`);
        }
      }
    }
  });
  // At most PER_PAGE from one page, so one long page does not fill the list.
  const perPage = new Map<string, number>();
  const best = [...scored.values()]
    .sort((a, b) => b.covered.size - a.covered.size || a.order - b.order)
    .filter((s) => {
      const n = perPage.get(s.record) ?? 0;
      perPage.set(s.record, n + 1);
      return n < PER_PAGE;
    })
    .slice(0, max);

  // With the text at hand, what each shares is measured whole (the pieces looked up are a
  // sample), and the list is ordered by it.
  const hits = await Promise.all(
    best.map(async (s) => {
      const info = records.get(s.record)!;
      const page = await store.page(info.file);
      const [id, text] = page.passages[s.passage];
      // The section: the nearest heading passage before this one (not the page title passage, id '').
      let section = '';
      for (let k = s.passage - 1; k >= 0 && !section; k--) if (info.headings[k] && page.passages[k][0]) section = page.passages[k][1];
      const stretches = sharedStretches(terms, fold(text));
      const hit: NearHit = { title: section ? `${page.title} · ${section}` : page.title, kind: page.kind, url: passageUrl(page.url, id), text, pieces: stretches.length ? stretches : [...s.pieces] };
      return { hit, shared: stretches.reduce((n, x) => n + Array.from(x).length, 0), order: s.order };
    }),
  );
  return hits.sort((a, b) => b.shared - a.shared || a.order - b.order).map((h) => h.hit);
}
