/**
 * This year's count pointed back at with the number before its noun (round 44): 新增培养“法律明白人”96名 … 在今年新培养的107名
 * “法律明白人”基础上继续扩大覆盖面. The pointer (今年／本年度／年内 + the act + 的) names the year's count of that noun by
 * that act, so the one earlier count of the same act and noun must carry the number. A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { pairMark } from './pair-mark.ts';
import { escapeRegExp } from '../escape-regexp.ts';

/** 今年新培养的107名“法律明白人”: the year, the act (its last two characters are its stem), 的, the count, the noun. */
const POINTER = /(?:今年|本年度|本年|年内|全年)(?:共|新|累计)?([\u3400-\u9fff]{2,4}?)的(\d+)\s*(名|个|件|家|人|场|次|项|期|户)(“[\u3400-\u9fff]{2,10}”|[\u3400-\u9fff]{2,8}?)(?=基础上|中|的|[，,。；;])/gu;
/** A count of another span or a running total is not the year's count. */
const OTHER_SPAN = /累计|上年|去年|同比|历年|以来|截至/u;


export function thisYearCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(POINTER)) {
    const [, act, digits, unit, noun] = m;
    const stem = act!.slice(-2);
    const earlier = new RegExp(`${escapeRegExp(stem)}[\\u3400-\\u9fff]{0,4}?${escapeRegExp(noun!)}(\\d+)\\s*${unit}`, 'gu');
    const counts = [...text.slice(0, m.index).matchAll(earlier)].filter((c) => {
      const clause = text.slice(startBefore(text, c.index, SENTENCE_BREAK), c.index + c[0].length);
      return !OTHER_SPAN.test(clause);
    });
    const values = new Set(counts.map((c) => c[1]));
    if (values.size !== 1 || values.has(digits!)) continue;
    const c = counts[counts.length - 1]!;
    const numAt = c.index + c[0].lastIndexOf(c[1]!);
    const first = { start: numAt, end: c.index + c[0].length };
    const laterStart = m.index + m[0].indexOf(`的${digits}`) + 1;
    const later = { start: laterStart, end: laterStart + digits!.length + unit!.length };
    marks.push({
      ...pairMark(first, later, `这里说今年${act}的${noun}是${digits}${unit}，前文写的是${c[1]}${unit}：前后不一致。`, '核对两处的数字，改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}
