/**
 * Counts that their own sentence (or one earlier sentence) fixes by plain arithmetic, in shapes the
 * existing readers do not take (round 32):
 *
 * - a stock: 年初有公职律师12名，本年新增3名，年末达到16名 (12 + 3 = 15);
 * - a complement: 自评指标共36项，已达标34项，未达标3项 (36 − 34 = 2), also when the undone count comes in a
 *   later sentence (抽查案卷80卷，合格76卷 … 有6卷不合格);
 * - a list before its total: 废止9件、修改5件、保留48件，共清理60件 (9 + 5 + 48 = 62).
 * All are hints: internal consistency, not the reference's wording.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT } from './checks/figures.ts';
import { pairMark } from './pair-mark.ts';

const N = String.raw`(?<![\d.])(\d+)\s*`;
const U = `(${UNIT})`;
/** Words inside one clause: no clause or sentence stop. */
const W = (max: number) => String.raw`[^，,。；;！？!?\n、]{0,${max}}?`;

/** 年初有X名 … 新增Y名 … (减少Z名 …) 年末达到T名, within one sentence. */
const STOCK = new RegExp(
  String.raw`(?:年初|期初|年初时)${W(12)}${N}${U}[，,]${W(8)}(?:新增|增加|新聘|新招录|新招聘|新配备|新发展)${W(8)}${N}${U}` +
    String.raw`(?:[，,]${W(8)}(?:减少|调出|退出|离任|解聘|退休|注销)${W(8)}${N}${U})?` +
    String.raw`[，,]${W(6)}(?:年末|年底|期末)${W(6)}(?:达到|达|为|共有|共|有|增至|增加到|增长到)?\s*${N}${U}`,
  'gu',
);

function stocks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(STOCK)) {
    const [, a, ua, b, ub, c, uc, t, ut] = m;
    if (ua !== ub || ua !== ut || (uc && uc !== ua)) continue;
    const expected = Number(a) + Number(b) - Number(c ?? 0);
    if (expected === Number(t)) continue;
    const end = m.index + m[0].length;
    const start = m.index + m[0].search(new RegExp(`${t}\\s*${ut}$`));
    marks.push({
      start, end, hintOnly: true,
      message: `年末数与同一句的年初数和增减数对不上：${a} + ${b}${c ? ` − ${c}` : ''} = ${expected}，不是${t}。`,
      fix: '核对年初数、增减数和年末数',
    });
  }
  return marks;
}

/** What an undone count negates: 未达标, 不合格, 未完成, 未整改, 未办结. */
const DONE_WORDS = '达标|合格|完成|整改|办结|销号|验收|通过|到位';
/** 未达标3项 or 不合格6卷: the negation before the number. */
// 未完成整改 negates 整改 (its done count is 已整改22个): 完成 before another done word is only its aspect.
const UNDONE_BEFORE = new RegExp(String.raw`(?:未|不|没有)(?:完成)?(${DONE_WORDS})\s*${N}${U}`, 'gu');
/** 有6卷不合格, 6卷未完成 or 尚有7个未完成整改: the negation after the number. */
const UNDONE_AFTER = new RegExp(String.raw`${N}${U}(?:${W(6)})(?:未|不)(?:完成)?(${DONE_WORDS})`, 'gu');

interface Count { start: number; end: number; value: number; unit: string }

/** The done count (已达标34项, 合格76卷) that names the same word, with the whole just before it in its sentence. */
function doneWithWhole(text: string, word: string, unit: string, before: number): { whole: Count; done: Count }[] {
  const DONE = new RegExp(String.raw`(?<![未不没])(?:已|均|全部)?${word}${N}(${unit})`, 'gu');
  const found: { whole: Count; done: Count }[] = [];
  for (const d of text.slice(0, before).matchAll(DONE)) {
    const doneStart = d.index + d[0].indexOf(d[1]!);
    const clauseStart = Math.max(text.lastIndexOf('，', d.index), text.lastIndexOf(',', d.index));
    const sentenceStart = Math.max(...['。', '；', '\n'].map((c) => text.lastIndexOf(c, d.index)));
    if (clauseStart <= sentenceStart) continue;
    // 其中优秀96卷、合格132卷、不合格12卷: a grade in a list of several is not the done half of a pair.
    if (/其中|、/.test(text.slice(clauseStart, d.index)) || text[d.index - 1] === '、' || /^、/.test(text.slice(d.index + d[0].length))) continue;
    // The whole is the last count of that unit in the clause right before the done count.
    const prevClause = text.slice(sentenceStart + 1, clauseStart);
    const wholes = [...prevClause.matchAll(new RegExp(`${N}(${unit})`, 'gu'))];
    const w = wholes[wholes.length - 1];
    if (!w || prevClause.slice(prevClause.lastIndexOf('，') + 1).includes('其中')) continue;
    const wStart = sentenceStart + 1 + w.index;
    found.push({
      whole: { start: wStart, end: wStart + w[0].length, value: Number(w[1]), unit },
      done: { start: doneStart, end: d.index + d[0].length, value: Number(d[1]), unit },
    });
  }
  return found;
}

function complements(text: string): Mark[] {
  const marks: Mark[] = [];
  const undone = [
    ...[...text.matchAll(UNDONE_BEFORE)].map((m) => ({ m, word: m[1]!, value: m[2]!, unit: m[3]! })),
    ...[...text.matchAll(UNDONE_AFTER)].map((m) => ({ m, word: m[3]!, value: m[1]!, unit: m[2]! })),
  ];
  for (const { m, word, value, unit } of undone) {
    const pairs = doneWithWhole(text, word, unit, m.index);
    // One done count of this word and unit before it: a second one could be another scope.
    if (pairs.length !== 1) continue;
    const { whole, done } = pairs[0]!;
    if (done.value > whole.value || whole.value - done.value === Number(value)) continue;
    const at = m.index + m[0].indexOf(value);
    const later = { start: Math.min(m.index, at), end: m.index + m[0].length };
    marks.push({
      ...pairMark(done, later, `未${word}数与总数和已${word}数对不上：${whole.value} − ${done.value} = ${whole.value - done.value}${unit}，不是${value}${unit}。`, '核对总数、已完成数和未完成数'),
      places: [whole, done, later],
      hintOnly: true,
    });
  }
  return marks;
}

/**
 * 废止9件、修改5件、保留48件，共清理60件: parts joined by 、 (or 和, 及) right before a 共 total of the same unit. A part
 * may name its act at length (主持召开法治建设专题会议11次). The total's clause may name its measure before the 共
 * (…专题讲座2次，全年共开展学法活动9次): such a measure may be wider than the list, so only parts that add up to more
 * than it are a slip — unless it names the group the parts make (聘请法律顾问3名、公职律师7名，法律顾问队伍共11名),
 * which may also come one clause later.
 */
const PART = String.raw`[\u3400-\u9fff]{1,20}\s*\d+\s*(?:${UNIT})`;
const LIST_THEN_TOTAL = new RegExp(
  String.raw`(?<=^|[，,：:。；\n])(${PART}(?:(?:、|和|及|以及)${PART}){1,6})[，,]\s*(?:([^，,。；;：:\d\n]{2,24})[，,]\s*)?` +
    String.raw`([\u3400-\u9fff]{0,12}?)(共计|合计|总计|(?:总数|总人数)(?:为|达到|达)?|(?<!公)共(?!同|建|享|治|识|产|有))([\u3400-\u9fff]{0,6}?)${N}${U}`,
  'gu',
);
/**
 * Words before a total's 共 that make it another count: last year's, a change, a stock, a part of the list, or an
 * outcome of the listed cases (…邻里纠纷25件，调解成功共50件).
 */
const OTHER_COUNT = /上年|去年|同比|比|较|增|新|其中|另|此外|以来|历年|现有|成功|办结|审结|结案|化解|完成|到位|合格|达标|通过|采纳|整改/u;
const PART_FIGURE = new RegExp(String.raw`(\d+)\s*(${UNIT})`, 'gu');
/** A total naming a group (法律顾问队伍, 调解员总数): the whole the listed members make. */
const GROUP = /(?:队伍|团队|总数|总人数)$/u;
/** Parts that are new ones, of several years, or already some of an earlier total: the group may hold more. */
const NOT_WHOLE_GROUP = /新|增|累计|近[一二三四五两]年|以来|历年|其中|分别|现有|目前|截至|在册|年末|年底/u;

/** The noun of each part: the two characters before its number (法律顾问3名 → 顾问). */
const partNounsOf = (list: string) => list.split(/、|和|及/u).map((p) => /([\u3400-\u9fff]{2})\s*\d/u.exec(p)?.[1]).filter((n): n is string => !!n);

/** The total names the group the parts make: a group word after words sharing two characters with a part (执法队伍, 执法队员). */
function namesTheGroup(named: string, totalWord: string, list: string): boolean {
  const group = `${named}${/总/u.test(totalWord) ? totalWord.replace(/[为达到]+$/u, '') : ''}`;
  if (!GROUP.test(group) || NOT_WHOLE_GROUP.test(`${list}${named}`)) return false;
  const head = group.replace(GROUP, '');
  return [...head].some((_, i) => i + 2 <= head.length && list.includes(head.slice(i, i + 2)));
}

function listTotals(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(LIST_THEN_TOTAL)) {
    const parts = [...m[1]!.matchAll(PART_FIGURE)];
    const [, list, between, named, totalWord, after, stated, unit] = m as unknown as string[];
    // 总数由80名增加到87名: a change of the whole, not its sum.
    if (parts.some((p) => p[2] !== unit) || /^(?:其中|分别)/u.test(list!) || /由|从/u.test(after!)) continue;
    const sum = parts.reduce((s, p) => s + Number(p[1]), 0);
    if (sum === Number(stated)) continue;
    const group = namesTheGroup(named!, totalWord!, list!);
    // Only a group total may stand a clause after its parts: a clause between may start another count.
    if (between && !group) continue;
    // 检查企业30家、门店25家，发现问题企业共20家: a total whose words end with a part's noun picks some of that part.
    const picksSome = partNounsOf(list!).some((n) => `${named}${after}`.endsWith(n));
    if (!group && named && (sum < Number(stated) || OTHER_COUNT.test(named) || picksSome)) continue;
    const end = m.index + m[0].length;
    const start = m.index + m[0].lastIndexOf(totalWord!);
    marks.push({
      start, end, hintOnly: true,
      message: `合计数与前面列出的分项之和对不上：分项合计${sum}${unit}，不是${stated}${unit}。`,
      fix: '核对分项和合计数',
    });
  }
  return marks;
}

export function countArithmetic(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  return [...stocks(text), ...complements(text), ...listTotals(text)];
}
