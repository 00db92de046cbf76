/**
 * Ranking of exact hits: a phrase entry whose whole phrase is the query first, then heading/title
 * passages, then more occurrences, then page order.
 */
import type { PhraseFacts } from './facts.ts';

export interface Hit {
  /** Passage URL without the deployment base: /reports/x/#p-abc. */
  url: string;
  /** The page's title. */
  title: string;
  /** The passage's own title, shown as the result's title with the page title beside it: a phrase entry's phrase, a catalogue entry's title. */
  label?: string;
  /** The page's kind: 范文, 规范表述, 指引, 示范稿, 写作须知 or 公开报告. */
  kind: string;
  /** A phrase entry's phrase text, which the result offers to copy. */
  copy?: string;
  /** A phrase entry's status: its badge, and what its 复制 buttons copy. */
  phrase?: PhraseFacts;
  text: string;
  heading: boolean;
  /** The query is this phrase entry's whole phrase. */
  exact?: boolean;
  /** Position of the passage in the site (pages in URL order, passages in document order). */
  order: number;
  occurrences: number;
}

type Ranked = Pick<Hit, 'heading' | 'occurrences' | 'order'> & { exact?: boolean };

export function compareHits(a: Ranked, b: Ranked): number {
  return Number(!!b.exact) - Number(!!a.exact) || Number(b.heading) - Number(a.heading) || b.occurrences - a.occurrences || a.order - b.order;
}

export const rankHits = <T extends Ranked>(hits: T[]): T[] => [...hits].sort(compareHits);
