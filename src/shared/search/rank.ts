/** Ranking of exact hits: heading/title passages first, then more occurrences, then page order. */
export interface Hit {
  /** Passage URL without the deployment base: /reports/x/#p-abc. */
  url: string;
  title: string;
  /** The page's kind: 范文, 规范表述 or 指引. */
  kind: string;
  /** A phrase entry's phrase text, which the result offers to copy. */
  copy?: string;
  text: string;
  heading: boolean;
  /** Position of the passage in the site (pages in URL order, passages in document order). */
  order: number;
  occurrences: number;
}

export function compareHits(a: Pick<Hit, 'heading' | 'occurrences' | 'order'>, b: Pick<Hit, 'heading' | 'occurrences' | 'order'>): number {
  return Number(b.heading) - Number(a.heading) || b.occurrences - a.occurrences || a.order - b.order;
}

export const rankHits = <T extends Pick<Hit, 'heading' | 'occurrences' | 'order'>>(hits: T[]): T[] => [...hits].sort(compareHits);

