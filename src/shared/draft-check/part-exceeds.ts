/**
 * A part larger than the whole it is said to be part of, in one sentence (round 8): 共受理案件45件，其中维持52件;
 * 全县11个乡镇中，已有13个完成改革. Only the forms that say outright the second number is a part (其中, …中…有)
 * are read: 受理45件，审结48件 may count cases carried over from the year before, so later stages are left alone.
 */
import { foldDigits } from './date-reader.ts';
import type { Ctx, Mark } from './context.ts';

const UNIT = '人次|件次|个|件|项|家|名|人|起|次|宗|户|所|场|条|卷';
/** The same count in another word: 名 and 人 both count people. */
const sameUnit = (a: string, b: string) => (a === '名' ? '人' : a) === (b === '名' ? '人' : b);

/** W unit … 其中 … P unit: the first figure after 其中 (before the sentence ends) is a part of the figure just before 其中. */
const WHOLE_THEN_PART = new RegExp(
  String.raw`(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])([^。；！？\n\d]{0,24}?)其中[^。；！？\n\d]{0,16}?(?<![\d.])(\d+)\s*(${UNIT})(?![余多])`,
  'gu',
);
/** N个…中，(已|共)?有P个: the P are among the N. */
const AMONG = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})[\u3400-\u9fff“”（）]{0,12}中[，,]?[\u3400-\u9fff]{0,4}?有\s*(\d+)\s*(${UNIT})(?![余多])`, 'gu');

/**
 * N名执法人员中，持证人员M名: the part named by its own words, ending as the set's do (人员), without 有. The shared ending
 * keeps apart another thing counted in the same unit (5个乡镇中，建成法律服务站12个).
 */
const AMONG_NAMED = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})([㐀-鿿“”]{2,12})中[，,]\s*([㐀-鿿“”]{2,12}?)(?:为|达|共)?\s*(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');

/** 其中 opening a sentence or a numbered line: every figure of its list is a part of the sentence before. */
const OPENS_NEXT = /(?<=[。；！？]\s*(?:[（(][一二三四五六七八九十]{1,3}[）)])?)其中/gu;
const FIGURE = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');
/** A part counted over another span than the year's whole (累计, 同比, 上年): no part of it. */
const NOT_OF_THE_YEAR = /累计|同比|上年|去年|历年|以来/u;

export function partsExceedingWhole(ctx: Ctx): Mark[] {
  const text = foldDigits(ctx.text);
  const marks: Mark[] = [];
  const push = (m: RegExpMatchArray, whole: string, unit: string, part: string) => {
    const at = m.index! + m[0].lastIndexOf(part);
    marks.push({
      start: at,
      end: m.index! + m[0].length,
      message: `这里说的是${whole}${unit}中的一部分，却有${part}${unit}，比总数还多。`,
      fix: `核对总数（${whole}${unit}）和这一部分的数字`,
    });
  };
  for (const m of text.matchAll(WHOLE_THEN_PART)) {
    // 共培训320人，其中…1200人次: another unit is another count. A 同比 or 上年 figure in between is another year's.
    if (!sameUnit(m[2]!, m[5]!) || /同比|上年|去年|累计/.test(m[3]!)) continue;
    if (Number(m[4]) > Number(m[1])) push(m, m[1]!, m[2]!, m[4]!);
  }
  for (const m of text.matchAll(AMONG_NAMED)) {
    const [set, part] = [m[3]!.replace(/[“”]/g, ''), m[4]!.replace(/[“”]/g, '')];
    if (!sameUnit(m[2]!, m[6]!) || set.slice(-2) !== part.slice(-2)) continue;
    if (Number(m[5]) > Number(m[1])) push(m, m[1]!, m[2]!, m[5]!);
  }
  for (const m of text.matchAll(OPENS_NEXT)) {
    // The whole is the one figure of the part's unit in the sentence before: with two, which one is split is not known.
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/[。；！？]\s*(?:[（(][一二三四五六七八九十]{1,3}[）)])?$/u, '');
    const sentence = before.slice(before.search(/[^。；！？\n]*$/u));
    const wholes = [...sentence.matchAll(FIGURE)];
    const list = text.slice(m.index + m[0].length).split(/[。；！？\n]/u)[0]!;
    for (const p of list.matchAll(FIGURE)) {
      const same = wholes.filter((w) => sameUnit(w[2]!, p[2]!));
      const words = list.slice(0, p.index).split(/[，,、]/u).at(-1)!;
      if (same.length !== 1 || NOT_OF_THE_YEAR.test(words) || Number(p[1]) <= Number(same[0]![1])) continue;
      const at = m.index + m[0].length + p.index!;
      marks.push({
        start: at,
        end: at + p[0].length,
        message: `这里说的是${same[0]![1]}${same[0]![2]}中的一部分，却有${p[1]}${p[2]}，比总数还多。`,
        fix: `核对总数（${same[0]![1]}${same[0]![2]}）和这一部分的数字`,
      });
    }
  }
  for (const m of text.matchAll(AMONG)) {
    if (!sameUnit(m[2]!, m[4]!)) continue;
    if (Number(m[3]) > Number(m[1])) push(m, m[1]!, m[2]!, m[3]!);
  }
  return marks;
}
