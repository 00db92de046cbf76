/**
 * The year's achievement granted again in other words where the problems section opens (全年虽然开展法治宣传活动111场，
 * 但…): the concession restates a count the report already gave as the year's whole (opening: 全年组织送法进村居活动112场),
 * so the two numbers must agree. The writer rewords the measure, so the two are matched by one shared content word of two
 * characters or more (活动, 执法人员, 证明事项), not by the whole noun; that is safe only when exactly ONE earlier whole count of
 * the unit shares a word. Silent when the concession names another body or period, or a part (其中, 涉企, 农村).
 * A hint: internal consistency, not a rule of the reference.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { CONCEDED, grantedBeforeBut } from './concession.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { countsTheWhole } from './restated-measures.ts';
import { restatedUnit } from './count-tuples.ts';
import { NARROWED } from './measures.ts';
import { VERB } from './measure-ledger.ts';
import { pairMark } from './pair-mark.ts';

/** Only the year may stand before the concession word (全年虽然, 本年度尽管): any other words name a body or a thing of its own. */
const yearLead = (year: number | null) => new RegExp(`^(?:[一二三四五六七八九十]+是)?(?:全年|本年度|本年|今年|年内${year ? `|${year}年度?` : ''})?$`, 'u');
/** Words that make the conceded count a part of the year's work, not all of it. */
const PART = new RegExp(`${NARROWED.source}|涉企|农村|城区|新增|新收|上半年|下半年|季度|月`, 'u');
/** The year named as the whole before an earlier count. */
const YEAR_WHOLE = /全年|本年度|年内/u;
/** Pairs of characters that name no thing: time, totals and kinds (全年, 累计, 各类). */
const NO_THING = /^(?:全年|年度|本年|今年|累计|共计|合计|各类|各项|相关|有关|工作|进行|实行|实施|推进|持续|深入)$/u;

/** The pairs of characters in words that may name the thing counted: no verb of the ledger, nothing in NO_THING. */
function contentPairs(words: string): Set<string> {
  const bare = words.replace(new RegExp(VERB.source, 'gu'), '|');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < bare.length; i++) {
    const pair = bare.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/u.test(pair) && !NO_THING.test(pair)) pairs.add(pair);
  }
  return pairs;
}

const clauseAfter = (text: string, end: number) => {
  const stop = text.slice(end).search(CLAUSE_BREAK);
  return text.slice(end, stop < 0 ? text.length : end + stop);
};

export function concededYearCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const all = figures(ctx, 0, text.length);
  const firstHeading = ctx.layout.headings[0]?.start ?? text.length;
  const lead = yearLead(ctx.year);
  const marks: Mark[] = [];
  for (const later of all) {
    if (later.part || !looksBackOnYear(ctx, later.start) || inPlanSection(ctx, later.start)) continue;
    const clause = text.slice(startBefore(text, later.start, CLAUSE_BREAK), later.start);
    const granted = CONCEDED.exec(clause);
    if (!granted || !grantedBeforeBut(text, clause, later.end) || !lead.test(clause.slice(0, granted.index))) continue;
    const act = clause.slice(granted.index + granted[0].length) + clauseAfter(text, later.end);
    if (PART.test(act) || /\d/u.test(act)) continue;
    const words = contentPairs(act);
    const unit = restatedUnit(later.unit);
    const sharing = all.filter((f) => {
      if (f.start >= later.start || f.part || restatedUnit(f.unit) !== unit || looksBackOnYear(ctx, f.start)) return false;
      const own = text.slice(startBefore(text, f.start, CLAUSE_BREAK), f.start) + clauseAfter(text, f.end);
      return [...contentPairs(own)].some((p) => words.has(p));
    });
    if (sharing.length !== 1) continue;
    const earlier = sharing[0]!;
    const earlierClause = text.slice(startBefore(text, earlier.start, CLAUSE_BREAK), earlier.start);
    const yearWhole = earlier.start < firstHeading || YEAR_WHOLE.test(earlierClause);
    if (!yearWhole || !countsTheWhole(ctx, earlier.start) || earlier.value === later.value) continue;
    marks.push({
      ...pairMark(earlier, later, `前面写全年${text.slice(earlier.start, earlier.end)}，问题部分让步时又写${text.slice(later.start, later.end)}：同一项工作的数字前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}
