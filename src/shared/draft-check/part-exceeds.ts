/**
 * A part larger than the whole it is said to be part of, in one sentence (round 8): 共受理案件45件，其中维持52件;
 * 全县11个乡镇中，已有13个完成改革. Only the forms that say outright the second number is a part (其中, …中…有)
 * are read: 受理45件，审结48件 may count cases carried over from the year before, so later stages are left alone.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { startBefore } from './sentence.ts';

/** The ends of the sentence a success count is read in (a walk back: a `[^…]*$` search over the text so far is quadratic). */
const SENTENCE_END = /[。；！？\n]/u;

const UNIT = '人次|件次|个|件|项|家|名|人|起|次|宗|户|所|场|条|卷';
/** The same count in another word: 名 and 人 both count people. */
const sameUnit = (a: string, b: string) => (a === '名' ? '人' : a) === (b === '名' ? '人' : b);

/** W unit … 其中 … P unit: the first figure after 其中 (before the sentence ends) is a part of the figure just before 其中. */
const WHOLE_THEN_PART = new RegExp(
  String.raw`(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])([^。；！？\n\d]{0,24}?)其中[^。；！？\n\d]{0,16}?(?<![\d.])(\d+)\s*(${UNIT})(?![余多])`,
  'gu',
);
/** N个…中，(已|共)?有P个: the P are among the N. */
const AMONG = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})[\u3400-\u9fff“”（）]{0,12}中[，,]?[\u3400-\u9fff]{0,4}?有\s*(\d+)\s*(${UNIT})(?![余多])`, 'gu');

/**
 * N名执法人员中，持证人员M名: the part named by its own words, ending as the set's do (人员), without 有. The shared ending
 * keeps apart another thing counted in the same unit (5个乡镇中，建成法律服务站12个).
 */
const AMONG_NAMED = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})([㐀-鿿“”]{2,12})中[，,]\s*([㐀-鿿“”]{2,12}?)(?:为|达|共)?\s*(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');

/**
 * 调处矛盾纠纷204件，调解成功207件: the disputes settled are among those taken up, whether or not 其中 says so; a later
 * stage of other kinds (审结 after 受理) may count cases carried over, but a success is only ever of a mediation tried.
 */
const SUCCESS_OF_TRIED = new RegExp(String.raw`(?:调处|调解|排查化解|化解)[㐀-鿿“”]{0,10}?(?<![\d.])(\d+)\s*(件|起)(?![\d余多])[，,]\s*(?:其中)?(?:调解成功|成功调解|成功调处|调处成功|化解成功|成功化解)[㐀-鿿]{0,4}?(\d+)\s*(件|起)(?![余多])`, 'gu');

/** 其中 opening a sentence or a numbered line: every figure of its list is a part of the sentence before. */
const OPENS_NEXT = /(?<=[。；！？]\s*(?:[（(][一二三四五六七八九十]{1,3}[）)])?)其中/gu;
const FIGURE = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${UNIT})(?![\d余多])`, 'gu');
/** A part counted over another span than the year's whole (累计, 同比, 上年): no part of it. */
const NOT_OF_THE_YEAR = /累计|同比|上年|去年|历年|以来/u;

/** Right after a part: 、 and another figure (、修改15件), so the part opens a list. */
const LIST_GOES_ON = new RegExp(String.raw`^、[\u3400-\u9fff“”]{0,10}\d+\s*(?:${UNIT})`, 'u');

export function partsExceedingWhole(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  const push = (m: RegExpMatchArray, whole: string, unit: string, part: string) => {
    const at = m.index! + m[0].lastIndexOf(part);
    marks.push({
      start: at,
      end: m.index! + m[0].length,
      message: `这里说的是${whole}${unit}中的一部分，却有${part}${unit}，比总数还多。`,
      fix: `核对总数（${whole}${unit}）和这一部分的数字`,
    });
  };
  for (const m of text.matchAll(WHOLE_THEN_PART)) {
    // 共培训320人，其中…1200人次: another unit is another count. A 同比 or 上年 figure in between is another year's.
    if (!sameUnit(m[2]!, m[5]!) || /同比|上年|去年|累计/.test(m[3]!)) continue;
    // 共36件，其中保留41件、修改15件: a list of parts the parts-sum reader adds up against the whole; a part over the whole
    // is the same one slip, already marked on the whole (one mistake, one finding).
    if (LIST_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (Number(m[4]) > Number(m[1])) push(m, m[1]!, m[2]!, m[4]!);
  }
  for (const m of text.matchAll(AMONG_NAMED)) {
    const [set, part] = [m[3]!.replace(/[“”]/g, ''), m[4]!.replace(/[“”]/g, '')];
    if (!sameUnit(m[2]!, m[6]!) || set.slice(-2) !== part.slice(-2)) continue;
    if (Number(m[5]) > Number(m[1])) push(m, m[1]!, m[2]!, m[5]!);
  }
  for (const m of text.matchAll(OPENS_NEXT)) {
    // The whole is the one figure of the part's unit in the sentence before: with two, which one is split is not known.
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/[。；！？]\s*(?:[（(][一二三四五六七八九十]{1,3}[）)])?$/u, '');
    const sentence = before.slice(before.search(/[^。；！？\n]*$/u));
    const wholes = [...sentence.matchAll(FIGURE)];
    const list = text.slice(m.index + m[0].length).split(/[。；！？\n]/u)[0]!;
    for (const p of list.matchAll(FIGURE)) {
      const same = wholes.filter((w) => sameUnit(w[2]!, p[2]!));
      const words = list.slice(0, p.index).split(/[，,、]/u).at(-1)!;
      if (same.length !== 1 || NOT_OF_THE_YEAR.test(words) || Number(p[1]) <= Number(same[0]![1])) continue;
      const at = m.index + m[0].length + p.index!;
      marks.push({
        start: at,
        end: at + p[0].length,
        message: `这里说的是${same[0]![1]}${same[0]![2]}中的一部分，却有${p[1]}${p[2]}，比总数还多。`,
        fix: `核对总数（${same[0]![1]}${same[0]![2]}）和这一部分的数字`,
      });
    }
  }
  for (const m of text.matchAll(SUCCESS_OF_TRIED)) {
    const at = m.index + m[0].lastIndexOf(m[3]!);
    if (!sameUnit(m[2]!, m[4]!) || marks.some((x) => x.start === at)) continue;
    // Round 60 (v62c template: 调处矛盾纠纷906起，其中村调委会调处561起、乡镇调委会调处345起，调解成功903起): a success
    // count after a 其中 list closes the list and is of the whole before 其中, not of the list's last part.
    const tried = m.index + m[0].indexOf(m[1]! + m[2]!, m[0].search(/\d/u));
    const sentence = text.slice(startBefore(text, tried, SENTENCE_END), tried);
    const split = sentence.lastIndexOf('其中');
    let whole = m[1]!;
    if (split >= 0) {
      const wholes = [...sentence.slice(0, split).matchAll(FIGURE)].filter((w) => sameUnit(w[2]!, m[4]!));
      if (!wholes.length) continue;
      whole = wholes.at(-1)![1]!;
    }
    if (Number(m[3]) > Number(whole)) push(m, whole, m[2]!, m[3]!);
  }
  marks.push(...completeListsAgainstWhole(text));
  for (const m of text.matchAll(AMONG)) {
    if (!sameUnit(m[2]!, m[4]!)) continue;
    if (Number(m[3]) > Number(m[1])) push(m, m[1]!, m[2]!, m[3]!);
  }
  return marks;
}

/** 其中 or 分别为 opening a sentence (after a full stop or a numbered heading), and the list that follows to the sentence end. */
const OPENS_LIST = /(?<=[。；！？\n]\s*(?:[（(][一二三四五六七八九十]{1,3}[）)][\u3400-\u9fff]{0,12}[。：:]?)?)(其中|分别为|分别是)[，,：:]?/gu;
/** How far a list is read after its opening word, and how far back its whole and the headings before it. */
const LIST_REACH = 300;
const BEFORE_REACH = 400;
/** A list item that names the rest (其他案件5件): the list then covers the whole. */
const REST = /^(?:其他|其余|其它|另有|剩余)/u;
/** The longest run two strings share, to tell a heading that names the whole's thing (规范性文件制定 … 制定行政规范性文件). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  return best;
}

/**
 * A list opening its own sentence that covers all of the sentence before's one figure in its unit, and adds up to
 * something else: 共52件…。其中，A案件27件，B案件18件，其他案件5件 (50); 制定文件12件…（一）文件制定。分别为A8件、B3件 (11).
 * 分别为 names every part; 其中 does only when its last item is the rest (其他…). Headings without figures between the
 * two are skipped only when they name the whole's thing (four characters in common), so a new topic is not read as a split.
 */
function completeListsAgainstWhole(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(OPENS_LIST)) {
    const listStart = m.index + m[0].length;
    // Bounded stretches: a draft of many such lists stays linear.
    const list = text.slice(listStart, listStart + LIST_REACH).split(/[。；！？\n]/u)[0]!;
    // Parts outside brackets only: a bracket breaks down a part, not the whole.
    const parts = [...list.matchAll(FIGURE)].filter((p) => !/[（(][^）)]*$/u.test(list.slice(0, p.index)));
    if (parts.length < 2 || parts.some((p) => !sameUnit(p[2]!, parts[0]![2]!))) continue;
    const labelOf = (k: number) => list.slice(k ? parts[k - 1]!.index! + parts[k - 1]![0].length : 0, parts[k]!.index).replace(/^[，,、和及]/u, '');
    if (parts.some((_, k) => NOT_OF_THE_YEAR.test(labelOf(k)))) continue;
    if (m[1] === '其中' && !REST.test(labelOf(parts.length - 1))) continue;
    // The whole: the one figure of the parts' unit in the nearest sentence before that has figures.
    const offset = Math.max(0, m.index - BEFORE_REACH);
    const before = text.slice(offset, m.index);
    let end = before.length;
    let skipped = '';
    let whole: { value: number; start: number; end: number; unit: string } | null = null;
    for (let guard = 0; guard < 4 && end > 0; guard++) {
      const sentenceEnd = before.slice(Math.max(0, end - 8), end).search(/[。；！？\n]\s*$/u);
      const cut = sentenceEnd === -1 ? end : Math.max(0, end - 8) + sentenceEnd;
      const from = Math.max(before.lastIndexOf('。', cut - 1), before.lastIndexOf('；', cut - 1), before.lastIndexOf('\n', cut - 1), before.lastIndexOf('！', cut - 1), before.lastIndexOf('？', cut - 1)) + 1;
      // The stretch's edge is no sentence start: a longer sentence is not read.
      if (from === 0 && offset > 0) break;
      const sentence = before.slice(from, cut);
      const figures = [...sentence.matchAll(FIGURE)];
      if (!figures.length && !/\d/u.test(sentence)) {
        skipped += sentence;
        end = from;
        continue;
      }
      const same = figures.filter((f) => sameUnit(f[2]!, parts[0]![2]!));
      if (same.length === 1 && !NOT_OF_THE_YEAR.test(sentence) && (!skipped.replace(/[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、/gu, '').trim() || sharedRun(skipped, sentence) >= 4)) {
        const w = same[0]!;
        whole = { value: Number(w[1]), start: offset + from + w.index!, end: offset + from + w.index! + w[0].length, unit: w[2]! };
      }
      break;
    }
    if (!whole) continue;
    const sum = parts.reduce((n, p) => n + Number(p[1]), 0);
    // A part larger than the whole is already marked on that part (the loop above): one mistake, one finding.
    if (sum === whole.value || parts.some((p) => Number(p[1]) > whole.value)) continue;
    marks.push({
      start: whole.start,
      end: whole.end,
      places: [{ start: whole.start, end: whole.end }, ...parts.map((p) => ({ start: listStart + p.index!, end: listStart + p.index! + p[0].length }))],
      message: `总数与后面列出的各项之和不一致：写的是${whole.value}${whole.unit}，各项合计${sum}${whole.unit}。`,
      fix: '核对总数和各项数字',
    });
  }
  return marks;
}
