/**
 * Round 60: a sentence of the report's own work opened by another year, then the unit that did it, named by 我区, 我镇
 * or by the draft's own place (the place its title or 落款 names): 2022年4月28日，我区邀请法律顾问作专题法治讲座 in a report
 * on 2023 (v62d-year-contradiction-03, -09, -12, -15); 2023年，漪坪县法制审核重大执法决定59件 in a report on 2024
 * (v62c-year-contradiction-15). A report tells one year (requirements.md 二), so the year is a slip. The year after the
 * reported one counts too when the work is told as done and dated after the 落款 (2025年7月4日，我区组织… in a report
 * signed 2025年1月, v62d-06) or, without a month, in a report signed early that year (2025年，琅坪县法制审核…84件,
 * v62c-03, -06, -12). A year with no month needs a counted act (as last-year-work.ts): a bare 2023年，我县… may set the
 * scene. Plans, comparisons, spans, milestones (成立, 印发, 获评), sentences naming another year and the sections on
 * problems, plans or feedback stay silent.
 */
import { HISTORY } from './context.ts';
import { OTHER_YEARS_SECTION, type YearScope } from './last-year-work.ts';
import { TELLER } from './own-account-year.ts';
import { sentenceAround } from './sentence.ts';

/** A place at the start of the title or the 落款: 琅坪县, 柘垭县杉渚镇, 菱浦区人民政府. */
const LEADING_PLACES = /^[^\S\n]*([\u4e00-\u9fff]{2,3}?[县区镇乡市])(?:([\u4e00-\u9fff]{2,3}?[县区镇乡]|[\u4e00-\u9fff]{2,3}?街道))?/u;
/** An act of the unit's own work, within a few words of the unit. */
const ACT = '(?:召开|组织|开展|举办|邀请|法制审核|审核|审查|办理|作出|培养|培训|调处|化解|受理|研究|听取|审议|部署|主持|参加|公开|评查|督办|走访|出庭)';
/** Plans, comparisons, spans and milestones: the year is meant as such. */
const NOT_THIS_YEARS_WORK = /(?<!现)将|拟|计划|打算|力争|争取|确保|预计|目标|下一步|今后|同比|较|相比|上年|去年|以来|至今|累计|连续|截至|截止|成立|设立|组建|印发|出台|颁布|获评|荣获|评为|表彰|命名|授予|入选|首次|启动|试点|到任|(?<!新)任职|当选/u;
/** A counted result: digits and a unit of count. */
const COUNTED = /\d+\s*(?:次|场|件|项|期|份|名|人次|起|批|部|个|条|卷|户次)/u;

/** The draft's own places, as its title and 落款 lines name them. */
export function ownPlaces(lines: string[]): string[] {
  const places = new Set<string>();
  for (const line of lines) {
    const m = LEADING_PLACES.exec(line);
    if (!m) continue;
    for (const p of [m[1], m[2]]) if (p && !/[法治年度告于]/.test(p)) places.add(p);
  }
  return [...places];
}

/**
 * Offsets of such years. `places` are the draft's own places; `signed` the 落款's year and month, if any.
 */
export function ownUnitDatedWork({ year, text, skipped, section }: Pick<YearScope, 'year' | 'text' | 'skipped' | 'section'>, places: string[], signed: { year: number; month: number } | undefined): number[] {
  const unit = places.length ? `(?:${TELLER}|(?:${places.join('|')})(?:人民政府|政府|党委|委)?)` : TELLER;
  const opened = new RegExp(`(?:^|[。；！？\\n])[^\\S\\n]*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)])?[^\\S\\n]*((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?[，,][^\\S\\n]*${unit}(?:全年)?[^。；！？，,\\n\\d]{0,4}?${ACT}`, 'gu');
  const found: number[] = [];
  for (const m of text.matchAll(opened)) {
    const y = Number(m[1]);
    const month = m[2] ? Number(m[2]) : undefined;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skipped(at)) continue;
    const { start, text: sentence } = sentenceAround(text, at, { stops: /[。；！？\n]/ });
    const from = sentence.slice(at - start);
    if (y < year) {
      // December of the year before may open the reported year's work (2024年12月，县政府召开常务会议专题学法, a probe of
      // draft-check-probes-years): only earlier months, or a counted year with no month.
      if (y < year - 3 || (month === undefined && !COUNTED.test(from)) || (y === year - 1 && month === 12)) continue;
    } else if (y === year + 1) {
      // Done after the 落款, or (no month) in a report signed early that year, when none of it was yet done.
      if (!signed || signed.year !== year + 1) continue;
      if (month !== undefined ? month <= signed.month : signed.month > 3 || !COUNTED.test(from)) continue;
    } else continue;
    if ([...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    if (NOT_THIS_YEARS_WORK.test(sentence) || HISTORY.test(sentence)) continue;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) continue;
    found.push(at);
  }
  return found;
}
