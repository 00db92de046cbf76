/**
 * A count named by a back-pointer with its noun before the number (round 50): 对119份涉政府合同进行合法性审查 … 上述合同911份
 * 已全部归档; 开展会前学法14次 … 综上，全年集体学法41次. The pointer (上述, 前述, 以上, 综上, 这些) says the count was stated
 * before, so the earlier count of that unit whose words hold the same head noun (合同, 学法) must carry the number. One
 * earlier value: compare. Several: speak only when one is the restated number with its digits swapped (13 → 31). A count
 * of another period, a part (其中) or a list pointed at by its size (上述3项制度) is not read. Internal consistency: a 提示.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT, figures } from './checks/figures.ts';
import { restatedUnit } from './count-tuples.ts';
import { pairMark } from './pair-mark.ts';
import { SESSION_UNIT, sameDigits } from './measures.ts';

/** The pointer, an optional year-whole word, the noun (two to ten characters), the number and its unit. */
const POINTED = new RegExp(`(?<![\\d级])(?:上述|前述|以上|综上[，,]?|这些)(?:全年|本年度|年内|共计|共|累计|所)?([\\u3400-\\u9fff]{2,10}?)(\\d+)\\s*(${UNIT})(?![\\d余多])`, 'gu');
/** A noun of another period or a part: the pointer does not name the year's count. */
const OTHER_SCOPE = /其中|合计|总计|上年|去年|同比|历年|以来|截至|新增|增加|[较比]/u;
/** Heads too general to name one thing (工作, 活动): the head is then the noun's last four characters. */
export const GENERAL_HEAD = /^(?:会议|活动|工作|检查|培训|学习|任务|案件|问题|文件|事项|宣传|讲座|建设|情况|措施)$/u;
/** Sessions are counted in 次 or 场 alike (专题学法13场 … 集体学法31次). */
/** How far after an earlier number its noun may run (对119份涉政府合同进行审查). */
const NOUN_AFTER = 8;

function sameUnit(a: string, b: string): boolean {
  const x = restatedUnit(a);
  const y = restatedUnit(b);
  return x === y || (SESSION_UNIT.test(x) && SESSION_UNIT.test(y));
}

function headOf(noun: string): string | null {
  const two = noun.slice(-2);
  if (!GENERAL_HEAD.test(two)) return two;
  return noun.length >= 4 ? noun.slice(-4) : null;
}

export function pointedNounCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(POINTED)) {
    const [, noun, digits, unit] = m;
    if (OTHER_SCOPE.test(noun!)) continue;
    const head = headOf(noun!);
    if (!head) continue;
    const value = Number(digits);
    const earlier = figures(ctx, 0, m.index).filter((f) => {
      if (f.part || !sameUnit(f.unit, unit!) || OTHER_SCOPE.test(f.clause)) return false;
      return `${f.measure}${text.slice(f.end, f.end + NOUN_AFTER)}`.includes(head);
    });
    if (!earlier.length || earlier.some((f) => f.value === value)) continue;
    const values = new Set(earlier.map((f) => f.value));
    const first = values.size === 1 ? earlier[0]! : earlier.find((f) => sameDigits(f.value, value));
    if (!first) continue;
    const start = m.index + m[0].lastIndexOf(digits!);
    const later = { start, end: start + digits!.length + unit!.length };
    marks.push({
      ...pairMark(first, later, `这里回指前文写${noun}${digits}${unit}，前文是${text.slice(first.start, first.end)}：前后不一致。`, '核对前文的数字，把这里改成与前文一致'),
      hintOnly: true,
    });
  }
  return marks;
}
