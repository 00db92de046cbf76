/**
 * A dated target (到2025年每个行政村至少培养3名“法律明白人”) taken as the standard for work after its year. currency-2026.md
 * §1 says such a target is the target of its year, not a standing rule: a report on 2026 that keeps working by it
 * (对照…的要求，2026年继续按此标准…) cites an ended target as guidance. The rule is a hint: a superior may still ask for it.
 */
import type { Ctx, Mark } from './context.ts';
import { HISTORY } from './context.ts';
import { MADE_BASIS, workYearAt } from './expired-citations.ts';
import { sentenceAround } from './sentence.ts';

/** The target: 到 a year, what is to be reached, then the word naming it a target (要求, 目标, 标准, 任务). */
const DATED_TARGET = /到\s*((?:19|20)\d{2})\s*年[^。；\n]{2,40}?[”"]?的?(?:要求|目标|标准|任务)/gu;

/** The work told as done by the target after it (继续按此标准, 2026年仍按这一要求): the mark goes there, with its year. */
const KEPT_AS_STANDARD = /(?:(?:19|20)\d{2}\s*年度?|今年|本年度?)?(?:继续|仍然?|依然|照旧)(?:按照?|对照|执行|沿用|参照|依照)(?:此|该|这一|这个|上述|原)?(?:标准|要求|目标)/u;

/**
 * Verbs citing the target as the work's yardstick (对照“到2025年…”的要求, 对标, 瞄准): the target is then guidance. Who the target is
 * for may stand between the verb and its year (按照每个行政村到2025年…的标准, 对照全县各村到2025年…): a few words, no comma.
 * Round 44: 按 alone too (今年仍按“到2025年…”的标准配备), and 沿用, 比照; not 按期 or 按时.
 */
export const CITED_BEFORE = /(?:对照|按照|依照|参照|比照|根据|依据|遵循|落实|围绕|执行|沿用|对标|对表|瞄准|紧扣|锚定|按(?![期时]))[^，,。；：:\n]{0,10}?\s*[“"]?$/u;

/** 以 (把, 将) right before the target, which MADE_BASIS after it makes the yardstick. */
const MADE_BY = /[以把将]\s*$/u;

/**
 * A target reached (实现, 完成, 均已按照…的目标完成培养, 达到): its year's result, not guidance, unless the sentence says
 * the work goes on by it (继续按此标准).
 */
export const MET = /实现|完成|达到|达成|已达|超额|均已/;
/**
 * Round 45: the target called the standing one (“到2025年…”的现行标准, 这一当前要求): the sentence says in its own words that an ended
 * target is guidance now, whatever this year's work it then says was done (今年新增培养任务已完成).
 */
const CALLED_CURRENT = /(?:现行|当前|目前|现阶段)(?:的)?(?:要求|目标|标准|任务)$/u;

/**
 * Round 46: the completion told of a year after the target's (按照到2025年…的要求，今年完成培养任务; 力争按照到2024年年底…的要求完成2027年任务):
 * the report year's own work done by an ended target, which is the target taken as guidance, not the target's result.
 */
const OWN_YEAR_MET = /(?:本年度?|今年|全年|当年|((?:19|20)\d{2})\s*年度?)[^，,。；]{0,6}?(?:完成|实现|达到|达成)|(?:完成|实现|达到|达成)[^，,。；]{0,2}?(?:本年度?|今年|全年|当年|((?:19|20)\d{2})\s*年度?)/u;
function metInLaterYear(after: string, targetYear: number): boolean {
  const m = OWN_YEAR_MET.exec(after);
  if (!m) return false;
  const year = m[1] ?? m[2];
  return !year || Number(year) > targetYear;
}

export function expiredTargets(ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const marks: Mark[] = [];
  for (const m of ctx.text.matchAll(DATED_TARGET)) {
    const year = Number(m[1]);
    if (year >= workYearAt(ctx, m.index)) continue;
    const { start, text: sentence } = sentenceAround(ctx.text, m.index);
    if (HISTORY.test(sentence)) continue;
    const after = ctx.text.slice(m.index + m[0].length, start + sentence.length);
    const kept = KEPT_AS_STANDARD.exec(after);
    if (kept) {
      const at = m.index + m[0].length + kept.index;
      marks.push({ start: at, end: at + kept[0].length });
    } else if (!MET.test(sentence) || CALLED_CURRENT.test(m[0]) || metInLaterYear(after, year)) {
      const cited = CITED_BEFORE.exec(ctx.text.slice(start, m.index));
      // 以到2025年…的目标作为考核标准: the target made the yardstick, 以 before it and 作为…标准 after.
      const made = MADE_BY.exec(ctx.text.slice(start, m.index));
      const madeEnd = made ? MADE_BASIS.exec(ctx.text.slice(m.index + m[0].length)) : null;
      if (cited) marks.push({ start: start + cited.index, end: m.index + m[0].length });
      else if (made && madeEnd) marks.push({ start: start + made.index, end: m.index + m[0].length + madeEnd[0].length });
    }
  }
  return marks;
}
