/**
 * A count pointed back at with its number (前述60件中仍有个别存在程序瑕疵, 上述585人次均已考核合格): the writer names a count
 * stated before, so some earlier count in that unit, or a run of them added up, must carry the number. When none does,
 * the number was restated wrongly (the earlier 64件 became 60件). Internal consistency, not the reference: a 提示.
 * A noun after the number (上述13个问题) is the restated-measures reader's; this one reads the bare count.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT, figures } from './checks/figures.ts';
import { figureUnit, unitOf } from './count-tuples.ts';

/** 前述／上述 + number + unit, then no noun: 中, 均, 全部, 都 or the clause ends. */
const BARE_BACK_REFERENCE = new RegExp(`(?:前述|上述)(\\d+)\\s*(${UNIT})(?=中|里|当中|均|全部|都|[，。；,;])`, 'gu');
/** 名 and 人, 起 and 件 count the same thing (count-tuples' unit families). */
/** How many consecutive earlier counts may add up to the number (以上三类共12件 … 上述12件). */
const RUN_MAX = 6;

export function backReferencedCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(BARE_BACK_REFERENCE)) {
    const value = Number(m[1]);
    const unit = unitOf(m[2]!.split('·')[0]!);
    const start = m.index + 2;
    const earlier = figures(ctx, 0, m.index, true).filter((f) => figureUnit(f) === unit);
    if (!earlier.length) continue;
    // Small numbers may have been written in Chinese numerals before (三件): not read, so not judged.
    if (value < 10) continue;
    const values = earlier.map((f) => f.value);
    const named = values.some((v, i) => {
      let sum = 0;
      for (let k = i; k < Math.min(values.length, i + RUN_MAX); k++) if ((sum += values[k]!) === value) return true;
      return v === value;
    });
    if (named) continue;
    marks.push({
      start, end: m.index + m[0].length,
      message: `这里写“${m[0]}”指前面说过的数，但前文没有${m[1]}${m[2]}这个数：前后不一致。`,
      fix: '核对前文的数字，把这里改成与前文一致',
    });
  }
  return marks;
}
