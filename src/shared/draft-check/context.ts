/** What every checker gets: the draft in its three views, the matcher's hits, and the settings. */
import type { Normalised } from './normalize.ts';
import type { Hit } from './matcher.ts';
import type { Layout } from './text.ts';
import type { ReportKind } from './types.ts';
import { foldDigits } from './date-reader.ts';

export interface Ctx {
  text: string;
  norm: Normalised;
  layout: Layout;
  hits: Map<number, Hit[]>;
  type: ReportKind | null;
  year: number | null;
}

const folded = new WeakMap<Ctx, string>();

/**
 * The draft with full-width digits folded to ASCII, offsets unchanged: folded once per check, since readers that
 * walk a draft line by line would otherwise fold the whole of it for every line (most of a minute on 2 MB).
 */
export function digitsOf(ctx: Ctx): string {
  let text = folded.get(ctx);
  if (text === undefined) folded.set(ctx, (text = foldDigits(ctx.text)));
  return text;
}

/** A raw finding before the rule's metadata is attached. */
export interface Mark {
  start: number;
  end: number;
  message?: string;
  fix?: string;
  /** Other places the finding is about (the summary figure a body total disagrees with), the finding's own among them. */
  places?: { start: number; end: number }[];
  /** A mark less sure than its rule (a likeness, not the reference's wording): reported as 提示. */
  hintOnly?: boolean;
}

/**
 * Words that make a mention history rather than current guidance: the plan is being closed or
 * reviewed (收官, 总结, 验收, 终期评估), or the sentence recalls the past (回顾, 历程, 从…到…). 过去一年 is the
 * reported year itself (round 51), not the past.
 */
export const HISTORY = /(收官|期满|届满|到期|验收|总结|终期|回顾|历程|演进|沿革|圆满|此前|以往|过去(?!的?一年)|曾经|当年|从[^。；]{0,40}到)/;

/** Words telling work as finished: 全部完成, 已完成, 如期完成, 完成了. */
const DONE = /(?:全部|全面|如期|顺利|按期|基本|均已|已经?|已全部)完成|完成了/;

/**
 * A sentence quoting old wording as such: it names the old period or the change of name (初期,
 * 当时, 原称, 改为, 修订前, 此后…), or dates what comes before the wording to a year before the report's
 * (2016年中办、国办印发规定，明确…; 该村2009年被命名为…), not as a range or a span up to now.
 * Wider than HISTORY, so only for old wording, not for a plan cited as guidance.
 */
const OLD_WORDING = /(初期|年代|起步于|时期|早期|当时|原称|旧称|原名|改为|改称|统一称|更名|修订前|旧法|此基础上|期间称|曾称|此后)/;
export function recallsPast(sentence: string, before: string, year: number | null): boolean {
  if (HISTORY.test(sentence) || OLD_WORDING.test(sentence)) return true;
  if (year === null) return false;
  // 2025年，全市“一规划两纲要”确定的各项任务全部完成 in a report on 2026: a sentence opened by an earlier year and told as
  // done is that year's history, as 收官 is, even with the comma that otherwise makes the year the writer's own account.
  const opening = /^\s*(?:截至|截止|到|在)?\s*((?:19|20)\d{2})\s*年/.exec(sentence);
  if (opening && Number(opening[1]) < year && DONE.test(sentence)) return true;
  // A year opening the sentence with a comma (2025年，我县…) is the writer's own account of that year, not a quotation.
  const dated = [...before.matchAll(/(?<![\d—–\-~～至到])((?:19|20)\d{2})年(?![，,]|以来|至今|[—–\-~～至到]|度)/g)];
  return dated.some((m) => Number(m[1]) < year);
}

/** CJK ideographs (the Chinese text the punctuation rules care about). */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
export const isCjk = (c: string | undefined): boolean => !!c && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c);

/** Where the signature block starts (the end of the text without one): figures in the 落款 are dates and names, not counts. */
export const bodyEnd = (ctx: Ctx): number => (ctx.layout.signoff.length ? ctx.layout.lines[ctx.layout.signoff[0]!]!.start : ctx.text.length);
