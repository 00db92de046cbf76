/** What every checker gets: the draft in its three views, the matcher's hits, and the settings. */
import type { Normalised } from './normalize.ts';
import type { Hit } from './matcher.ts';
import type { Layout } from './text.ts';
import type { ReportKind } from './types.ts';

export interface Ctx {
  text: string;
  norm: Normalised;
  layout: Layout;
  hits: Map<number, Hit[]>;
  type: ReportKind | null;
  year: number | null;
}

/** A raw finding before the rule's metadata is attached. */
export interface Mark { start: number; end: number; message?: string; fix?: string }

/**
 * Words that make a mention history rather than current guidance: the plan is being closed or
 * reviewed (收官, 总结, 验收), or the sentence recalls the past (回顾, 历程, 从…到…).
 */
export const HISTORY = /(收官|期满|届满|到期|验收|总结|回顾|历程|演进|沿革|圆满|此前|以往|过去|曾经|当年|从[^。；]{0,40}到)/;

/** CJK ideographs (the Chinese text the punctuation rules care about). */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
export const isCjk = (c: string | undefined): boolean => !!c && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c);
