/**
 * A total and the outcomes it splits into: every case found or taken in either is closed or is still open (已结案49件，
 * 在办6件), every problem found is put right or still being put right (已整改到位68个，正在整改4个), every file cleaned
 * up is kept, amended or repealed (继续有效183件、修改20件、废止14件), every 处罚 case took the simple or the ordinary
 * procedure. Such a list says what became of all of the total, so its sum is the total; the writer may give it in the
 * total's own sentence, in the next, or in a later section that names the total's thing again (全年清理的规范性文件中，
 * 废止…). Compared as listDisagrees compares a listed total (more than it, or short by a tenth or one). The reference says
 * nothing on figures agreeing inside one report, so the finding is a 提示 (consistency-parts-sum).
 */
import type { Ctx, Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { bareUnit, countTuples } from './count-tuples.ts';
/** 人 and 名 kept apart, as the outcomes of one list are written in one unit. */
const listUnit = (f: { unit: string }) => bareUnit(f.unit);
import { listDisagrees } from './list-count.ts';
import { startBefore } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

/** The words an outcome ends with (的 and 的有 dropped), by the family of outcomes that together make up a whole. */
const OUTCOMES: [family: string, state: string, words: RegExp][] = [
  // Work still open (read first: 尚未办结 ends as 办结 does): in hand, not yet closed, carried over to next year.
  ['course', 'open', /(?:正在|仍在|尚在)(?:整改|办理|审理|推进|落实)$|在办$|在审$|未(?:办结|结案|完成|整改到位|整改|审结)$|尚未[\u3400-\u9fff]{1,4}$|(?:整改|办理|审理)中$|结转(?:至|到)?下一?年度?$/u],
  // Work done: closed, answered, put right.
  ['course', 'done', /(?:已经?|均已|全部)?(?:整改到位|整改完成|完成整改|已整改|办结|结案|审结|已完成|销号|已答复)$/u],
  // What a clean-up decides for each file.
  ['clean-up', 'kept', /(?:保留|继续有效|继续执行|继续施行)$/u],
  ['clean-up', 'amended', /(?:修改|修订)$/u],
  ['clean-up', 'repealed', /废止$/u],
  ['clean-up', 'lapsed', /(?:宣布失效|失效)$/u],
  // The two procedures a 处罚 case takes.
  ['procedure', 'simple', /简易程序(?:案件)?$/u],
  ['procedure', 'ordinary', /普通程序(?:案件)?$/u],
  // What a 复议 decision does with each case (确认违法 before 撤销 and 维持: none ends another).
  ['review', 'unlawful', /确认(?:违法|无效)(?:决定)?$/u],
  ['review', 'upheld', /维持(?:决定)?$/u],
  ['review', 'revoked', /撤销(?:决定)?$/u],
  ['review', 'changed', /变更(?:决定)?$/u],
  ['review', 'ordered', /责令(?:履行|履职)(?:决定)?$/u],
  ['review', 'dismissed', /驳回(?:复议)?(?:申请)?(?:决定)?$/u],
  ['review', 'settled', /(?:调解|和解|调解和解|调解、和解|调解或和解)(?:结案)?$/u],
  ['review', 'ended', /终止(?:审理)?(?:决定)?$/u],
  // 纠错 names every correcting decision at once (撤销, 变更, 确认违法, 责令履行): it never stands beside one of them.
  ['review', 'corrected', /纠错(?:决定)?$/u],
];

/** The correcting decisions 纠错 sums up: a list naming both counts some cases twice. */
const CORRECTING = new Set(['unlawful', 'revoked', 'changed', 'ordered']);

function outcomeOf(f: Figure): { family: string; state: string } | null {
  const label = f.label.replace(/(?:的有|的|共计|共|合计|有)$/u, '').replace(/^(?:其中|分别为|分别是|分别|经清理|经审查)/u, '');
  for (const [family, state, words] of OUTCOMES) if (words.test(label)) return { family, state };
  return null;
}

/** Whether the outcomes named are all of the whole: both sides of a course, both procedures, or two or more decisions. */
function complete(states: { family: string; state: string }[]): boolean {
  const family = states[0]!.family;
  if (states.some((s) => s.family !== family)) return false;
  const distinct = new Set(states.map((s) => s.state));
  if (distinct.size !== states.length) return false;
  if (family === 'review') return distinct.size >= 3 && !(distinct.has('corrected') && [...distinct].some((d) => CORRECTING.has(d)));
  return family === 'clean-up' ? distinct.size >= 2 : distinct.size === 2;
}

/**
 * Whether the outcomes named leave no other outcome open: a clean-up's kept files with two other decisions (继续有效21件、
 * 修改7件、废止4件), or both procedures of 处罚 cases. Then every file or case is in the list and the sum must be the total
 * itself; a shorter list (修改7件、废止4件: the rest kept) may stop short of it.
 */
function exhaustive(states: { family: string; state: string }[]): boolean {
  const distinct = new Set(states.map((s) => s.state));
  // Four or more decisions on the cases handled (维持、撤销、确认违法、调解和解) are every way a case can end; so are
  // three that set the cases upheld beside those corrected or ended (维持…、撤销…、确认违法…; 维持…、纠错…、终止…):
  // a writer who picks some out names one or two, not the upheld ones and two others (round 45).
  if (states[0]!.family === 'review') return distinct.size >= 4 || (distinct.size >= 3 && distinct.has('upheld'));
  if (states[0]!.family === 'clean-up') return distinct.has('kept') && distinct.size >= 3;
  return states[0]!.family === 'procedure';
}

const SENTENCE = /[。；;！？!?\n]/u;
/** A count of problems found (发现问题13个, 反馈问题9个, 查摆出问题7项): what a later list of 整改 states splits. */
const PROBLEMS_FOUND = /(?:发现|查找|排查|查摆|反馈|梳理|检视)(?:出|到)?(?:各类|突出|存在)?问题(?:共计|合计|共)?$/u;
/** Words saying some of the total is left out of the list. */
const REMAINDER = /其余|其他|另有|余下|剩余|尚在|正在审理|在审|未审结|未办结|审理中|结转/u;
const plain = (s: string) => s.replace(/的/gu, '');

export function outcomesAgainstTotal(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const tuples = countTuples(ctx);
  const marks: Mark[] = [];
  let i = 0;
  while (i < all.length) {
    const first = all[i]!;
    const firstState = outcomeOf(first);
    if (!firstState) { i++; continue; }
    // The run of outcomes: every figure after the first one in its sentence, each an outcome in the first one's unit.
    const sentenceStart = startBefore(text, first.start, SENTENCE);
    const sentenceEnd = first.end + (text.slice(first.end).search(SENTENCE) + 1 || text.length - first.end + 1) - 1;
    const run = [first];
    let k = i + 1;
    // A figure in brackets (审结48件（含上年结转5件）) explains the one before it, and is no outcome of its own.
    // The run ends at a later clause's count in another unit (…终止5件，负责人出庭应诉11人次): that clause tells other work.
    let otherWork = false;
    for (; k < all.length && all[k]!.start < sentenceEnd; k++) {
      const f = all[k]!;
      if (otherWork || /[（(][^）)]*$/u.test(text.slice(first.end, f.start))) continue;
      otherWork = listUnit(f) !== listUnit(first) && !outcomeOf(f) && /[，,]/u.test(text.slice(run[run.length - 1]!.end, f.start));
      if (!otherWork) run.push(f);
    }
    i = k;
    const states = run.map(outcomeOf);
    if (run.length < 2 || states.some((s) => !s) || run.some((f) => listUnit(f) !== listUnit(first)) || !complete(states as { family: string; state: string }[])) continue;
    const lead = plain(text.slice(sentenceStart, first.start));
    const rectifying = run.every((f) => /整改/u.test(f.label));
    const total = bracketHost(text, all, first) ?? wholeOf(all.slice(0, all.indexOf(first)).reverse(), tuples, firstState.family, listUnit(first), sentenceStart, lead, rectifying);
    if (!total) continue;
    const sum = run.reduce((n, f) => n + f.value, 0);
    // Held to the exact total only in the total's own sentence: a list in a later sentence may be another round of the work.
    // Cases still open or settled otherwise (其余正在审理, 另有3件终止) leave a list of decisions short of the total.
    // Cases received (受理) may still be open at the year's end: their decisions are some of them.
    const remainder = firstState.family === 'review' && (REMAINDER.test(text.slice(sentenceStart, sentenceEnd + 1)) || /受理|收到|新收|接收/u.test(text.slice(sentenceStart, first.start)));
    const strict = total.start >= sentenceStart && !remainder && exhaustive(states as { family: string; state: string }[]);
    if (strict ? sum === total.value : !listDisagrees(total.value, sum)) continue;
    marks.push({
      start: total.start,
      end: total.end,
      places: [total, ...run].map((f) => ({ start: f.start, end: f.end })),
      message: `各项去向合计${sum}${listUnit(first)}，与总数“${text.slice(total.start, total.end)}”不符：所列各项说的是总数中每一件的结果，相加应等于总数，请按台账核对。`,
      fix: '核对总数与各项，使各项之和等于总数',
    });
  }
  return marks;
}

/**
 * The total the outcomes split: the nearest earlier figure in their unit that is in their own sentence, or whose act
 * or thing the words before the outcomes name again; for a clean-up, a count of what was cleaned up (全年办理的行政处罚案件中 for
 * 办理行政处罚案件2140件; 经清理 for 清理…215件). A part (其中) or a figure of an outcome itself is never the total.
 */
function wholeOf(earlier: Figure[], tuples: ReturnType<typeof countTuples>, family: string, unit: string, sentenceStart: number, lead: string, rectifying = false): Figure | null {
  let nearest = true;
  for (const f of earlier.slice(0, 12)) {
    if (listUnit(f) !== unit || f.part || outcomeOf(f)) continue;
    const isNearest = nearest;
    nearest = false;
    const t = tuples.find((x) => x.start === f.start);
    // A count in the outcomes' own sentence is what they split, even one read as another scope (全年累计办理…149件，
    // 其中简易程序…): an earlier sentence's count is then no whole of theirs.
    if (!t || t.scope) {
      if (f.start >= sentenceStart) return null;
      continue;
    }
    // What a clean-up decides splits only what was cleaned up: files issued (印发4件) are no total of it.
    if (family === 'clean-up' && !/清理/u.test(t.actRun + t.sentence)) continue;
    // 复议 decisions split only 复议 cases (not 诉讼 or 处罚 cases counted nearby).
    if (family === 'review' && !/复议/u.test(t.actRun + t.thing)) continue;
    if (f.start >= sentenceStart) return f;
    const thing = plain(t.thing);
    if ((t.act.length >= 2 && lead.includes(t.act)) || (thing.length >= 4 && lead.includes(thing.slice(-4)))) return f;
    // What is put right (已整改到位…、正在整改…) is the problems found, told once before in any section: the nearest
    // count in their unit of problems found, listed or fed back (共发现问题13个; 反馈问题6个) is their whole (round 45).
    if (family === 'course' && rectifying && isNearest && PROBLEMS_FOUND.test(t.sentence)) return f;
  }
  return null;
}

/**
 * The count the outcomes are bracketed after (办理行政执法案件149件（简易程序66件、普通程序83件）): the bracket breaks down
 * that very count, so it is their whole whatever its scope, and no other count is.
 */
function bracketHost(text: string, all: Figure[], first: Figure): Figure | null {
  const host = all[all.indexOf(first) - 1];
  const between = text.slice(host?.end ?? 0, first.start);
  if (!host || !between.endsWith(first.label) || !/^[（(](?:其中[：:，,]?)?$/u.test(between.slice(0, between.length - first.label.length))) return null;
  return listUnit(host) === listUnit(first) && !host.part && !outcomeOf(host) ? host : null;
}
