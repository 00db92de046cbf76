/**
 * A full-coverage claim over a number of units that is not the number the draft says there are (round 34): 我镇辖15个
 * 行政村 … 培育“法律明白人”60名，实现18个行政村全覆盖. 全覆盖 of N units, or 覆盖全部/所有 N units, says N is all
 * of them, so N must be the stock stated with 辖/下辖/共有/现有/设有 for the same unit noun. Strict: the stock is stated
 * with one number only, and the noun after 个 is the same word. A hint: the reference says nothing on figures agreeing
 * within one report.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { pairMark } from './pair-mark.ts';
import { HAN, RATE, SENTENCE_BREAK } from './checks/figures.ts';
import { sentenceAround } from './sentence.ts';

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

/** 14个村（社区）中已有13个配备法律顾问: a share of a set, M of N units, the act done by the M. */
const SHARE_OF_SET = new RegExp(
  String.raw`(?<![\d.])(\d+)\s*(个|名|家|所|项)(?:${HAN}|（${HAN}{1,4}）){1,10}?中[，,]?(?:已经?有|已|有)?(\d+)\s*\2(?!以上)(${HAN}{2,12})`,
  'gu',
);
/** Words in the act that make the M the ones not done (有1个尚未配备): a remainder, not the share done. */
const NOT_DONE = /^(?:尚|还|仍)?(?:未|没有|不)/u;

/**
 * Whether the act names the rate's work: a run of two characters of the rate's name (持证率 … 持证上岗). Coverage is
 * said by what covers (法律顾问覆盖率 … 配备法律顾问), so 覆盖 itself is left out.
 */
function sameWork(name: string, act: string): boolean {
  const words = name.replace(/覆盖$/u, '');
  for (let i = 0; i + 2 <= words.length; i++) if (act.includes(words.slice(i, i + 2))) return true;
  return false;
}

/**
 * A rate of 100% beside a share that is less than all (round 35): 村（社区）法律顾问覆盖率100%，14个村（社区）中已有13个
 * 配备法律顾问; 执法人员持证率100%，全局46名执法人员中44名持证上岗. The two are said of one work in one sentence, so one
 * of them is a slip. Strict: exactly 100%, the share's act names the rate's work, and M is below N. A hint.
 */
export function fullRateAgainstShare(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const r of text.matchAll(RATE)) {
    if (Number(r[2]) !== 100) continue;
    const sentence = sentenceAround(text, r.index, { stops: SENTENCE_BREAK });
    for (const s of sentence.text.matchAll(SHARE_OF_SET)) {
      const [whole, part, act] = [Number(s[1]), Number(s[3]), s[4]!];
      if (part >= whole || NOT_DONE.test(act) || !sameWork(r[1]!, act)) continue;
      const at = sentence.start + s.index + s[0].indexOf(s[3]!, s[1]!.length + 1);
      const rateAt = r.index + r[0].indexOf(r[2]!);
      const rate = { start: rateAt, end: r.index + r[0].length };
      const share = { start: at, end: sentence.start + s.index + s[0].length };
      const [first, second] = rate.start < share.start ? [rate, share] : [share, rate];
      marks.push({
        ...pairMark(first, second, `${r[1]}率写的是100%，同一句却说${whole}${s[2]}中只有${part}${s[2]}：两者不能同时成立。`, '核对比率和完成数'),
        hintOnly: true,
      });
      break;
    }
  }
  return marks;
}
