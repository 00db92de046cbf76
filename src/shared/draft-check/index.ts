/**
 * 报告体检 core: checkDraft(text, compiledRules, options) → findings with offsets into the
 * text as given. Pure: no DOM, no Node APIs; the page and the CLI share it.
 */
import { normalise } from './normalize.ts';
import { matchAll } from './matcher.ts';
import { layout, sectionAt } from './text.ts';
import { guessType, guessYear } from './guess.ts';
import { checkExistence } from './checks/existence.ts';
import { checkSubstitution } from './checks/substitution.ts';
import { checkOrder } from './checks/order.ts';
import { checkTitle, quotedTitles } from './checks/title.ts';
import { checkStructure } from './checks/structure.ts';
import { checkConsistency } from './checks/consistency.ts';
import type { Ctx, Mark } from './context.ts';
import type { CheckOptions, CheckResult, CompiledRules, Finding } from './types.ts';

export type * from './types.ts';
export { compileRules } from './compile.ts';
export { substitutionRules } from './substitution-rules.ts';
export { normalise, toOriginal } from './normalize.ts';

export function checkDraft(text: string, compiled: CompiledRules, options: CheckOptions = {}): CheckResult {
  const lay = layout(text);
  const norm = normalise(text);
  const guessedType = guessType(text, lay, compiled.typeHints, compiled.rules);
  const type = options.type ?? guessedType;
  const year = options.year ?? guessYear(text, lay);
  const ctx: Ctx = { text, norm, layout: lay, hits: matchAll(compiled.dictionary, norm), type, year };
  const titles = quotedTitles(text);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  compiled.rules.forEach((rule, i) => {
    if (rule.fromYear && (!year || year < rule.fromYear)) return;
    let marks: Mark[];
    switch (rule.type) {
      case 'existence': marks = checkExistence(rule, i, ctx); break;
      case 'substitution': marks = checkSubstitution(rule, i, ctx); break;
      case 'order': marks = checkOrder(rule, i, ctx); break;
      case 'title': marks = checkTitle(rule, titles, ctx); break;
      case 'structure': marks = checkStructure(rule, ctx); break;
      case 'consistency': marks = checkConsistency(rule, ctx); break;
    }
    // Overlapping patterns of one rule (法制宣传 in 法制宣传教育) give one finding: the longest.
    marks = marks.filter((m) => !marks.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    for (const m of marks) {
      const key = `${rule.id}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const section = sectionAt(lay, m.start);
      findings.push({
        rule: rule.id,
        type: rule.type,
        level: rule.level,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        message: m.message ?? rule.message,
        ...(m.fix ?? rule.fix ? { fix: m.fix ?? rule.fix } : {}),
        ...(section ? { section } : {}),
        ...(rule.guide ? { guide: { slug: rule.guide.slug, section: rule.guide.section } } : {}),
      });
    }
  });
  // One mistake, one finding: an order finding inside a substitution finding (学法、守法、尊法、用法
  // inside a whole outdated sentence) says less than the substitution, which carries the fix.
  const subs = findings.filter((f) => f.type === 'substitution');
  // Likewise half-width brackets inside a title that a title rule already corrects.
  const titled = findings.filter((f) => f.type === 'title');
  const inside = (f: Finding, list: Finding[]) => list.some((s) => s.start <= f.start && s.end >= f.end);
  const kept = findings.filter((f) => !(f.type === 'order' && inside(f, subs)) && !(f.rule === 'consistency-halfwidth-punct' && inside(f, titled)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { type, guessedType, year, findings: kept };
}
