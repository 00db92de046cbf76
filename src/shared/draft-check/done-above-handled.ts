/**
 * More cases closed than handled (round 46): 全年办理行政复议案件81件 … 办结行政复议案件82件. 办理 counts every case worked on in
 * the year, carried-over ones too, so the cases closed (办结, 审结, 结案) are among them and can never be more. Taken in
 * (受理, 收到, 新收) is another matter: cases carried over from the year before may be closed beyond it, and stays silent.
 * Both counts must be the year's whole of one noun in one unit, and the draft must give one value for the cases handled.
 * Strict, as a hint (internal consistency).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { countsTheWhole } from './restated-measures.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';
import { bareUnit } from './count-tuples.ts';

/** Worked on in the year (依法办理, 共办理): not 正在办理, the cases still open. */
const HANDLED = /(?<![正在])办理([\u3400-\u9fff]{4,12})$/u;
/** Closed: 办结, 审结, 结案; 受理并办结 names both stages and so is no part of a larger handled count's check. */
const CLOSED = /(?<!并)(?:办结|审结)([\u3400-\u9fff]{4,12})$/u;


export function closedAboveHandled(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const counts = figures(ctx, 0, text.length).filter((f) => !f.part && !inPlanSection(ctx, f.start) && countsTheWhole(ctx, f.start));
  const marks: Mark[] = [];
  for (const closed of counts) {
    const noun = CLOSED.exec(closed.measure)?.[1];
    if (!noun) continue;
    const handled = counts.filter((f) => bareUnit(f.unit) === bareUnit(closed.unit) && HANDLED.exec(f.measure)?.[1] === noun);
    // One value for the cases handled: two leave which whole the closed ones belong to unclear.
    const values = new Set(handled.map((f) => f.value));
    if (values.size !== 1 || closed.value <= handled[0]!.value) continue;
    const first = handled[0]!;
    marks.push({
      ...pairMark(first, closed, `前面写办理${text.slice(first.start, first.end)}，这里写办结${text.slice(closed.start, closed.end)}：办结的案件都在办理之中，不会多于办理数，数字前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}
