/**
 * A sentence of the report's own account opened by an earlier year and the unit that did the work (2023年，本人把法治建设
 * 纳入全镇年度重点工作计划; 2024年，我局坚持…), in a report on a later year: the report tells the reported year's work
 * (requirements.md 二: a report is on one year), so a year a draft kept from last year's version is a slip even where
 * the sentence counts nothing (last-year-work.ts reads those that count). Comparisons, history (到任, 获评, 印发…),
 * a year told as done and closed (全部完成), sentences naming another year, and sections on problems, plans or
 * feedback stay silent.
 */
import { recallsPast, HISTORY } from './context.ts';
import { OTHER_YEARS_SECTION, SUBJECT, type YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/**
 * Who tells the work as its own: the units last-year-work.ts reads, and in a 述法 report the 述法人 (我, 我们) and the
 * leading body (镇党委, 局党组, 党委班子). Not 我国, 我省: a wider unit's year is news, not the report's own work.
 */
export const TELLER = `(?:${SUBJECT}|[县镇市区乡街]?党(?:工)?[委组](?:班子)?|(?:领导)?班子|我们|我(?![国省]))`;
/** A year opening its sentence (after a list marker at most), then the unit: 2023年，本人…; （二）2024年度，我局…. */
const OPENED_BY_YEAR_AND_UNIT = new RegExp(`(?:^|[。；！？\\n])[^\\S\\n]*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)?[^\\S\\n]*((?:19|20)\\d{2})\\s*年度?[，,]?[^\\S\\n]*${TELLER}`, 'gu');

/** A comparison, a span, a carried-over case, or the reported year named in words beside it: the earlier year is meant as such. */
const COMPARED_OR_SPANNED = /今年|本年|较|同期|同比|比上年|相比|对比|上年|去年|上一年|以来|累计|连续|历年|先后|逐年|至今|分别|以前|遗留|结转/u;

/** A milestone of that year, personal or the unit's: taking office, an honour, a text issued, a body set up, a first. */
const MILESTONE = /到任|调任|履新|担任|就任|任职|上任|任命|当选|获评|荣获|被评|评为|表彰|命名|授予|入选|列为|确定为|印发|出台|颁布|成立|设立|组建|挂牌|首次|启动|试点/u;

/** Offsets of the earlier years opening a sentence of the unit's own account of its work. */
export function earlierYearOwnAccount({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(OPENED_BY_YEAR_AND_UNIT)) {
    const y = Number(m[1]);
    if (!(y < year && y >= year - 3)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skipped(at)) continue;
    const { text: sentence } = sentenceAround(text, at);
    if ([...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    if (COMPARED_OR_SPANNED.test(sentence) || MILESTONE.test(sentence) || HISTORY.test(sentence) || recallsPast(sentence.slice(sentence.indexOf(m[1]!)), '', year)) continue;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) continue;
    found.push(at);
  }
  return found;
}
