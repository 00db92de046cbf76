/**
 * A remainder (其余3个社区) that does not fit the whole and the part the draft names elsewhere (round 32):
 * 街道辖区共有13个社区 … 指导11个社区修订完善居民公约 … 推动其余3个社区完成居民公约修订 (13 − 11 = 2).
 * Strict: one whole (共有/辖区/全) and one part of the same counted noun, the part's sentence sharing the work
 * (居民公约) with the remainder's. A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { sentenceAround } from './sentence.ts';
import { pairMark } from './pair-mark.ts';

const REMAINDER = /(?:其余|剩余|其他)(\d+)\s*个([\u3400-\u9fff]{2,4})/gu;
/** The whole: 共有13个社区, 辖区13个社区, 全街道13个社区. */
const WHOLE_WORDS = /(?:共有|共|辖区|辖|全[\u3400-\u9fff]{1,2}|下设)$/u;

/** Whether two sentences share a run of four CJK characters (the work both are about). */
function shareWork(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) {
    const run = a.slice(i, i + 4);
    if (/^[\u3400-\u9fff]{4}$/u.test(run) && b.includes(run)) return true;
  }
  return false;
}

function remainderMark(text: string, r: RegExpMatchArray): Mark | null {
  const rest = Number(r[1]);
  // The counted noun: the longest start of the words after 个 that one whole before it also counts.
  for (let len = r[2]!.length; len >= 2; len--) {
    const noun = r[2]!.slice(0, len);
    const counts = [...text.slice(0, r.index).matchAll(new RegExp(String.raw`(?<![\d.])(\d+)个${noun}`, 'gu'))];
    const wholes = counts.filter((c) => WHOLE_WORDS.test(text.slice(Math.max(0, c.index - 4), c.index)));
    if (wholes.length !== 1) continue;
    const w = wholes[0]!;
    // The noun itself is shared by every count of it: the work must be in the other words.
    const work = (at: number) => sentenceAround(text, at, { stops: SENTENCE_BREAK }).text.replaceAll(noun, '|');
    const parts = counts.filter((c) => c !== w && shareWork(work(c.index), work(r.index!)));
    if (parts.length !== 1) return null;
    const p = parts[0]!;
    const whole = { start: w.index, end: w.index + w[0].length };
    const value = Number(w[1]);
    const part = Number(p[1]);
    if (part >= value || value - part === rest) return null;
    const at = { start: r.index!, end: r.index! + r[0].length - (r[2]!.length - noun.length) };
    return {
      ...pairMark(whole, at, `其余数与总数和已完成数对不上：${value} − ${part} = ${value - part}个${noun}，不是${rest}个。`, '核对总数、已完成数和其余数'),
      places: [whole, { start: p.index, end: p.index + p[0].length }, at],
      hintOnly: true,
    };
  }
  return null;
}

export function remainderCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const r of text.matchAll(REMAINDER)) {
    const mark = remainderMark(text, r);
    if (mark) marks.push(mark);
  }
  return marks;
}
