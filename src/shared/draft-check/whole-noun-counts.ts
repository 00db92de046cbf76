/**
 * One set counted twice with the number before its noun, both times as the whole (round 44):
 * 全年8项重大行政决策事项均履行法定程序 … 全年4项重大行政决策事项未出现被撤销情形 (the year's decisions), and
 * 18名拟任领导干部全部参加考试 … 28名拟任领导干部均考试合格后履职 (all of them, by one act: 考试).
 * The size-of-set reader (wholeCounts) takes counts made whole by 均/全部 only with the same act words, and 全年 not at all.
 * Strict: the same noun of four characters or more, the same unit, no 其中／首批 before, no other period in the sentence,
 * outside plan sections. A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { sentenceAround } from './sentence.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';
import { COMPARISON } from './restated-figures.ts';

/** 全年8项重大行政决策事项, 18名拟任领导干部全部…: the count, its noun, and what follows the noun. */
const COUNT_NOUN = /(全年)?(\d+)\s*(名|项|个|件|家|人|场|所)([\u3400-\u9fff“”]{4,12}?)(均|全部|都|未|已|没有|无|[，,。；;、])/gu;
/** Verbs too general to tie two acts together (均经过合法性审查 and 均经过公众参与 are two acts). */
const GENERIC = /经过|进行|开展|实行|实现|完成|履行|落实|参加|纳入|按照|依法|实施|做到/u;
/** 上年全年9项, 同期: another year's count, which COMPARISON does not name. */
const OTHER_PERIOD = /上年|同期/u;
/** 其中12名, 首批, 部分: some of the set. */
const PART_BEFORE = /(?:其中|首批|第一批|部分|新增|新)$/u;

interface Count { start: number; end: number; value: number; unit: string; noun: string; year: boolean; all: boolean; act: string }

function acts(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const run = a.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/u.test(run) && b.includes(run) && !GENERIC.test(run)) return true;
  }
  return false;
}

export function wholeNounCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const counts: Count[] = [];
  for (const m of text.matchAll(COUNT_NOUN)) {
    const start = m.index + (m[1]?.length ?? 0);
    if (PART_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || inPlanSection(ctx, start)) continue;
    const sentence = sentenceAround(text, start, { stops: SENTENCE_BREAK }).text;
    if (COMPARISON.test(sentence) || OTHER_PERIOD.test(sentence)) continue;
    const all = m[5] === '均' || m[5] === '全部' || m[5] === '都';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    counts.push({ start, end: start + m[2]!.length + m[3]!.length, value: Number(m[2]), unit: m[3]!, noun: m[4]!, year: !!m[1], all, act: all ? after.split(/[，,。；;]/)[0]! : '' });
  }
  const marks: Mark[] = [];
  for (let j = 1; j < counts.length; j++) {
    const later = counts[j]!;
    const first = counts.slice(0, j).find((c) => c.unit === later.unit && c.noun === later.noun && c.value !== later.value &&
      ((c.year && later.year) || (c.all && later.all && acts(c.act, later.act))));
    if (!first || marks.some((x) => x.start === later.start)) continue;
    marks.push({ ...pairMark(first, later, `前面写${text.slice(first.start, first.end)}${first.noun}，这里写${text.slice(later.start, later.end)}${later.noun}：同一组的数目前后不一致。`, '核对两处的数字，改成一致'), hintOnly: true });
  }
  return marks;
}
