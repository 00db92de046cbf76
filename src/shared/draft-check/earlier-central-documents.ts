/**
 * The earlier central documents on 依法行政 cited as the basis of the report year's work: 2004年国务院《全面推进依法行政实施纲要》
 * and 2008年《关于加强市县政府依法行政的决定》 (central-documents.md 学法用法 note: "较早中央依据"), and 2010年国务院
 * 《关于加强法治政府建设的意见》 (official-phrases.md D3: "旧"). The reference does not say they were replaced, so this is
 * LOCAL PRACTICE and only a 提示: it never claims a replacement or a date, it points to the 法治政府建设实施纲要 in force.
 * A historical mention (2004年国务院印发《…》以来, 回顾…) stays silent.
 */
import type { Ctx, Mark } from './context.ts';
import { HISTORY } from './context.ts';
import { sentenceAround } from './sentence.ts';
import { MADE_BASIS } from './expired-citations.ts';

/** The three names, as writers give them with or without 《》 and the issuer (国务院关于…). */
const EARLIER_NAME = /《?(?:国务院)?(?:全面推进依法行政实施纲要|关于加强市县政府依法行政的决定|关于加强法治政府建设的意见)》?/gu;

/**
 * A verb citing the text as the work's basis, then at most its issuer and year (依据2004年国务院《…》, 按照国务院《…》).
 * 贯彻 and 执行 are citing too; 学习 alone is not (reading an old text is not taking it as the basis).
 */
const CITED_BEFORE = /(?:按照|根据|依据|依照|遵照|遵循|对照|参照|对标|落实|贯彻|执行|按)(?:(?:19|20)\d{2}年)?(?:国务院)?(?:(?:19|20)\d{2}年)?(?:印发的|出台的|发布的)?$/u;
/** 以《…》为指导 / 为依据: made the basis with 以 before the name (MADE_BASIS after it, or 为指导). */
const MADE_BY = /[以把将](?:(?:19|20)\d{2}年)?(?:国务院)?$/u;
const UNDER = /^\s*为(?:指导|遵循|依据|指引)/u;
/** The text's tasks taken for the report year (确定的本年度任务, 部署的今年工作): the same use without a verb before it. */
const YEAR_TASK_AFTER = /^\s*(?:中)?(?:确定|部署|明确|提出|规定)的(?:本年度?|今年|当年|全年)/u;
/** Words that put the text in the past: 以来, 期间, 实施后, 印发后, 曾. */
const TOLD_PAST = /以来|期间|时期|之后|以后|曾|先后|起步|开端|奠定|标志/;

export function earlierCentralCitations(ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const marks: Mark[] = [];
  for (const m of ctx.text.matchAll(EARLIER_NAME)) {
    const at = m.index;
    const end = at + m[0].length;
    const { start: sStart, text: sentence } = sentenceAround(ctx.text, at);
    if (HISTORY.test(sentence) || TOLD_PAST.test(ctx.text.slice(end, end + 8))) continue;
    const clauseStart = Math.max(sStart, ctx.text.lastIndexOf('，', at) + 1, ctx.text.lastIndexOf(',', at) + 1);
    const lead = ctx.text.slice(clauseStart, at);
    if (TOLD_PAST.test(lead)) continue;
    const rest = ctx.text.slice(end, sStart + sentence.length);
    const cited = CITED_BEFORE.exec(lead);
    const made = MADE_BY.exec(lead);
    let from: number | null = null;
    if (cited) from = clauseStart + cited.index;
    else if (made && (UNDER.test(rest) || MADE_BASIS.test(rest))) from = clauseStart + made.index;
    else if (YEAR_TASK_AFTER.test(rest)) from = at;
    if (from === null) continue;
    const name = m[0].startsWith('《') ? m[0] : `《${m[0].replace(/》$/, '')}》`;
    marks.push({
      start: from,
      end,
      hintOnly: true,
      message: `参考资料把${name}列为较早的中央依据，不是现行依据（本地做法）。写本年度工作的依据，宜写现行的法治政府建设实施纲要；写2026年的报告，按“2026年度报告写作须知”和上级本年度部署写。回顾历史时可以提到它。`,
      fix: '改为现行的法治政府建设实施纲要或上级本年度的部署',
    });
  }
  return marks;
}
