/**
 * Round 56 (v57d-year-contradiction-15): a dated meeting that adopted the reported year's own tasks, dated another year:
 * 2024年2月5日，县委全面依法治县委员会召开全体会议，审议通过本年度法治建设工作要点 in a report on 2025. The sentence names
 * the tasks as this year's (本年度, 今年), so the event belongs to the reported year. A sentence naming another year as
 * well (2024年…审议通过2024年度要点，今年…) compares years, and a section on plans or feedback tells of other years.
 */
import { OTHER_YEARS_SECTION, type YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** A date opening its sentence or clause, with month (and day): 2024年2月5日， */
const DATED_OPENING = /(?:^|[。；！？\n：:）)])[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?[^\S\n]*(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:上旬|中旬|下旬|初|底|末)?[，,]?/gu;
/** Adopting or deploying the year's own tasks: 审议通过本年度法治建设工作要点, 部署今年重点任务. */
const OWN_YEARS_TASKS = /(?:审议通过|研究通过|讨论通过|审定|审议|通过|研究部署|部署|印发|制定|确定|明确)[^。；！？\n]{0,6}?(?:本年度|今年|本年|当年)(?:的|度)?[^。；！？\n，,]{0,16}?(?:工作要点|要点|重点任务|任务|工作计划|计划|方案|安排)/u;

/** Offsets of the years of dated events that adopted the reported year's own tasks under another year. */
export function ownYearTasksDated({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(DATED_OPENING)) {
    const y = Number(m[1]);
    if (y === year || y < year - 2 || y > year + 1) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skipped(at)) continue;
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；！？\n]/ });
    if (!OWN_YEARS_TASKS.test(sentence)) continue;
    if ([...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) continue;
    found.push(at);
  }
  return found;
}
