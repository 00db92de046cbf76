/**
 * Round 55: the report's own work told as done under the year the report is signed in (2025年，本人主持召开法治建设专题会议
 * 2次, in a 述法报告 on 2024 signed 2025年1月; v56c-year-contradiction-13, -14). The 落款 says that year had barely begun, and
 * the report tells the year just ended (requirements.md 二), so the year opening the clause is a slip for the reported
 * one. Only a clause the year opens, then who did the work and an act of it, told as done: plans (将, 拟, 计划), the
 * plan and problem sections, comparisons and sentences naming another year stay silent, and so does a report signed
 * later in that year, when some of its work may be done.
 */
import type { YearScope } from './last-year-work.ts';
import { TELLER } from './own-account-year.ts';
import { sentenceAround } from './sentence.ts';

/** A year opening a sentence or a clause, then the teller, then an act of the teller's own work within a few words. */
const OPENED_BY_YEAR = new RegExp(`(?:^|[。；！？\\n，,])[^\\S\\n]*((?:19|20)\\d{2})\\s*年度?[，,][^\\S\\n]*${TELLER}[^。；！？，,\\n]{0,6}?(?:主持|召开|组织|开展|举办|带头|参加|听取|研究|审议|部署|督办|批示|签批|走访|讲授|出庭)`, 'gu');
/** A plan, a target or a continuing intent: the year is when the work is to be done. */
const PLANNED = /将|拟|计划|打算|力争|争取|确保|预计|目标|准备|继续|下一步|今后|(?<![重主必需])要|进一步/u;
/** A comparison, a span or a total over years: the year is meant as such. */
const COMPARED_OR_SPANNED = /同比|较|相比|上年|去年|以来|至今|累计|连续|截至|截止/u;
const PLAN_OR_PROBLEM = /整改|反馈|打算|安排|计划|思路|展望|下一步|今后|改进|问题|不足|短板|差距|困难/u;

/**
 * Offsets of such years. `signed` is the 落款's year and month; without a 落款 early in the next year nothing is read,
 * since a report signed later in that year may tell some of that year's work.
 */
export function laterYearOwnAccount({ year, text, skipped, section }: Pick<YearScope, 'year' | 'text' | 'skipped' | 'section'>, signed: { year: number; month: number } | undefined): number[] {
  if (!signed || signed.year !== year + 1 || signed.month > 3) return [];
  const found: number[] = [];
  for (const m of text.matchAll(OPENED_BY_YEAR)) {
    if (Number(m[1]) !== signed.year) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skipped(at)) continue;
    const { start, text: sentence } = sentenceAround(text, at);
    // The clause the year opens and what follows it; the clauses before may set the scene in any words.
    const from = sentence.slice(at - start);
    if ([...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].some((o) => Number(o[1]) !== signed.year)) continue;
    if (PLANNED.test(from) || COMPARED_OR_SPANNED.test(sentence)) continue;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(signed.year)) || PLAN_OR_PROBLEM.test(heads)) continue;
    found.push(at);
  }
  return found;
}
