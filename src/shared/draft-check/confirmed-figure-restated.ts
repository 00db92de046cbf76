/**
 * One measure told twice in one paragraph with two numbers, where the report itself shows which number is right
 * (round 54): 全年举办法治培训6场，其中线上1场、线下5场 (its parts add up) beside 同时举办法治培训8场, or 全年审核行政规范性
 * 文件20件 (said so in the opening too) beside 本年度审核行政规范性文件22件. restated-figures.ts leaves such pairs when the
 * words are general (举办法治培训) or a sentence narrows one side; here the proof of the right number and the same
 * paragraph stand in for that. Strict, as a hint (internal consistency, local practice):
 * - both counts are whole (no 其中/分别, no 约/余, not in the plans, no other period), same unit, in two sentences of one line;
 *   a sentence narrowing the unconfirmed one (专项, 重点领域) leaves it silent unless it is larger than the confirmed whole;
 * - their words are the same once framing is dropped: a time word for the year (全年, 本年度, 目前), a total word (共,
 *   累计), a link (同时, 并), or a topic given by examples (围绕新修订的行政复议法等内容); any other word may name a part;
 * - one of the two is confirmed: its 其中 parts (two or more) add up to it, or the same words and number stand elsewhere
 *   (even as a part: 其中，聘请法律顾问10名);
 *   the other, unconfirmed, is marked. Each measure's words are said at most twice in the paragraph with another number.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { figures, SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { inPlanSection } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { COMPARISON } from './restated-figures.ts';
import { NARROWED, SEVERAL_YEARS } from './measures.ts';
import { pairMark } from './pair-mark.ts';

type Figure = ReturnType<typeof figures>[number];

/** Framing that leaves the measure whole: a topic by examples, the year, a total word, a link. */
const EXAMPLE_TOPIC = /^(?:围绕|结合)[^，。；,;]{2,30}?等(?:内容|主题|方面)/u;
const FRAMING = /^(?:同时|并且|并|还|另外|此外|目前|现|全年|本年度|本年|年内|今年|共计|共|累计|总计)+/u;
/** Shortest words that name one measure (举办法治培训, 聘请法律顾问). */
const WORDS_MIN = 4;

/** The last example of a topic list cut at its 、 (围绕安全生产法、消防法等内容): the 围绕 stands before the 、. */
const TOPIC_TAIL = /^[^，。；,;]{1,20}?等(?:内容|主题|方面)/u;
const TOPIC_OPENED = /(?:围绕|结合)[^，。；,;]*、$/u;

/** The clause's words before the number without framing, or '' when what is left is not plain words. */
function plainWords(f: Figure, text: string): string {
  const cutAtTopic = TOPIC_OPENED.test(text.slice(Math.max(0, f.start - f.label.length - 40), f.start - f.label.length));
  let w = (cutAtTopic ? f.label.replace(TOPIC_TAIL, '') : f.label).replace(EXAMPLE_TOPIC, '');
  for (let guard = 0; guard < 3; guard++) w = w.replace(FRAMING, '').replace(EXAMPLE_TOPIC, '');
  return /^[\u3400-\u9fff“”]+$/u.test(w) && w.length >= WORDS_MIN ? w : '';
}

const lineOf = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** Whether the 其中 parts right after a total in its sentence (two or more, its unit) add up to it. */
function partsAddUp(all: Figure[], k: number, text: string): boolean {
  const total = all[k]!;
  const sentence = startBefore(text, total.start, SENTENCE_BREAK);
  let sum = 0;
  let n = 0;
  for (const x of all.slice(k + 1)) {
    if (startBefore(text, x.start, SENTENCE_BREAK) !== sentence) break;
    if (!x.part || restatedUnit(x.unit) !== restatedUnit(total.unit)) continue;
    sum += x.value;
    n++;
  }
  return n >= 2 && sum === total.value;
}

export function confirmedFigureRestated(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const all = figures(ctx, 0, text.length);
  const sentenceOf = (f: Figure) => startBefore(text, f.start, SENTENCE_BREAK);
  const whole = (f: Figure) => {
    const sentence = text.slice(sentenceOf(f), f.end);
    return !f.part && !f.approx && !inPlanSection(ctx, f.start) && !COMPARISON.test(sentence) && !SEVERAL_YEARS.test(sentence);
  };
  const words = all.map((f) => (whole(f) ? plainWords(f, text) : ''));
  // A confirming statement may stand as a part of its sentence (其中，聘请法律顾问10名 after the opening's 一年来…).
  const anyWords = all.map((f) => (f.approx ? '' : plainWords(f, text)));
  // How often each measure's words stand in one paragraph with one unit: counted once, not per pair.
  const keyOf = (k: number) => `${words[k]}|${restatedUnit(all[k]!.unit)}|${lineOf(text, all[k]!.start)}`;
  const timesSaid = new Map<string, number>();
  all.forEach((_, k) => words[k] && timesSaid.set(keyOf(k), (timesSaid.get(keyOf(k)) ?? 0) + 1));
  const marks: Mark[] = [];
  for (let a = 0; a < all.length; a++) {
    if (!words[a]) continue;
    const fa = all[a]!;
    for (let b = a + 1; b < all.length; b++) {
      const fb = all[b]!;
      if (lineOf(text, fb.start) !== lineOf(text, fa.start)) break;
      if (words[b] !== words[a] || fb.value === fa.value || restatedUnit(fb.unit) !== restatedUnit(fa.unit) || sentenceOf(fb) === sentenceOf(fa)) continue;
      // A third count of these words in the paragraph: a series, not one slip.
      if (timesSaid.get(keyOf(a)) !== 2) continue;
      const confirmed = (k: number) => partsAddUp(all, k, text) || all.some((x, m) => m !== a && m !== b && x.value === all[k]!.value && anyWords[m] === words[k] && restatedUnit(x.unit) === restatedUnit(all[k]!.unit));
      const [ca, cb] = [confirmed(a), confirmed(b)];
      if (ca === cb) continue;
      const [right, wrong] = ca ? [fa, fb] : [fb, fa];
      // 聚焦重点领域，开展普法活动12场 may be a part of the year's 46场; a part larger than the whole (专项清理…，审核…22件
      // against 20件) is still wrong.
      if (NARROWED.test(text.slice(sentenceOf(wrong), wrong.start - wrong.label.length)) && wrong.value < right.value) continue;
      marks.push({
        ...pairMark(right, wrong, `同一段里“${right.clause}”和“${wrong.clause}”说的是同一项，数字不一致；前者有分项合计或别处同数印证。`, '核对这项数字，前后改成一致'),
        hintOnly: true,
      });
    }
  }
  return marks;
}
