/**
 * A count said to be all of a body (全体教职工 … 参考162名，参考率100%) that is not the body's size stated earlier
 * (现有在编教职工126名) (round 32). Strict: the sentence says 全体 and 100%, the body's size is stated once with
 * 现有/共有/在编/在册, and the count has the same unit. A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { sentenceAround } from './sentence.ts';
import { pairMark } from './pair-mark.ts';

const ALL_OF = /全体([\u3400-\u9fff]{2,6}?)(?:参加|参与|参考|参训|接受|签订|完成)/gu;
const PERSON_UNIT = '名|人';

export function allOfStock(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(ALL_OF)) {
    const sentence = sentenceAround(text, m.index, { stops: SENTENCE_BREAK });
    if (!/100\s*[%％]/.test(sentence.text)) continue;
    const body = m[1]!;
    const sizes = [...text.slice(0, sentence.start).matchAll(new RegExp(String.raw`(?:现有|共有|在编|在册)[\u3400-\u9fff]{0,4}?${body}\s*(\d+)\s*(${PERSON_UNIT})`, 'gu'))];
    if (sizes.length !== 1) continue;
    const size = sizes[0]!;
    const after = sentence.text.slice(m.index - sentence.start + m[0].length);
    const counts = [...after.matchAll(new RegExp(String.raw`(?<![\d.])(\d+)\s*(?:${PERSON_UNIT})(?![次])`, 'gu'))];
    if (counts.length !== 1 || Number(counts[0]![1]) === Number(size[1])) continue;
    const c = counts[0]!;
    const at = m.index + m[0].length + c.index;
    // The count's own clause, as written (参考162名).
    const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at)) + 1;
    const sizeAt = size.index + size[0].indexOf(size[1]!);
    marks.push({
      ...pairMark({ start: sizeAt, end: size.index + size[0].length }, { start: clauseStart > m.index ? clauseStart : at, end: at + c[0].length },
        `说是全体${body}、比率100%，人数却与前文的${body}${size[1]}${size[2]}对不上：写的是${c[1]}${size[2]}。`, '核对全体人数和参加人数'),
      hintOnly: true,
    });
  }
  return marks;
}
