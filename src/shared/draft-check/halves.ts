/**
 * A year's total against its two halves (round 12): 全年专题研究5次 … 其中上半年召开2次、下半年召开4次. The halves of one
 * year add up to the year, so two halves that do not are a slip in one of the three. Only the plain forms are read:
 * the whole marked as the year's (全年, 2026年，…) or as the set the halves are taken from (在5次…中), in that sentence or the one
 * before, and the halves with at most a verb before their numbers (上半年集中学法2次 may count a kind of study only).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT } from './checks/figures.ts';

const HALVES = new RegExp(String.raw`上半年[\u3400-\u9fff]{0,3}?(\d+)\s*(${UNIT})[^\d。；！？\n]{0,6}?下半年[\u3400-\u9fff]{0,3}?(\d+)\s*(${UNIT})(?![余多])`, 'gu');
/** The year's whole just before the halves: 全年…N次 or 在N次…中, in the halves' sentence or the one before. */
const WHOLE = new RegExp(String.raw`(?:(?:全年|\d{4}年[，,]?)[\u3400-\u9fff“”]{0,16}?|在)(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');
/** How far before the halves the whole may stand: its sentence and the one before. */
const BEFORE = 120;

/**
 * The year's whole in a unit just before parts of the year at at: the last 全年…N or 在N… in their sentence or the one
 * before. Only those two (a heading line between them does not count): a whole two sentences back may be another measure.
 */
export function yearWholeBefore(text: string, at: number, unit: string): { start: number; end: number; value: number } | null {
  const from = Math.max(0, at - BEFORE);
  const before = text.slice(from, at);
  const breaks = [...before.matchAll(/[。；！？]/gu)];
  const start = breaks.length >= 2 ? breaks[breaks.length - 2]!.index + 1 : 0;
  const whole = [...before.slice(start).matchAll(WHOLE)].filter((w) => w[2] === unit).pop();
  if (!whole) return null;
  const wholeAt = from + start + whole.index + whole[0].length - whole[1]!.length - whole[2]!.length;
  return { start: wholeAt, end: wholeAt + whole[1]!.length + whole[2]!.length, value: Number(whole[1]) };
}

/**
 * The year's whole right after the halves in their sentence (从进度看，上半年完成6次，下半年完成7次，全年专题学法13次): the
 * halves are that total's, not the count told before them (全年组织旁听庭审4次; round 56, v57c-clean-15, audit v57).
 */
const WHOLE_AFTER = new RegExp(String.raw`^[，,]\s*(?:全年|合计|共计|总计)[㐀-鿿“”]{0,16}?(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])`, 'u');
function yearWholeAfter(text: string, at: number, unit: string): { start: number; end: number; value: number } | null {
  const w = WHOLE_AFTER.exec(text.slice(at, at + 40));
  if (!w || w[2] !== unit) return null;
  const start = at + w[0].length - w[1]!.length - w[2]!.length;
  return { start, end: start + w[1]!.length + w[2]!.length, value: Number(w[1]) };
}

export function halvesAgainstYear(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(HALVES)) {
    if (m[2] !== m[4]) continue;
    const whole = yearWholeAfter(text, m.index + m[0].length, m[2]!) ?? yearWholeBefore(text, m.index, m[2]!);
    if (!whole) continue;
    const [total, first, second] = [whole.value, Number(m[1]), Number(m[3])];
    if (first + second === total) continue;
    const wholeAt = whole.start;
    const secondAt = m.index + m[0].lastIndexOf(m[3]!);
    const firstAt = m.index + m[0].indexOf(m[1]!);
    marks.push({
      start: secondAt,
      end: secondAt + m[3]!.length + m[4]!.length,
      places: [
        { start: wholeAt, end: whole.end },
        { start: firstAt, end: firstAt + m[1]!.length + m[2]!.length },
        { start: secondAt, end: secondAt + m[3]!.length + m[4]!.length },
      ],
      message: `全年${total}${m[2]}，上半年${first}${m[2]}、下半年${second}${m[2]}，合计${first + second}${m[2]}：前后数字对不上。`,
      fix: `核对全年总数（${total}${m[2]}）和上下半年的数字`,
    });
  }
  return marks;
}
