/**
 * One whole named twice with one part each time, the part given two numbers: 对137卷案卷开展评查，发现存在问题的案卷15卷
 * … 在评查的137卷案卷中，有19卷存在问题. The same whole (value, unit and the act done to it) and the same state of the
 * part (存在问题) make one measure, so the two part counts must agree (本地做法: internal consistency, a hint).
 * Silent when either sentence names another part of the same unit (the split may differ), when the wholes' or the
 * parts' words share no act of four characters, or when the whole is small enough to recur by chance.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK, figures } from './checks/figures.ts';
import { restatedUnit } from './count-tuples.ts';
import { startBefore } from './sentence.ts';

/** A whole this large (or larger) does not recur by chance in one report. */
const WHOLE_MIN = 10;
/** Shared words this long name the act done to a whole (集中评查), not a bare noun (案卷). */
const WHOLE_SHARED_MIN = 4;
/** A part's state may be shorter (不规范, 存在问题); runs holding a particle (的案卷, 有问题) name none. */
const PART_SHARED_MIN = 3;
const PARTICLE = /[的有中为了是]/u;

type Figure = ReturnType<typeof figures>[number];

/** The clause a figure stands in, words on both sides of the number, digits dropped. */
function clauseOf(text: string, f: Figure): string {
  const start = startBefore(text, f.start, CLAUSE_BREAK);
  const close = text.slice(f.end).search(CLAUSE_BREAK);
  const end = close === -1 ? text.length : f.end + close;
  return text.slice(start, end).replace(/\d+(?:\.\d+)?/gu, ' ');
}

/** Whether two clauses share a run of Han characters at least min long (for a part's state, with no particle in it). */
function shareWords(a: string, b: string, min: number): boolean {
  for (let i = 0; i + min <= a.length; i++) {
    const run = a.slice(i, i + min);
    if (/^[\u3400-\u9fff]+$/u.test(run) && (min >= WHOLE_SHARED_MIN || !PARTICLE.test(run)) && b.includes(run)) return true;
  }
  return false;
}

interface WholeWithPart { whole: Figure; part: Figure }

/** Each sentence holding exactly two figures of one unit, the larger first: a whole and the one part it names. */
function wholesWithOnePart(ctx: Ctx): WholeWithPart[] {
  const all = figures(ctx, 0, ctx.text.length);
  const bySentence = new Map<number, Figure[]>();
  for (const f of all) {
    const s = startBefore(ctx.text, f.start, SENTENCE_BREAK);
    bySentence.set(s, [...(bySentence.get(s) ?? []), f]);
  }
  const out: WholeWithPart[] = [];
  for (const list of bySentence.values()) {
    const units = new Map<string, Figure[]>();
    for (const f of list) units.set(restatedUnit(f.unit), [...(units.get(restatedUnit(f.unit)) ?? []), f]);
    for (const same of units.values()) {
      if (same.length !== 2) continue;
      const [whole, part] = same as [Figure, Figure];
      if (whole.value >= WHOLE_MIN && part.value < whole.value && !whole.approx && !part.approx) out.push({ whole, part });
    }
  }
  return out;
}

export function partsOfOneWhole(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const read = wholesWithOnePart(ctx);
  const marks: Mark[] = [];
  for (let i = 0; i < read.length; i++) {
    for (let j = i + 1; j < read.length; j++) {
      const [a, b] = [read[i]!, read[j]!];
      if (a.whole.value !== b.whole.value || restatedUnit(a.whole.unit) !== restatedUnit(b.whole.unit) || a.part.value === b.part.value) continue;
      if (!shareWords(clauseOf(text, a.whole), clauseOf(text, b.whole), WHOLE_SHARED_MIN) || !shareWords(clauseOf(text, a.part), clauseOf(text, b.part), PART_SHARED_MIN)) continue;
      const [first, later] = a.part.start < b.part.start ? [a, b] : [b, a];
      marks.push({
        start: later.part.start,
        end: later.part.end,
        places: [first.whole, first.part, later.whole, later.part].map((f) => ({ start: f.start, end: f.end })),
        message: `同一批${text.slice(first.whole.start, first.whole.end)}中，前面写${text.slice(first.part.start, first.part.end)}，这里写${text.slice(later.part.start, later.part.end)}：同一项数字前后不一致。`,
        fix: '核对这项数字，前后改成一致',
        hintOnly: true,
      });
    }
  }
  return marks;
}
