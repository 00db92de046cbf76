/**
 * What the build tells the search indexer beyond the built HTML (src/build/search-facts.ts writes
 * it as /search/facts.json while Astro builds; src/build/search-index.ts reads it):
 *  - per phrase id, its status (现行, 期满, 已过时) as the phrase pages label it, and an 已过时
 *    entry's replacement, so a phrase result carries the same badge and offers the new wording first;
 *  - the catalogue of public reports (公开报告目录), one passage per entry (its title and the
 *    reporting organ), from the catalogue data rather than its pages, with its own kind label.
 */
export const FACTS_FILE = 'search/facts.json';

/** Kind labels (the kind filter and the label on each result) of the pages search indexes beside 范文, 规范表述, 指引 and 示范稿. */
export const CATALOGUE_KIND = '公开报告';
export const WRITING_KIND = '写作须知';

export type PhraseStatus = 'current' | 'expired' | 'outdated';

export interface PhraseFacts {
  status: PhraseStatus;
  /** The badge text, as on the phrase pages: 现行, 期满（2021—2025年）, 已过时. */
  label: string;
  /** An 已过时 entry's replacement wording. */
  replacement?: string;
}

export interface CatalogueFacts {
  /** The catalogue page (its entries' anchors are on it) and its title. */
  url: string;
  title: string;
  entries: { id: string; title: string; organ: string }[];
}

export interface SearchFacts {
  phrases: Record<string, PhraseFacts>;
  catalogue: CatalogueFacts;
}
