/**
 * The opening's count of a kind of event (开展普法活动30场) against the body's only count of events, when the body names
 * that kind by its examples (组织“法律进社区”“法律进校园”活动20场, 开展宪法宣传周等集中普法活动59场) or by the kind itself
 * (举办普法主题活动28场). The opening sums up what the body tells: if the body counts events only once, that count is the
 * opening's told again, and another number is a slip. It stays silent where the body counts events twice or more
 * (which one restates the total is not known), where one named occasion or example stands alone (开展“法律进社区”活动5场:
 * one kind of the events), and for parts, scopes, other years and plans.
 */
import type { Ctx, Mark } from './context.ts';
import { ledger, thisYearsFigure, type Entry } from './measure-ledger.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';

/** An act, then the kind of event (开展普法活动): the kind's own words before 活动. */
const EVENT_COUNT = /^(?:开展|组织|举办)([\u3400-\u9fff]{2,6})活动$/u;
/**
 * Two or more quoted campaign names (“法律进社区”“法律进校园”): the events told by their names. An unquoted list closed
 * by 等 (宪法晨读、模拟法庭等活动) may be a few kinds among others, so it counts only with the kind's own words.
 */
const EXAMPLES = /(?:“[^”]{2,12}”[、和及]?){2,}[\u3400-\u9fff]{0,6}活动$/u;
/** 场 and 场次 count the same events. */
const eventUnit = (unit: string) => (unit === '场次' ? '场' : unit);

export function openingActivityCounts(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const current = thisYearsFigure(ctx);
  const text = ctx.text;
  const marks: Mark[] = [];
  const events = (e: Entry) => !e.summary && !inPlanSection(ctx, e.start) && /活动$/u.test(text.slice(e.sentenceStart, e.start).split(/[，,、：:]/).pop() ?? '');
  for (const sum of entries) {
    if (!sum.summary || sum.part || sum.scoped || !current(sum)) continue;
    const kind = EVENT_COUNT.exec(sum.measure)?.[1];
    if (!kind) continue;
    const counts = entries.filter((e) => events(e) && eventUnit(e.unit) === eventUnit(sum.unit));
    if (counts.length !== 1) continue;
    const body = counts[0]!;
    if (body.value === sum.value || body.part || !current(body) || body.total) continue;
    const written = text.slice(body.sentenceStart, body.start).split(/[，,、：:]/).pop()!;
    const byExamples = EXAMPLES.test(written);
    // Named by the kind itself (举办普法主题活动28场), with no scope narrowing it; occasions given only as examples of
    // it (宪法宣传周等集中普法活动) do not narrow it either.
    const byKind = written.includes(kind) && body.occasionOnly && /等/u.test(written);
    if (!byExamples && !byKind) continue;
    marks.push(pairMark(sum, body, `开头写“${sum.figure.clause}”，正文唯一一处活动场次写“${written}${text.slice(body.start, body.end)}”：数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'));
  }
  return marks;
}
