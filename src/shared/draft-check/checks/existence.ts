/** Leftover placeholders: literal patterns via the shared automaton, shapes via regex, notes to the drafter by reading. */
import { toOriginal } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { ExistenceRule } from '../types.ts';
import { drafterNotes } from '../drafter-notes.ts';
import { insideAsciiToken } from '../ascii-token.ts';

/** Whether [start, end) lies inside an occurrence of one of the exception strings. */
export function excepted(text: string, start: number, end: number, except: string[]): boolean {
  for (const e of except) {
    let from = Math.max(0, start - e.length);
    let at: number;
    while ((at = text.indexOf(e, from)) !== -1 && at <= start) {
      if (at + e.length >= end) return true;
      from = at + 1;
    }
  }
  return false;
}

export function checkExistence(rule: ExistenceRule, index: number, ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  for (const h of ctx.hits.get(index) ?? []) {
    const [start, end] = toOriginal(ctx.norm, h.start, h.end);
    marks.push({ start, end });
  }
  // A generated rule's regexes can only match where its words are: skip them on every other text.
  const regex = !rule.requires || rule.requires.some((w) => ctx.text.includes(w)) ? rule.regex : [];
  for (const src of regex) {
    const re = new RegExp(src, 'gmu');
    for (const m of ctx.text.matchAll(re)) {
      if (!m[0]) continue;
      marks.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  // The rule that flags the outline's own markers flags any other note to the drafter too, read by its sense.
  if (rule.outlineMarkers === 'flag') marks.push(...drafterNotes(ctx));
  // Letters of a web address or a file name are not a template's XX (https://www.xxx.gov.cn/).
  const inToken = (m: Mark) => rule.kind === 'placeholder' && insideAsciiToken(ctx.text, m.start, m.end);
  return marks.filter((m) => !excepted(ctx.text, m.start, m.end, rule.except) && !inToken(m));
}
