/**
 * A total of two things each counted just before in its paragraph: 聘请法律顾问5名、配备公职律师3名 … 全年共9名法律顾问和
 * 公职律师参与重大事项审查 (5 + 3 = 8). The words after the number join two nouns (和, 及, 与, 、), and each ends the words
 * of one earlier count in the unit; the total is then their sum. A total naming only one of them, or a noun no earlier
 * count names, may count another set (those of them who took part). Nothing in the reference governs figures agreeing
 * within a report: a 提示 (consistency-parts-sum).
 */
import type { Ctx, Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { figureUnit } from './count-tuples.ts';

/** After the number: the first noun, a joining word, and the words that hold the second. */
const JOINED = /^([\u3400-\u9fff“”]{2,8}?)(?:和|及|与|、)([\u3400-\u9fff“”]{2,12})/u;
/** Words making the total some of them, or not the year's. */
const SOME = /其中|分别|部分|累计|以来|上年|同比/u;

export function joinedTotals(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const marks: Mark[] = [];
  for (const line of ctx.layout.lines) {
    const all = figures(ctx, line.start, line.end);
    all.forEach((total, i) => {
      const joined = JOINED.exec(text.slice(total.end, line.end));
      if (!joined || !total.total || SOME.test(total.label)) return;
      const unit = figureUnit(total);
      const earlier = all.slice(0, i).filter((f) => figureUnit(f) === unit && !f.part);
      const countOf = (noun: string) => earlier.filter((f) => f.label.endsWith(noun));
      const first = countOf(joined[1]!);
      // The second noun runs on into the clause (公职律师参与…): the longest start of it that an earlier count ends with.
      const rest = joined[2]!;
      let second: typeof earlier = [];
      for (let n = rest.length; n >= 2 && !second.length; n--) second = countOf(rest.slice(0, n));
      if (first.length !== 1 || second.length !== 1 || first[0] === second[0]) return;
      const sum = first[0]!.value + second[0]!.value;
      if (sum === total.value) return;
      marks.push({
        start: total.start, end: total.end,
        places: [total, first[0]!, second[0]!].map((f) => ({ start: f.start, end: f.end })),
        message: `这里合计写${text.slice(total.start, total.end)}，前面分别写了${text.slice(first[0]!.start, first[0]!.end)}和${text.slice(second[0]!.start, second[0]!.end)}，合计应为${sum}。`,
        fix: '核对合计数和前面的分项',
      });
    });
  }
  return marks;
}
