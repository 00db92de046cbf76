/**
 * A change from one figure to another that its own stated step does not give (round 34): 新增公职律师2名，总数由13名
 * 增加到16名 (13 + 2 = 15); 由20个压减至15个，减少6个 (20 − 6 = 14). The step and the change sit in one sentence, in
 * one unit, and the step counts the same thing: the change's clause names nothing, a total word (总数, 人数…), or the
 * step's own noun. Strict: one step figure only. A hint: the reference says nothing on figures agreeing within a report.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { HAN, SENTENCE_BREAK, UNIT } from './checks/figures.ts';
import { sentenceAround } from './sentence.ts';

const UP = '增加到|增加至|增至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至|扩充到|扩充至|达到';
const DOWN = '减少到|减少至|减至|压减到|压减至|压缩到|压缩至|精简到|精简至|下降到|下降至|降到|降至|降低到|降低至';
/** 由13名增加到16名: the lead words of the clause, the start figure, the verb and the end figure. */
const CHANGE = new RegExp(String.raw`(${HAN}{0,8}?)[由从](\d+)\s*(${UNIT})(${UP}|${DOWN})(\d+)\s*(${UNIT})`, 'gu');
/** 新增公职律师2名, 减少了3个: a step up or down with what it counts. */
const STEP = new RegExp(String.raw`(新增|净增|增加了?|增长了?|多了|减少了?|压减了?|精简了?|撤并了?)(${HAN}{0,8}?)(\d+)\s*(${UNIT})(?![\d%％])`, 'gu');
/** Words a change's clause may lead with and still count what the step counts. */
const TOTAL_WORDS = /^(?:总数|总人数|人数|数量|总量|规模|队伍|已|现|共|累计|年末|年底|目前)*$/u;

export function changesAgainstStep(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const c of text.matchAll(CHANGE)) {
    const [, lead, from, fromUnit, verb, to, toUnit] = c as unknown as string[];
    if (fromUnit !== toUnit) continue;
    const sentence = sentenceAround(text, c.index, { end: c.index + c[0].length, stops: SENTENCE_BREAK });
    const rest = sentence.text.slice(0, c.index - sentence.start) + ' '.repeat(c[0].length) + sentence.text.slice(c.index - sentence.start + c[0].length);
    // 新增12名、调出5名: any other figure in the unit is another step, and the change may be their sum.
    const others = [...rest.matchAll(new RegExp(String.raw`(?<![\d.])\d+\s*(?:${fromUnit})`, 'gu'))];
    const steps = [...rest.matchAll(STEP)].filter((s) => s[4] === fromUnit);
    if (steps.length !== 1 || others.length !== 1) continue;
    const step = steps[0]!;
    const stepNoun = step[2]!;
    const leadWords = lead!.replace(/^.*[，,：:、]/u, '');
    // 由120名精简至95名，减少20名: a bare step right after the change steps the change's own thing.
    const rightAfter = !stepNoun && /^[，,]?$/u.test(text.slice(c.index + c[0].length, sentence.start + step.index));
    if (!TOTAL_WORDS.test(leadWords) && !(stepNoun.length >= 2 && leadWords.endsWith(stepNoun)) && !rightAfter) continue;
    const up = new RegExp(`^(?:${UP})$`, 'u').test(verb!);
    const stepUp = !/^(?:减少|压减|精简|撤并)/u.test(step[1]!);
    if (up !== stepUp) continue;
    const expected = Number(from) + (up ? 1 : -1) * Number(step[3]);
    if (expected === Number(to)) continue;
    const start = c.index + c[0].length - (verb!.length + to!.length + toUnit!.length);
    marks.push({
      start,
      end: c.index + c[0].length,
      places: [{ start: sentence.start + step.index, end: sentence.start + step.index + step[0].length }, { start, end: c.index + c[0].length }],
      message: `由${from}${fromUnit}${up ? '增加' : '减少'}${step[3]}${fromUnit}应为${expected}${fromUnit}，这里写的是${to}${toUnit}。`,
      fix: '核对原有数、增减数和现有数',
      hintOnly: true,
    });
  }
  return marks;
}
