/**
 * A breakdown that cannot leave anything out, whose parts do not add up to its whole (round 32):
 *
 * - the whole names its own categories: 全区7个镇（街道）……，其中镇3个、街道5个 (3 + 5 = 8);
 * - the parts are an outcome and its negation: 受理申请58件，……，其中予以公开35件、部分公开12件、不予公开6件 (a
 *   partition, since every request ends one way or the other);
 * - a later sentence breaks down a count named earlier: 新增网格员45名 … 新增的网格员中专职28名、兼职19名, when the
 *   parts are a known pair (专职/兼职) or exceed the whole.
 * Other 其中 lists may leave parts out (其中重大案件3件), so they stay silent. A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { UNIT, SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { closedSetInFull } from './whole-breakdown.ts';

const CJK_RUN = String.raw`[\u3400-\u9fff]`;
/** 镇3个 or 予以公开35件: one part of a 、 list, its label first. */
const PART = new RegExp(String.raw`(${CJK_RUN}{1,10}?)\s*(\d+)\s*(${UNIT})`, 'u');
/** 其中 (or X中) and a 、 list of at least two parts up to the clause end. */
const LIST = new RegExp(String.raw`(其中|(${CJK_RUN}{2,6})中)[，,：:]?((?:${CJK_RUN}{1,10}?\s*\d+\s*(?:${UNIT})、)+${CJK_RUN}{1,10}?\s*\d+\s*(?:${UNIT}))(?=[，,。；;\n]|$)`, 'gu');


interface Part { label: string; value: number; unit: string }

function partsOf(list: string): Part[] {
  return list.split('、').map((p) => {
    const m = PART.exec(p)!;
    return { label: m[1]!, value: Number(m[2]), unit: m[3]! };
  });
}

/** 予以公开 and 不予公开: an outcome and its negation among the parts make them a partition. */
function hasNegatedPair(labels: string[]): boolean {
  const neg = /[不未非]/;
  return labels.some((a) => neg.test(a) && labels.some((b) => b !== a && !neg.test(b) && a.slice(-2) === b.slice(-2)));
}

/** A known split (专职/兼职) or a closed set in full (一审、二审、再审): shared with the 其中 reader of partsSum. */
const isKnownSplit = closedSetInFull;

/** Words after a list that admit parts left out (其余, 另有3件): the list is partial by its own account. */
const REST_TOLD = /其余|其他|另有|剩余|此外|以及|等/u;
/** The noun a total's words end with (矛盾纠纷 → 纠纷), two characters, once total words are dropped. */
const wholeNoun = (words: string) => words.replace(/(?:共计|累计|合计|总计|共|达到|达|为)$/u, '').slice(-2);
const sentenceEnd = (text: string, from: number) => {
  const stop = text.slice(from).search(SENTENCE_BREAK);
  return stop < 0 ? text.length : from + stop;
};

/**
 * Three or more kinds of the total's own noun (矛盾纠纷51件，其中婚姻家庭纠纷33件、邻里纠纷4件、劳动争议4件) that add up to
 * less than it: in the clean sets such lists name every kind, so the shortfall is likely a slip. Two-part lists may be
 * partial (round 47: 合同34+9 of 49), so they stay silent, and so does a list whose sentence admits a rest (其余, 另有).
 */
function kindsFallingShort(labels: string[], wholeWords: string, sum: number, whole: number, afterList: string): boolean {
  const noun = wholeNoun(wholeWords);
  if (labels.length < 3 || sum >= whole || !/^[\u3400-\u9fff]{2}$/u.test(noun) || REST_TOLD.test(afterList)) return false;
  return labels.filter((l) => l.length > noun.length && l.endsWith(noun)).length >= 2;
}

/** 7个镇（街道） or 12个乡和镇: the categories a whole names. */
function categoriesAfter(text: string, at: number): string[] | null {
  const m = /^(\p{Script=Han}{1,4})(?:（(\p{Script=Han}{1,4})）|[和、及](\p{Script=Han}{1,4}))/u.exec(text.slice(at));
  return m ? [m[1]!, m[2] ?? m[3]!] : null;
}

export function namedBreakdowns(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(LIST)) {
    const parts = partsOf(m[3]!);
    const unit = parts[0]!.unit;
    if (parts.some((p) => p.unit !== unit)) continue;
    const labels = parts.map((p) => p.label.replace(/^(?:分别为|分别是|为|有)/, ''));
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const sentenceStart = startBefore(text, m.index, SENTENCE_BREAK);
    let whole: { start: number; end: number; value: number } | undefined;
    let short = false;
    if (m[1] === '其中') {
      const before = text.slice(sentenceStart, m.index);
      const counts = [...before.matchAll(new RegExp(String.raw`(?<![\d.])(\d+)\s*(${unit})`, 'gu'))];
      if (counts.length !== 1) continue;
      const c = counts[0]!;
      const end = sentenceStart + c.index + c[0].length;
      const cats = categoriesAfter(text, end);
      const named = cats && cats.length === labels.length && cats.every((w) => labels.includes(w));
      const kinds = kindsFallingShort(labels, before.slice(0, c.index), sum, Number(c[1]), text.slice(m.index + m[0].length, sentenceEnd(text, m.index)));
      if (!named && !isKnownSplit(labels) && !(labels.length >= 3 && hasNegatedPair(labels)) && !kinds) continue;
      whole = { start: sentenceStart + c.index, end, value: Number(c[1]) };
      short = kinds;
    } else {
      // X中 in a sentence of its own: X must name one earlier count, and the parts must split every X.
      // The sentence opens on X中, perhaps qualified (新招录的执法辅助人员中, 上述人员中).
      if (!/^(?:[\u3400-\u9fff]{0,4}的|上述|这些)?$/u.test(text.slice(sentenceStart, m.index).trim()) || m[2]!.endsWith('其')) continue;
      const noun = m[2]!.replace(/^(?:新增的|上述|这些|其)/, '');
      if (noun.length < 2) continue;
      const earlier = [...text.slice(0, sentenceStart).matchAll(new RegExp(String.raw`${noun}\s*(\d+)\s*(${unit})`, 'gu'))];
      if (earlier.length !== 1) continue;
      if (!isKnownSplit(labels) && !(sum > Number(earlier[0]![1]))) continue;
      const e = earlier[0]!;
      whole = { start: e.index, end: e.index + e[0].length, value: Number(e[1]) };
    }
    if (!whole || sum === whole.value) continue;
    const listStart = m.index + m[0].indexOf(m[3]!);
    marks.push({
      start: whole.start, end: whole.end, hintOnly: true,
      places: [{ start: whole.start, end: whole.end }, { start: listStart, end: m.index + m[0].length }],
      message: short
        ? `所列分项加起来只有${sum}${unit}，少于总数${whole.value}${unit}；如果这里只列了一部分类别，可以忽略本提示。`
        : `总数与它的分项之和对不上：分项合计${sum}${unit}，总数写的是${whole.value}${unit}。`,
      fix: '核对总数和各分项',
    });
  }
  return marks;
}
