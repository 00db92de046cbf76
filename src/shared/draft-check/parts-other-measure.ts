/**
 * Where a 其中 list stops: a clause after a comma that does an act to an object of its own, which neither the whole
 * nor any earlier part names (全年行政复议案件26件，其中…，纠正8件，排查化解矛盾纠纷20件), counts another measure of the
 * paragraph, not one more part. The earlier parts must be bare (纠正8件, 市直部门12件): a list whose first part already
 * names its own object (其中举办法治讲座12场，开展送法下乡8场) is a list of kinds, each with its object.
 */
import { ACTS } from './count-tuples.ts';

interface Part { start: number; end: number; label: string }

/** An act and the object after it, Han only (审核行政规范性文件 → 行政规范性文件); built on first use, as count-tuples.ts
 * imports figures.ts, which imports this file. */
let actObject: RegExp | undefined;
const ACT_OBJECT = () => (actObject ??= new RegExp(`(?:${ACTS.join('|')})([\\u3400-\\u9fff]{2,})$`, 'u'));
/** The last characters of a noun, its kind (案件, 纠纷, 文件). */
const HEAD_NOUN = 2;

/** The object a part's own words name that the whole's words (and the parts before) do not, or ''. */
function foreignObject(label: string, named: string): string {
  const object = ACT_OBJECT().exec(label.replace(/[^\u3400-\u9fff]/gu, ''))?.[1] ?? '';
  return object && !named.includes(object.slice(-HEAD_NOUN)) ? object : '';
}

/** The parts up to the first clause that counts another thing; all of them when none does. */
export function partsBeforeOtherMeasure<P extends Part>(parts: P[], text: string, wholeWords: string): P[] {
  if (parts.length < 2 || foreignObject(parts[0]!.label, wholeWords)) return parts;
  let named = wholeWords + parts[0]!.label;
  for (let k = 1; k < parts.length; k++) {
    const joinedByComma = /^[，,]/u.test(text.slice(parts[k - 1]!.end, parts[k]!.start));
    if (joinedByComma && foreignObject(parts[k]!.label, named)) return parts.slice(0, k);
    named += parts[k]!.label;
  }
  return parts;
}
