/**
 * A year's total against parts of the year that together make it up, in any mix of halves and quarters (全年培训执法人员
 * 149人次，其中上半年62人次、第三季度39人次、第四季度30人次; 其中一季度…四季度…; 其中前三季度…、第四季度…), the year
 * optionally repeated before the first part (其中2025年上半年…). Parts that cover each quarter once add up to the year, so
 * a sum that differs is a slip in one of them. Two plain halves are halves.ts's (same whole, marked on the second half);
 * parts that leave a quarter out or cover one twice say nothing. Nothing in the reference governs figures agreeing within
 * a report: a 提示 (consistency-parts-sum).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT } from './checks/figures.ts';
import { yearWholeBefore } from './halves.ts';

/** One part of the year and its count, with at most a three-character verb between (上半年培训62人次). */
const PART = new RegExp(String.raw`(?:\d{4}\s*年度?)?(上半年|下半年|前三季度|第?[一二三四1-4]季度)[\u3400-\u9fff]{0,3}?(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');
/** What may stand between two parts of one list: a list mark, no number, no sentence end. */
const BETWEEN = /^[、，,和及\s]{1,2}$/u;
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The quarters a part of the year covers: 上半年 → 1, 2; 第三季度 → 3. */
function quartersOf(part: string): number[] {
  if (part === '上半年') return [1, 2];
  if (part === '下半年') return [3, 4];
  if (part === '前三季度') return [1, 2, 3];
  return [QUARTER[part.replace(/^第/u, '')[0]!]!];
}

type Part = { start: number; end: number; quarters: number[]; value: number; unit: string };

/** Runs of parts written one after another as one list. */
function runsOfParts(text: string): Part[][] {
  const runs: Part[][] = [];
  let last: Part | undefined;
  for (const m of text.matchAll(PART)) {
    const part = { start: m.index, end: m.index + m[0].length, quarters: quartersOf(m[1]!), value: Number(m[2]), unit: m[3]! };
    if (last && BETWEEN.test(text.slice(last.end, part.start))) runs[runs.length - 1]!.push(part);
    else runs.push([part]);
    last = part;
  }
  return runs;
}

/** Whether the parts cover each quarter of the year exactly once. */
function coverYear(parts: Part[]): boolean {
  const seen = parts.flatMap((p) => p.quarters).sort();
  return seen.join() === '1,2,3,4';
}

const plainHalves = (parts: Part[]) => parts.length === 2 && parts[0]!.quarters.join() === '1,2' && parts[1]!.quarters.join() === '3,4';

export function yearPartsAgainstYear(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const parts of runsOfParts(text)) {
    const unit = parts[0]!.unit;
    if (parts.length < 2 || plainHalves(parts) || parts.some((p) => p.unit !== unit) || !coverYear(parts)) continue;
    const first = parts[0]!;
    // A list closed by its own total (…第四季度12场，全年共计44场) is compared with that one, by the opening-list reader.
    const rest = text.slice(parts[parts.length - 1]!.end);
    if (new RegExp(String.raw`^[^。；！？\n]*?(?:共计|合计|总计|全年共|共)\s*\d+\s*${unit}`, 'u').test(rest)) continue;
    // The whole: the year's count in the parts' sentence or the one before it, in the parts' unit (as halves.ts reads it).
    const whole = yearWholeBefore(text, first.start, unit);
    if (!whole) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (sum === whole.value) continue;
    const [wholeAt, wholeEnd, total] = [whole.start, whole.end, whole.value];
    marks.push({
      start: wholeAt,
      end: wholeEnd,
      places: [{ start: wholeAt, end: wholeEnd }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
      message: `全年${total}${unit}，所列各时段合计${sum}${unit}：总数与各时段数字对不上。`,
      fix: `核对全年总数（${total}${unit}）和各时段的数字`,
    });
  }
  return marks;
}
