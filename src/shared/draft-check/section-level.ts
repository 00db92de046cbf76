/**
 * A main part of a report numbered one level down: （一）下一步打算 as the first sub-heading under 二、存在的不足, where the
 * report's parts stand at 一、 (gbt9704-layout.md line 19, heading levels 一、 then （一）; requirements.md lists the parts).
 * A part's name alone makes the heading a part; a parent that names the same part (二、存在的不足及下一步打算) holds it
 * as a point and is left alone.
 */
import type { Heading } from './text.ts';

/** The parts every report type has, each by the words that name it whole (an optional year before). */
const PARTS: RegExp[] = [
  /^(?:\d{4}年度?)?(?:下一步|下步|下一年度?|今后)?(?:的)?(?:工作)?(?:打算|安排|计划|思路)(?:和(?:打算|安排|计划|措施))?$/u,
  /^存在的?(?:主要)?(?:不足|问题)(?:和不足)?$/u,
  /^(?:\d{4}年度?)?(?:推进法治政府建设的)?主要举措和成效$/u,
];
export const partOf = (title: string) => PARTS.findIndex((p) => p.test(title.replace(/[：:。\s]+$/u, '')));

/** Level-2 headings that name a main part, first under a level-1 parent naming another part. */
export function partsNumberedBelow(headings: Heading[]): Heading[] {
  if (headings.filter((h) => h.level === 1).length < 2) return [];
  const out: Heading[] = [];
  let parent: Heading | null = null;
  for (const h of headings) {
    if (h.level === 1) { parent = h; continue; }
    if (h.level !== 2 || h.num !== 1 || !parent) continue;
    const own = partOf(h.title);
    const parents = partOf(parent.title);
    if (own !== -1 && parents !== -1 && own !== parents) out.push(h);
  }
  return out;
}
