import { getCollection } from 'astro:content';
import { blocksFromHtml, type Block } from '../shared/blocks.ts';
import { normalize } from '../shared/normalize.ts';
import { reportPath } from './reports.ts';

/** A block of a sample report, with its report and the URL that lands on it. */
export interface Passage extends Block {
  report: string;
  reportTitle: string;
  url: string;
  /** Position of the block in its report, for ordering. */
  index: number;
}

let cache: Promise<Map<string, Passage[]>> | undefined;

/** Every heading and paragraph of every sample report, keyed by report slug. Computed once per build. */
export function reportPassages(): Promise<Map<string, Passage[]>> {
  cache ??= (async () => {
    const map = new Map<string, Passage[]>();
    for (const r of await getCollection('reports')) {
      const blocks = blocksFromHtml(r.rendered?.html ?? '');
      map.set(
        r.id,
        blocks.map((b, index) => ({ ...b, report: r.id, reportTitle: r.data.title, url: `${reportPath(r.id)}#${b.id}`, index })),
      );
    }
    return map;
  })();
  return cache;
}

/**
 * Finds the block of `report` whose text starts with `startsWith` (compared after normalising
 * whitespace and punctuation). Returns an error message instead when it cannot.
 */
export function findPassage(passages: Map<string, Passage[]>, report: string, startsWith: string): Passage | string {
  const blocks = passages.get(report);
  if (!blocks) return `没有短名为“${report}”的范文（可用：${[...passages.keys()].join('、')}）`;
  const want = normalize(startsWith);
  const hits = blocks.filter((b) => normalize(b.text).startsWith(want));
  if (hits.length === 0) return `范文“${report}”中没有以“${startsWith}”开头的标题或段落`;
  return hits[0];
}

/** A heading's section: the heading and every block after it until the next heading of the same or a higher level. */
export function sectionBlocks(blocks: Passage[], start: Passage): Passage[] {
  if (start.kind !== 'heading') return [start];
  const out = [start];
  for (const b of blocks.slice(start.index + 1)) {
    if (b.kind === 'heading' && b.level <= start.level) break;
    out.push(b);
  }
  return out;
}
