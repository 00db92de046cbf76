/**
 * A series of sessions and its attendance given as a pair, restated elsewhere with the same sessions and another
 * attendance: 全年组织执法人员培训10期、707人次 … 举办行政执法人员专题培训10期，累计参训677人次. The sessions agreeing (one
 * act, one number) tie the two pairs to one series, so two attendances of it are a slip in one of them. The attendance
 * may follow its sessions bare (10期、707人次) or with an attendance word (参训, 参加, 覆盖, 累计 …): 累计 there sums the
 * series' own sessions, not several years. Nothing in the reference governs figures agreeing within a report: a 提示
 * (consistency-summary-total).
 */
import type { Ctx, Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { ACTS, NOT_THE_WHOLE } from './count-tuples.ts';
import { leavesOut } from './measures.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

const SESSION_UNITS = new Set(['期', '场', '场次', '批', '轮']);
const ATTENDANCE_UNITS = new Set(['人次', '人', '名']);
/** What stands between sessions and their attendance: a list mark, then at most a total word and an attendance word. */
const LINK = /^[、，,]\s*(?:累计|共计|共|合计)?(?:参训|参加培训|参加|参学|参会|参与|受训|培训|覆盖|受众|听众)?(?:人员|学员|干部职工|群众)?(?:达到|达)?\s*$/u;
/** The kind of event the sessions are (培训, 讲座): the measure's last two characters. */
const HEAD = 2;
const SENTENCE = /[。；;！？!?\n]/u;

type Pair = { sessions: Figure; attendance: Figure; head: string; sentenceStart: number };

function pairsOf(ctx: Ctx): Pair[] {
  const all = figures(ctx, 0, ctx.text.length);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const [sessions, attendance] = [all[i]!, all[i + 1]!];
    if (!SESSION_UNITS.has(sessions.unit.split('·')[0]!) || !ATTENDANCE_UNITS.has(attendance.unit.split('·')[0]!)) continue;
    if (sessions.part || sessions.approx || attendance.approx || !LINK.test(ctx.text.slice(sessions.end, attendance.start))) continue;
    const sentenceStart = startBefore(ctx.text, sessions.start, SENTENCE);
    // Sessions of one part of the year, a change or a plan are not the series restated.
    if (NOT_THE_WHOLE.test(ctx.text.slice(sentenceStart, sessions.start).replace(/累计/gu, ''))) continue;
    if (sessions.measure.length < HEAD + 2) continue;
    pairs.push({ sessions, attendance, head: sessions.measure.slice(-HEAD), sentenceStart });
  }
  return pairs;
}

const ACT = new RegExp(`(?:${ACTS.join('|')})`, 'gu');
/** The event's own words: the measure after its last counting verb (组织执法人员培训 → 执法人员培训). */
function eventWords(measure: string): string {
  // The event's own name may be an act too (培训): only a verb before it counts.
  const acts = [...measure.matchAll(ACT)].filter((m) => m.index + m[0].length <= measure.length - HEAD);
  const last = acts[acts.length - 1];
  return last ? measure.slice(last.index + last[0].length) : measure;
}

/** Whether two measures name one kind of event: one's event words are the other's with some left out (执法人员培训, 行政执法人员专题培训). */
function sameSeries(a: string, b: string): boolean {
  const [x, y] = [eventWords(a), eventWords(b)].sort((p, q) => q.length - p.length);
  return y!.length >= HEAD && x!.slice(-HEAD) === y!.slice(-HEAD) && leavesOut(x!, y!);
}

export function sessionAttendance(ctx: Ctx): Mark[] {
  const pairs = pairsOf(ctx);
  const marks: Mark[] = [];
  for (let i = 0; i < pairs.length; i++) {
    for (let k = i + 1; k < pairs.length; k++) {
      const [a, b] = [pairs[i]!, pairs[k]!];
      if (a.sentenceStart === b.sentenceStart || a.sessions.value !== b.sessions.value || a.sessions.unit !== b.sessions.unit) continue;
      if (a.attendance.unit !== b.attendance.unit || a.attendance.value === b.attendance.value) continue;
      if (!sameSeries(a.sessions.measure, b.sessions.measure)) continue;
      const [x, y] = [a.attendance, b.attendance];
      marks.push(pairMark(x, y, `同一批${a.head}（${a.sessions.value}${a.sessions.unit}），前面写${x.value}${x.unit}，后面写${y.value}${y.unit}：人数前后对不上。`, '核对参加人数，前后写成同一个数'));
    }
  }
  return marks;
}
