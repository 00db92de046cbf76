/**
 * The year's count of one kind of session restated number-first further on (round 51): 全年组织集中学法9次 … 全年10次集中学法
 * 中专题研讨偏少; 牵头研究法治建设议题10次 … 全年召开的11次法治建设专题会议均形成会议纪要. The figure readers shorten the
 * earlier words (组织集中学法 → 学法) and the later words name the meetings, not the topics, so neither reader pairs them.
 * Strict, as a hint (internal consistency, local practice):
 * - the later count calls itself the year's whole (全年/本年度/年内 before it; 中, 均, 全部 after its noun) and is not in the plans;
 * - each side is the report's only count of its measure, and neither is a part, another period or a step (countsTheWhole);
 * - one noun (集中学法 … 集中学法): any two values disagree; another qualifier of one head (专题学法 … 集中学法, a kind the
 *   round-47 ruling keeps apart): only the same digits in another order (16 … 61) are read as one count mistyped;
 * - the 法治建设 meetings: the opening's 研究法治建设议题/事项/工作 N次 or 召开法治建设专题会议 N次 against a later
 *   N次法治建设专题会议. 听取汇报 is another measure and never pairs.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole } from './restated-measures.ts';
import { numberFirstCounts } from './restated-noun-first.ts';
import { GENERAL_HEAD } from './pointed-noun-count.ts';
import { inPlanSection } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { SESSION_UNIT, sameDigits } from './measures.ts';
import { pairMark } from './pair-mark.ts';

/** The year's whole named before the later count (全年10次, 本年度8次, 全年召开的11次). */
const YEAR_WHOLE_BEFORE = /(?:全年|本年度|年内)(?:共|累计)?(?:[\u3400-\u9fff]{2}的)?$/u;
/** Or after its noun: 中 (among them), 均, 全部, 都. */
const WHOLE_AFTER = /^(?:中(?![心央国华])|均|全部|都)/u;
/** Sessions are counted in 次 or 场 alike. */
/** A session noun of four characters: a two-character qualifier and its head (集中学法, 专题学法, 会前学法). */
const SESSION_NOUN = /^[\u3400-\u9fff]{2}(?:学法|讲法|普法)/u;
/** The 法治建设 meetings said the first way: the topics studied or the meetings held. */
const RULE_OF_LAW_TOPICS = /(?:研究法治(?:政府)?建设(?:议题|事项|工作)?|召开法治(?:政府)?建设专题会议|专题会议研究法治(?:政府)?建设(?:工作)?)$/u;
/** …and the later way, noun after the number. */
const RULE_OF_LAW_MEETINGS = /^法治(?:政府)?建设专题会议/u;
/** Reports to the leader are another measure (听取法治建设工作汇报). */
const HEARD_REPORT = /听取|汇报/u;

interface Side { start: number; end: number }

/** The words just before a figure's number, from its clause start (the figure's measure drops 组织, 集中…). */
const wordsBefore = (text: string, start: number): string => text.slice(Math.max(startBefore(text, start, /[，。；,;：:\n]/u), start - 24), start);

function mark(text: string, first: Side, later: Side): Mark {
  return {
    ...pairMark(first, later, `“${wordsBefore(text, first.start).replace(/^[，。；,;：:\n]/u, '')}${text.slice(first.start, first.end)}”和“${text.slice(later.start, later.end)}”说的是全年同一项，数字前后不一致。`, '核对这项数字，前后改成一致'),
    hintOnly: true,
  };
}

export function restatedSessionCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const earlier = figures(ctx, 0, text.length).filter((f) => !f.part && SESSION_UNIT.test(restatedUnit(f.unit)) && !inPlanSection(ctx, f.start) && countsTheWhole(ctx, f.start));
  const later = numberFirstCounts(ctx).filter((c) => SESSION_UNIT.test(c.unit) && !inPlanSection(ctx, c.start) && countsTheWhole(ctx, c.start));
  const marks: Mark[] = [];
  for (const l of later) {
    const noun = SESSION_NOUN.exec(l.noun)?.[0] ?? RULE_OF_LAW_MEETINGS.exec(l.noun)?.[0];
    if (!noun) continue;
    const afterNoun = text.slice(l.end + noun.length);
    if (!YEAR_WHOLE_BEFORE.test(l.clause) && !WHOLE_AFTER.test(afterNoun)) continue;
    const meetings = RULE_OF_LAW_MEETINGS.test(noun);
    const head = meetings ? noun : noun.slice(2);
    if (GENERAL_HEAD.test(head)) continue;
    // The later side must be the report's only number-first count of its head.
    if (later.filter((c) => c !== l && c.noun.slice(0, noun.length).endsWith(head)).length) continue;
    const sides = earlier.filter((f) => {
      const words = wordsBefore(text, f.start);
      if (HEARD_REPORT.test(words)) return false;
      return meetings ? RULE_OF_LAW_TOPICS.test(words) : words.endsWith(head);
    });
    if (sides.length !== 1) continue;
    const f = sides[0]!;
    if (f.start >= l.start || f.value === l.value) continue;
    if (startBefore(text, f.start, SENTENCE_BREAK) === startBefore(text, l.start, SENTENCE_BREAK)) continue;
    const sameNoun = meetings || wordsBefore(text, f.start).endsWith(noun);
    if (!sameNoun && !sameDigits(f.value, l.value)) continue;
    marks.push(mark(text, f, { start: l.start, end: l.end + noun.length }));
  }
  return marks;
}
