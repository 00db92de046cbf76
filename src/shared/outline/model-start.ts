/**
 * “从示范稿开始” on /draft/: the 示范稿 to start an outline from, for the report type and level
 * chosen. The list of drafts is computed at build time from the model-draft collection
 * (src/build/model-drafts.ts, modelStarts) and written into the page; this picks one. Pure.
 */
import type { ModelDraftLevel } from '../schemas/model-draft.ts';
import type { OutlineLevel } from './outline.ts';

/** One 示范稿 as the outline page offers it. */
export interface ModelStart {
  slug: string;
  title: string;
  /** The draft's own report type. */
  reportType: string;
  level: ModelDraftLevel;
  /** 乡镇（街道）, 县级政府, 县级部门. */
  levelLabel: string;
  /** The draft's page and its .docx, with the site's base path. */
  href: string;
  docx: string;
}

/** For each report type of the outline, the drafts of the guide that covers it. */
export type ModelStarts = Record<string, ModelStart[]>;

/** The draft level written for each outline level, nearest first: the same level, then the closest other. */
const NEAREST: Record<OutlineLevel, ModelDraftLevel[]> = {
  乡镇: ['township', 'county', 'department'],
  县级: ['county', 'department', 'township'],
  部门: ['department', 'county', 'township'],
  市级: ['county', 'department', 'township'],
  省级: ['county', 'department', 'township'],
};
/** The outline levels a draft is written for exactly; 市级 and 省级 have no 示范稿 of their own. */
const SAME: Partial<Record<OutlineLevel, ModelDraftLevel>> = { 乡镇: 'township', 县级: 'county', 部门: 'department' };

/** The draft of the type and level, or the nearest of the same type; undefined when the type has none. */
export function modelStartFor(starts: ModelStarts, type: string, level: OutlineLevel): { start: ModelStart; sameLevel: boolean } | undefined {
  const drafts = starts[type] ?? [];
  for (const want of NEAREST[level]) {
    const start = drafts.find((d) => d.level === want);
    if (start) return { start, sameLevel: SAME[level] === want };
  }
  return undefined;
}
