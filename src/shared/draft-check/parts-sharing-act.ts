/**
 * A total and, in another sentence of the draft, its parts doing the same act (round 42): 共对15个单位开展实地督察 …
 * 对8个县区和9个市直部门开展实地督察 (8 + 9 = 17). The parts are counts joined by 和/及/与/、 in one clause, whose words
 * after the last noun are the total's words after its noun (开展实地督察, four characters or more), with the same
 * words before the first number once total words (共, 全年 …) are dropped, or one of them ending the other. The act done on all of them is the act the
 * total counts, so they cannot add up to more than it (falling short, they may be some of its kinds). Silent when either sentence is narrowed to some (其中, 重点 …), dated to another
 * year, or stands in a plan or rectification section. Internal consistency: a 提示 (consistency-parts-sum).
 */
import type { Ctx, Mark } from './context.ts';
import { CLAUSE_BREAK, figures } from './checks/figures.ts';
import { figureUnit } from './count-tuples.ts';
import { inPlanSection } from './plan-section.ts';
import { NARROWED, SEVERAL_YEARS } from './measures.ts';
import { sentenceAround } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

/** The shortest run of shared words after the nouns that names one act (开展实地督察, 完成执法案卷自查). */
const SHARED_ACT = 4;
/** Between one part and the next: its noun, then a joining word. */
const JOIN = /^[\u3400-\u9fff（）]{1,10}?(?:和|及|与|、)$/u;
/** Words that make a sentence some of the measure, or another year's. */
const OTHER = /上年|去年|同比|较|比上|分别|以来/u;
const STOPS = /[。；;！？!?\n]/;

/** The words after a figure to its clause's end (单位开展实地督察). */
function wordsAfter(text: string, f: Figure): string {
  const rest = text.slice(f.end, f.end + 40);
  const stop = rest.search(CLAUSE_BREAK);
  return stop === -1 ? rest : rest.slice(0, stop);
}

function sharedEnd(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/** The words before the number once total words are dropped (共对 → 对). */
const frame = (f: Figure) => f.label.replace(/共计|累计|总计|合计|全年|(?<!公)共/gu, '');

/** Runs of two or more counts in one clause joined by 和/及/与/、, in one unit. */
function joinedRuns(text: string, all: Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  let run: Figure[] = [];
  for (const f of all) {
    const last = run.at(-1);
    if (last && figureUnit(last) === figureUnit(f) && JOIN.test(text.slice(last.end, f.start))) run.push(f);
    else {
      if (run.length >= 2) runs.push(run);
      run = [f];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

const narrowedOrOther = (ctx: Ctx, f: Figure) => {
  const s = sentenceAround(ctx.text, f.start, { end: f.end, stops: STOPS, ahead: 200, behind: 200 });
  const before = s.text.slice(0, f.start - s.start);
  return NARROWED.test(before) || OTHER.test(s.text) || SEVERAL_YEARS.test(before) || inPlanSection(ctx, f.start)
    || [...s.text.matchAll(/(20\d\d)年/gu)].some((m) => ctx.year && Number(m[1]) !== ctx.year);
};

export function partsSharingAct(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const totals = all.filter((f) => f.total && !f.part);
  if (!totals.length) return [];
  const marks: Mark[] = [];
  for (const parts of joinedRuns(text, all)) {
    const first = parts[0]!;
    const last = parts.at(-1)!;
    if (parts.some((p) => p.total || p.part) || narrowedOrOther(ctx, first)) continue;
    const partsAct = wordsAfter(text, last);
    const matches = totals.filter((t) => {
      // 共为32家企业 … 组织律师为20家民营企业: one frame may name who did it as well.
      if (figureUnit(t) !== figureUnit(first) || !(frame(first).endsWith(frame(t)) || frame(t).endsWith(frame(first)))) return false;
      if (sentenceAround(text, t.start, { stops: STOPS }).start === sentenceAround(text, first.start, { stops: STOPS }).start) return false;
      return sharedEnd(wordsAfter(text, t), partsAct).length >= SHARED_ACT;
    });
    // One total doing that act: two may be two occasions.
    if (matches.length !== 1) continue;
    const total = matches[0]!;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    // Parts falling short may be some of the total's kinds (为30名老人和50名妇女 of 共为120名群众); more than the total cannot be.
    if (sum <= total.value || narrowedOrOther(ctx, total)) continue;
    const act = sharedEnd(wordsAfter(text, total), partsAct);
    // 为农民工和老年人等…: an open list.
    if (partsAct.slice(0, partsAct.length - act.length).includes('等')) continue;
    marks.push({
      start: total.start, end: total.end,
      places: [total, ...parts].map((f) => ({ start: f.start, end: f.end })),
      message: `这里写“${total.clause}${wordsAfter(text, total)}”，另一处分别列出${act}的对象，合计${sum}${last.unit.split('·')[0]}：总数与各项对不上。`,
      fix: '核对总数和分别列出的数字',
    });
  }
  return marks;
}
