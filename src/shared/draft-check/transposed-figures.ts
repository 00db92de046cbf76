/**
 * Two figures in one unit whose digits are the same in another order (210件 … 201件, 980万元 … 890万元): a typing
 * slip in one of them, whatever words each is written with. Writers restate a measure in words no reader of shapes
 * foresees, but one word of the thing counted is shared (矛盾纠纷 … 纠纷, 评查案卷 … 评查行政案卷), and a transposed pair
 * of three digits or more so sharing almost never happens by chance. A shared act alone (办理人大代表建议118件 … 办理法律
 * 援助案件181件) is two measures. Two digits (32个 … 23个) are common by chance: they need two shared words of the
 * thing. Nothing in the reference governs figures agreeing within one report: a 提示 (consistency-summary-total), one
 * per pair.
 */
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { figures, SENTENCE_BREAK } from './checks/figures.ts';
import { foldDigits } from './date-reader.ts';
import { sameDigits } from './measures.ts';
import { pairMark } from './pair-mark.ts';
import { ACTS, countTuples, likeness, NOT_THE_WHOLE, unitOf as countUnit, YEAR } from './count-tuples.ts';
import { startBefore } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

/** The unit without the words after it, 名 and 人 as one (5人 and 5名). */
const unitOf = (f: Figure): string => countUnit(f.unit.split('·')[0]!);
/** The digits as written (1,280万元 → 1280): 980万 and 890万 are transposed, whatever the multiplier. */
const figureDigits = (text: string, f: Figure): string => /\d[\d,.]*/u.exec(foldDigits(text.slice(f.start, f.end)))![0].replace(/,/g, '');
/** Two-character words of a measure: 会前学法 and 组织会前学法 share 会前, 前学, 学法. */
const bigrams = (s: string): Set<string> => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]).filter((b) => /^[\u3400-\u9fff]{2}$/u.test(b)));
/** The words of the measure: the clause before the number, and the noun right after it (23个部门, 12项重大行政决策事项). */
const wordsOf = (text: string, f: Figure): string => f.measure + (/^[\u3400-\u9fff]{0,8}/u.exec(text.slice(f.end))?.[0] ?? '');
/** Words naming a field, not a thing counted: 行政规范性文件 and 行政复议案件 share 行政 and are two measures. */
const FIELD_WORDS = new Set(['行政', '法治', '法律', '依法']);
/**
 * Words naming who is counted, not what they did: 269名本单位干部参加学法考试 and 296名干部专题学习 share 干部 and are two
 * measures (round 60, v62b-outline-prompt-10). The act's words must be shared too.
 */
const WHO_WORDS = new Set(['干部', '人员', '职工', '党员', '群众', '公职', '职人']);
/**
 * The whole name of the thing counted, six characters or more, in both measures right after an act or 的 (受理政府信息公开申请
 * … 在办理的政府信息公开申请中): one thing counted whatever the act. A modifier before it (涉企行政复议案件, 简易程序行政处罚
 * 案件) makes a part, and a shorter shared name (收到行政复议申请 … 审结行政复议案件) two stages of one flow.
 */
const NAME_MIN = 6;
function sharedName(wa: string, wb: string): boolean {
  const led = (w: string, name: string) => {
    const before = w.slice(0, w.indexOf(name));
    return before === '' || before.endsWith('的') || ACTS.some((act) => before.endsWith(act));
  };
  for (let i = 0; i + NAME_MIN <= wa.length; i++) {
    const name = wa.slice(i, i + NAME_MIN);
    if (/^[\u3400-\u9fff]+$/u.test(name) && wb.includes(name) && led(wa, name) && led(wb, name)) return true;
  }
  return false;
}
/** The clause before a figure says it is the stock standing now (对已实行告知承诺的73项, 在现有677名): this year's figure, whatever year opens the plan. */
const STOCK_NOW = /(?:现有|已[\u3400-\u9fff]{1,10}的)$/u;

/** The same-unit figures listed after a figure in its sentence (共85件，其中62件、14件、9件). */
export function partsListedAfter(text: string, f: Figure, all: readonly Figure[]): Figure[] {
  const close = text.slice(f.end).search(SENTENCE_BREAK);
  const end = close === -1 ? text.length : f.end + close;
  return all.filter((g) => g.start > f.start && g.start < end && unitOf(g) === unitOf(f));
}

/** Whether the figure is the sum of the same-unit figures listed after it in its sentence. */
function backedByParts(text: string, f: Figure, all: readonly Figure[]): boolean {
  const parts = partsListedAfter(text, f, all);
  return parts.length >= 2 && parts.reduce((n, g) => n + g.value, 0) === f.value;
}

/** Whether two figures' written digits are one another transposed, and likely one measure for their length. */
function transposed(text: string, a: Figure, b: Figure): boolean {
  if (unitOf(a) !== unitOf(b) || a.value === b.value) return false;
  const [da, db] = [figureDigits(text, a), figureDigits(text, b)];
  if (da === db || da.length !== db.length || /\./u.test(da + db)) return false;
  if (!sameDigits(Number(da), Number(db))) return false;
  const [wa, wb] = [bigrams(wordsOf(text, a)), bigrams(wordsOf(text, b))];
  const shared = [...wa].filter((w) => wb.has(w) && !FIELD_WORDS.has(w) && !WHO_WORDS.has(w) && !ACTS.some((act) => act.includes(w)));
  return shared.length >= (da.length >= 3 ? 1 : 2);
}

/** Transposed pairs in the body, each marked once on the later figure, as every pair reader marks (one mistake, one finding). */
export function transposedFigures(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, bodyEnd(ctx));
  // What makes two counts two measures is the tuple reader's to say (收到 … 审结, 2025年, 其中, 简易程序案件): a pair it
  // vetoes stays silent, however the digits read.
  const tuples = new Map(countTuples(ctx).map((t) => [t.start, t]));
  // Figures it does not read (amounts in 元) are told apart by the words that make a figure a part, another period or a
  // change (其中, 2025年, 上年, 同比), as the tuple reader reads them.
  const otherYear = (s: string) => [...s.matchAll(YEAR)].some((m) => parseInt(m[0], 10) !== ctx.year);
  const apart = (f: Figure) => {
    const sentence = text.slice(startBefore(text, f.start, SENTENCE_BREAK), f.start);
    return NOT_THE_WHOLE.test(sentence) || (otherYear(sentence) && !STOCK_NOW.test(sentence));
  };
  // A long name both hold (政府信息公开申请 受理 … 办理) is one thing counted even where the tuples read two acts; then only
  // the words of a part, another period or a change keep the pair apart.
  const vetoed = (a: Figure, b: Figure) => {
    const [ta, tb] = [tuples.get(a.start), tuples.get(b.start)];
    // Only plain counts of the whole: a campaign's, a part's or a numbered item's count keeps the tuples' veto.
    const plain = (t: typeof ta) => !t || (t.scope === '' && !t.item);
    if (plain(ta) && plain(tb) && sharedName(wordsOf(text, a), wordsOf(text, b))) return apart(a) || apart(b);
    return ta && tb ? likeness(ta, tb) === 0 : apart(a) || apart(b);
  };
  const marks: Mark[] = [];
  const used = new Set<Figure>();
  for (let j = 1; j < all.length; j++) {
    const later = all[j]!;
    if (used.has(later)) continue;
    const earlier = all.slice(0, j).find((f) => !used.has(f) && startBefore(text, f.start, SENTENCE_BREAK) !== startBefore(text, later.start, SENTENCE_BREAK) && transposed(text, f, later) && !vetoed(f, later));
    if (!earlier) continue;
    used.add(earlier).add(later);
    // The mark sits on the later figure, where the other pair readers put theirs, so a pair they saw is one finding; the
    // message names the figure its parts back (共321件，其中140件、96件、85件) as the likely right one.
    const backed = backedByParts(text, later, all) && !backedByParts(text, earlier, all) ? later : backedByParts(text, earlier, all) ? earlier : null;
    const [e, l] = [text.slice(earlier.start, earlier.end), text.slice(later.start, later.end)];
    const hint = backed ? `“${text.slice(backed.start, backed.end)}”与所列各项之和相符，另一处可能有误。` : '';
    marks.push(pairMark(earlier, later, `前文“${e}”与此处“${l}”单位相同、数字相同而位数顺序不同，像是录入时颠倒了数字，请按台账核对是否同一项。${hint}`, '核对两处数字，改为一致'));
  }
  return marks;
}
