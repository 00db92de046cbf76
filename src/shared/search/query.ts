/**
 * The search query: what the user typed (from ?q=), capped and split into terms.
 * A passage matches iff it contains every term as a contiguous string after fold() (fold.ts).
 */
import { fold } from './fold.ts';
import { reportTypeOf } from '../schemas/vocab.ts';

/** Longer queries are cut to this many characters (the page says so). */
export const MAX_QUERY_CHARS = 100;
/** At most this many terms are used. */
export const MAX_TERMS = 10;
/** Filter keys that may appear in the URL, in display order. */
export const FILTER_KEYS = ['kind', 'type', 'level', 'year', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ParsedQuery {
  /** The query text actually searched (trimmed, capped). */
  text: string;
  /** True when the input was longer than MAX_QUERY_CHARS or had more than MAX_TERMS terms. */
  truncated: boolean;
  /** Normalised, non-empty, distinct terms. */
  terms: string[];
}

export function parseQuery(raw: string | null | undefined): ParsedQuery {
  const trimmed = String(raw ?? '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(trimmed);
  let truncated = chars.length > MAX_QUERY_CHARS;
  const text = (truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : trimmed).trim();
  const terms: string[] = [];
  for (const word of text.split(' ')) {
    const t = fold(word);
    if (t && !terms.includes(t)) terms.push(t);
  }
  if (terms.length > MAX_TERMS) {
    terms.length = MAX_TERMS;
    truncated = true;
  }
  return { text, truncated, terms };
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Reads ?q=…&kind=… from a location.search string. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    // A link saved with a former report type (issue 29) filters by the type it is now.
    if (v) filters[key] = key === 'type' ? (reportTypeOf(v) ?? v) : v;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The inverse of readState: '?q=…&kind=…', empty values left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) params.set(key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filter object for the state: { kind: '范文' } → { kind: '范文' }. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (state.filters[key]) out[key] = state.filters[key]!;
  return out;
}

/**
 * Characters that say nothing on their own. A query piece made of them only (and any single
 * character, like the x of X镇) would pull every page into the 相近结果, so near.ts skips them.
 */
export const STOP_CHARS = new Set(Array.from('的地得了着过和与及或而并且之其在是等对为于以把将被也就都这那个此'));
