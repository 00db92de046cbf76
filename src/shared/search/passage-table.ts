/**
 * The passage table: what the engine needs, besides the Pagefind index, to turn a page record's
 * word positions into passages. The indexer (src/build/search-index.ts) writes it beside the
 * index; the search page reads it once per visit, and a page file only when a result from that
 * page is shown.
 *
 *   <site>/pagefind-passages/table.json     { records: Pagefind record id → [page file, page order,
 *                                            ...passage lengths in characters, negative for headings,
 *                                            [length, phrase length] for a phrase entry],
 *                                            words: where the word filter is (word-filter.ts) }
 *   <site>/pagefind-passages/p/<file>.json  the page's URL, title and passages (id, original text)
 *   <site>/pagefind-passages/<words.dir>/   the word filter's partitions <i>.bin and chunks.json
 *                                            (where each index chunk starts)
 *
 * Page files are named by a hash of their content, so a cached copy is never stale.
 */
import { passageLayout, type PassageLayout } from './ngrams.ts';
import type { WordFilterInfo } from './word-filter.ts';
import type { PhraseFacts, PhraseStatus } from './facts.ts';

export const PASSAGES_DIR = 'pagefind-passages';
export const TABLE_FILE = 'table.json';
export const PAGE_FILES = 'p';

/**
 * table.json's records: record id → [page file, page order, ...passages], a passage being its
 * length (negative for a heading) or, for a phrase entry, [its length, the phrase's length]: an
 * exact match of the whole phrase ranks first (engine.ts), decided from the table alone.
 */
export type PassageTable = Record<string, [string, number, ...(number | [number, number])[]]>;

/** table.json. */
export interface TableFile {
  records: PassageTable;
  words: WordFilterInfo;
}
/** chunks.json in the word filter's folder: where each index chunk starts, in order (word-filter.ts chunkOf). */
export const CHUNKS_FILE = 'chunks.json';

/** p/<file>.json: one page's passages, in the order of the record's layout. */
export interface PageFile {
  /** Page URL without the deployment base, e.g. /reports/x/. */
  url: string;
  title: string;
  /** The page's kind: 范文, 规范表述 or 指引 ('' when it has none). */
  kind: string;
  /**
   * Per passage: [anchor id, original text], then, when the passage has a title of its own that
   * starts its text (a phrase entry's phrase, a catalogue entry's title), that title's length in
   * UTF-16 units (ownTitle); a phrase entry adds its status, badge text and, when 已过时, its
   * replacement (src/shared/search/facts.ts), and its phrase is offered to copy (phraseText). An
   * empty anchor id is the page's title passage: its URL is the page URL alone.
   */
  passages: PassageEntry[];
  /** Set when a passage holds a traditional character: the page must fold with the full table to mark matches. */
  t2s?: true;
}

export type PassageEntry =
  | [id: string, text: string]
  | [id: string, text: string, titleLength: number]
  | [id: string, text: string, titleLength: number, status: PhraseStatus, label: string, replacement?: string];

/** A passage's own title (a phrase entry's phrase, a catalogue entry's title): the start of its text, stored as a length. */
export const ownTitle = (passage: PassageEntry): string | undefined => (passage.length > 2 ? passage[1].slice(0, passage[2]) : undefined);

/** A phrase entry's phrase text, which its result offers to copy. */
export const phraseText = (passage: PassageEntry): string | undefined => (passage.length > 3 ? ownTitle(passage) : undefined);

/** A phrase entry's status facts. */
export function phraseFacts(passage: PassageEntry): PhraseFacts | undefined {
  if (passage.length === 2 || passage.length === 3) return undefined;
  const [, , , status, label, replacement] = passage;
  return { status, label, ...(replacement ? { replacement } : {}) };
}

/** A passage's URL: the page URL, then #id unless the id is empty (the title passage). */
export const passageUrl = (page: string, id: string) => (id ? `${page}#${id}` : page);

export interface RecordInfo {
  file: string;
  /** Position of the page in the site (URL order). */
  order: number;
  headings: boolean[];
  /** Per passage: the length of its phrase in characters (a phrase entry), else 0. */
  phrases: number[];
  layout: PassageLayout;
}

export const tableEntry = (file: string, order: number, passages: Array<{ length: number; heading: boolean; phrase?: number }>): PassageTable[string] => [
  file,
  order,
  ...passages.map((p): number | [number, number] => (p.phrase ? [p.length, p.phrase] : p.heading ? -p.length : p.length)),
];

export function readTable(table: PassageTable): Map<string, RecordInfo> {
  const out = new Map<string, RecordInfo>();
  for (const [id, [file, order, ...passages]] of Object.entries(table)) {
    const signed = passages.map((p) => (typeof p === 'number' ? p : p[0]));
    out.set(id, {
      file,
      order,
      headings: signed.map((n) => n < 0),
      phrases: passages.map((p) => (typeof p === 'number' ? 0 : p[1])),
      layout: passageLayout(signed.map(Math.abs)),
    });
  }
  return out;
}

/** A hit's record from the table; a record the table lacks means the index and table.json are from different builds. */
export function recordOf(records: Map<string, RecordInfo>, id: string): RecordInfo {
  const info = records.get(id);
  if (!info) throw new Error(`passage table has no record ${id}: the index and table.json are from different builds`);
  return info;
}

/** Where the engine gets the table, page files and word filter. */
export interface PassageStore {
  records(): Promise<Map<string, RecordInfo>>;
  page(file: string): Promise<PageFile>;
  /** Per word: false when the index certainly lacks it (word-filter.ts), else true. */
  mayHave(words: string[]): Promise<boolean[]>;
  /** Where each index chunk starts, in order (for chunkOf); loaded only by the 相近结果 search. */
  chunks(): Promise<string[]>;
}
