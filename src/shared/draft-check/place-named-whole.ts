/**
 * A group's whole told again with the report's own place alone before the number (round 58): 培育乡村“法律明白人”473名 …
 * 桤泽区478名“法律明白人”全年参与调解 (v60c-number-mismatch-07, number first later and smaller; -14, larger). The place as
 * the title names it, and nothing else before the number, speaks of all the place's members, so the count is the earlier
 * whole's, smaller or larger (count-beyond-total reads only a larger one, since a later count may be a part). Quotation
 * marks around the noun (“法律明白人”) are read through. Strict, as a hint (internal consistency, on which the reference is
 * silent): the earlier count's words are an act (培养, 配备, …) and a scope (乡村) at most before the noun; the later noun
 * ends at the thing (a closing quote, an act or 全年/均 after it); exactly one earlier whole of the thing in that unit;
 * neither count in the plans section or narrowed (其中, 新增, 以来).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole, wordsFirstCounts } from './restated-measures.ts';
import { numberFirstCounts } from './restated-noun-first.ts';
import { ACT_LEAD } from './count-beyond-total.ts';
import { restatedUnit } from './count-tuples.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';

/** The place alone, as a title names it: 桤泽区, 蕖湾市, 樟口镇. */
const PLACE = /^[\u3400-\u9fff]{1,8}(?:省|市|区|县|州|盟|旗|镇|乡|街道)$/u;
/** Acts of raising a group, beside those count-beyond-total reads (ACT_LEAD). */
const RAISED = /^(?:培养|培育|选聘|选任|聘任|发展)$/u;
/** A scope word between the act and the noun: 培养乡村“法律明白人”. */
const SCOPE = /(?:乡村|农村|村级|城乡|基层)$/u;
/** What may follow the thing in the later clause so that the noun ends there. */
const NOUN_ENDS = /^(?:$|全年|均|全部|都|已|共|累计|参与|积极|在|中)/u;
/** A part or a step named before the later number. */
const PART_BEFORE = /其中|新增|另有|部分/u;
const unquoted = (words: string): string => words.replace(/[“”]/gu, '');
/** The shortest thing read: four characters (法律明白人, 法律顾问, 人民调解员). */
const THING_MIN = 4;

export function placeNamedWholes(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const title = ctx.layout.titleLine >= 0 ? ctx.layout.lines[ctx.layout.titleLine]!.text : '';
  if (!title) return [];
  const earlier = wordsFirstCounts(ctx).filter((c) => !inPlanSection(ctx, c.start) && countsTheWhole(ctx, c.start));
  const marks: Mark[] = [];
  for (const l of numberFirstCounts(ctx)) {
    const place = l.clause.replace(/^[，。；,;：:\n\s]+/u, '');
    if (!PLACE.test(place) || !title.includes(place) || PART_BEFORE.test(place)) continue;
    if (inPlanSection(ctx, l.start) || !countsTheWhole(ctx, l.start)) continue;
    const noun = unquoted(l.noun);
    const sentence = startBefore(text, l.start, SENTENCE_BREAK);
    const fits: { c: (typeof earlier)[number]; n: number }[] = [];
    for (const c of earlier) {
      if (c.start >= l.start || restatedUnit(c.unit) !== l.unit || startBefore(text, c.start, SENTENCE_BREAK) === sentence) continue;
      const words = unquoted(c.measure).replace(/^(?:全年|共|累计)/u, '');
      for (let n = Math.min(words.length, noun.length); n >= THING_MIN; n--) {
        const thing = noun.slice(0, n);
        if (!words.endsWith(thing) || !NOUN_ENDS.test(noun.slice(n))) continue;
        const lead = words.slice(0, -n).replace(SCOPE, '');
        if (ACT_LEAD.test(lead) || RAISED.test(lead)) fits.push({ c, n });
        break;
      }
    }
    if (fits.length !== 1 || fits[0]!.c.value === l.value) continue;
    const { c: one, n } = fits[0]!;
    // The noun as written: its n characters with the quotation marks around them.
    let written = 0;
    for (let han = 0; han < n; written++) if (!/[“”]/u.test(l.noun[written]!)) han++;
    if (l.noun[written] === '”') written++;
    const laterEnd = l.end + written;
    marks.push({
      ...pairMark(one, { start: l.start, end: laterEnd }, `前文写${text.slice(one.start, one.end)}，后文“${place}${text.slice(l.start, laterEnd)}”指的是同一批人或事，数字却是${l.value}，前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}
