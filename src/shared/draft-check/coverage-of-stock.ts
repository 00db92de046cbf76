/**
 * A full-coverage claim over a number of units that is not the number the draft says there are (round 34): 我镇辖15个
 * 行政村 … 培育“法律明白人”60名，实现18个行政村全覆盖. 全覆盖 of N units, or 覆盖全部/所有 N units, says N is all
 * of them, so N must be the stock stated with 辖/下辖/共有/现有/设有 for the same unit noun. Strict: the stock is stated
 * with one number only, and the noun after 个 is the same word. A hint: the reference says nothing on figures agreeing
 * within one report.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { pairMark } from './pair-mark.ts';

const HAN = String.raw`[\u3400-\u9fff]`;
/** 18个行政村全覆盖, 18个行政村实现全覆盖, 覆盖全部18个行政村, 全镇18个行政村全部覆盖. */
const COVERAGE = new RegExp(
  String.raw`(?:(?:实现|达到)?(?<!\d)(\d+)个(${HAN}{1,6}?)(?:（${HAN}{1,4}）)?(?:实现|达到)?全(?:部)?覆盖)|(?:覆盖(?:全部|所有|全)(?<!\d)(\d+)个(${HAN}{1,6}?)(?:（${HAN}{1,4}）)?(?=[，,。；;、\n]|$))`,
  'gu',
);

/** 辖15个行政村, 辖区共12个行政村, 现有行政村15个: the stock of one unit noun, as written; 村 may stand for 行政村. */
function stocksOf(text: string, noun: string): { start: number; end: number; value: number; noun: string }[] {
  const before = new RegExp(String.raw`(?:辖区?|共有|现有|设有)共?(?<n>\d+)个(?<noun>${HAN}{0,4}${noun})`, 'gu');
  const after = new RegExp(String.raw`(?:共有|现有|设有)(?<noun>${noun})(?<n>\d+)个`, 'gu');
  return [...text.matchAll(before), ...text.matchAll(after)].map((m) => {
    const at = m.index + m[0].indexOf(m.groups!.n!);
    return { start: at, end: at + m.groups!.n!.length + 1, value: Number(m.groups!.n), noun: m.groups!.noun! };
  });
}

export function coverageAgainstStock(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(COVERAGE)) {
    // 在8个行政村全覆盖开展…: the villages where something else was done, some of them.
    if (/[在于对向为]$/u.test(text.slice(0, m.index))) continue;
    const value = Number(m[1] ?? m[3]);
    const noun = m[2] ?? m[4]!;
    const stocks = stocksOf(text, noun).filter((s) => s.start !== m.index);
    if (!stocks.length || new Set(stocks.map((s) => s.value)).size !== 1 || stocks[0]!.value === value) continue;
    const stock = stocks[0]!;
    marks.push({
      ...pairMark(stock, { start: m.index, end: m.index + m[0].length },
        `说是${value}个${noun}全覆盖，前文却说共有${stock.value}个${stock.noun}：全覆盖的数目应与总数一致。`, '核对单位总数和覆盖数'),
      hintOnly: true,
    });
  }
  return marks;
}
