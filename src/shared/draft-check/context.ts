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

/** CJK ideographs (the Chinese text the punctuation rules care about). */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
export const isCjk = (c: string | undefined): boolean => !!c && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c);
