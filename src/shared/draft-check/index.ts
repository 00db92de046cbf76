/**
 * 报告体检 core: checkDraft(text, compiledRules, options) → findings with offsets into the
 * text as given. Pure: no DOM, no Node APIs; the page and the CLI share it.
 */
import { normalise } from './normalize.ts';
import { matchAll } from './matcher.ts';
import { layout } from './text.ts';
import { guessType, guessYear } from './guess.ts';
import { checkExistence } from './checks/existence.ts';
import { checkSubstitution } from './checks/substitution.ts';
import { nearFixedNameMarks } from './fixed-names.ts';
import { checkOrder } from './checks/order.ts';
import { checkTitle, titlesToCompare } from './checks/title.ts';
import { checkStructure } from './checks/structure.ts';
import { checkConsistency } from './checks/consistency.ts';
import type { Ctx, Mark } from './context.ts';
import { dropContained, containerOf, sectionFinder } from './scale.ts';
import { oneFindingPerWrongName } from './repeated-names.ts';
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
  const titles = titlesToCompare(text);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const sectionAt = sectionFinder(lay);
  compiled.rules.forEach((rule, i) => {
    if (rule.fromYear && (!year || year < rule.fromYear)) return;
    let marks: Mark[];
    switch (rule.type) {
      case 'existence': marks = checkExistence(rule, i, ctx); break;
      case 'substitution': marks = [...checkSubstitution(rule, i, ctx), ...nearFixedNameMarks(rule, ctx)]; break;
      case 'order': marks = checkOrder(rule, i, ctx); break;
      case 'title': marks = checkTitle(rule, titles, ctx); break;
      case 'structure': marks = checkStructure(rule, ctx); break;
      case 'consistency': marks = checkConsistency(rule, ctx); break;
    }
    // Overlapping patterns of one rule (法制宣传 in 法制宣传教育) give one finding: the longest.
    marks = dropContained(marks);
    for (const m of marks) {
      const key = `${rule.id}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const section = sectionAt(m.start);
      findings.push({
        rule: rule.id,
        type: rule.type,
        level: m.hintOnly ? 'hint' : rule.level,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        message: m.message ?? rule.message,
        ...(m.fix ?? rule.fix ? { fix: m.fix ?? rule.fix } : {}),
        ...(section ? { section } : {}),
        ...(m.places ? { places: m.places } : {}),
        ...(rule.guide ? { guide: { slug: rule.guide.slug, section: rule.guide.section } } : {}),
      });
    }
  });
  return { type, guessedType, year, findings: oneFindingPerMistake(findings, compiled) };
}

/** Which finding speaks for a mistake: one with a fix, then 错误 before 提示, then the narrower span. */
function rank(f: Finding): number[] {
  return [f.fix ? 0 : 1, f.level === 'error' ? 0 : 1, f.end - f.start];
}
/**
 * Kinds whose finding is deleted whole: a prompt to the writer (〔可用事实：全年办理案件XX件〕) goes with the XX inside
 * it, so when it encloses another finding it speaks for the mistake.
 */
const ENCLOSING_KINDS = new Set(['outline-prompt']);
const encloses = (a: Finding, b: Finding, kindOf: ReadonlyMap<string, string | undefined>) =>
  ENCLOSING_KINDS.has(kindOf.get(a.rule) ?? '') && a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
const better = (a: Finding, b: Finding, kindOf: ReadonlyMap<string, string | undefined> = new Map()) => {
  if (encloses(a, b, kindOf)) return true;
  if (encloses(b, a, kindOf)) return false;
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
};

/**
 * One mistake, one finding. Findings whose spans overlap are one mistake seen by several rules
 * (调解纠纷**件: two placeholder rules; 深入实施“八五”普法规划: two currency rules): the one with
 * the fix speaks, the others are listed in `merged`. A repetitive kind (half-width punctuation,
 * spaces) becomes one finding per draft, with the count and every place. A missing section sits
 * on the title line only to be found; it is not merged with the title's own mistakes.
 */
function oneFindingPerMistake(findings: Finding[], compiled: CompiledRules): Finding[] {
  const once = new Set(compiled.rules.filter((r) => r.once).map((r) => r.id));
  const kindOf = new Map(compiled.rules.map((r) => [r.id, r.kind]));
  const apart = (f: Finding) => f.guide !== undefined || f.start === f.end;
  const single = findings.filter((f) => !once.has(f.rule) && !apart(f)).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  let reach = -1; // the end of the current cluster: a finding overlapping any of its members joins it
  for (const f of single) {
    const last = merged[merged.length - 1];
    if (last && f.start < reach) {
      const [keep, drop] = better(f, last, kindOf) ? [f, last] : [last, f];
      const rules = [...new Set([...(last.merged ?? []), ...(f.merged ?? []), drop.rule])].filter((r) => r !== keep.rule);
      merged[merged.length - 1] = { ...keep, merged: rules };
      reach = Math.max(reach, f.end);
      continue;
    }
    merged.push(f);
    reach = f.end;
  }
  // A repetitive kind: places inside another finding belong to it (a half-width bracket in a title being
  // fixed), which then speaks for that rule too.
  const container = containerOf(merged);
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!once.has(f.rule)) continue;
    const i = container(f);
    if (i !== -1) {
      const m = merged[i]!;
      if (m.rule !== f.rule && !m.merged?.includes(f.rule)) merged[i] = { ...m, merged: [...(m.merged ?? []), f.rule] };
      continue;
    }
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  // Two repetitive rules seeing the same places ((一)(二): half-width brackets and heading numbers) are
  // one mistake: the rule with more places speaks, with the fix first, and lists the other.
  const lists = [...byRule.values()].sort((a, b) => b.length - a.length || (better(a[0]!, b[0]!) ? -1 : better(b[0]!, a[0]!) ? 1 : 0));
  const grouped: Finding[] = [];
  for (const list of lists) {
    list.sort((a, b) => a.start - b.start);
    const within = (g: Finding) => list.every((x) => g.places!.some((p) => p.start < x.end && p.end > x.start));
    const host = grouped.findIndex(within);
    if (host !== -1) {
      grouped[host] = { ...grouped[host]!, merged: [...(grouped[host]!.merged ?? []), list[0]!.rule] };
      continue;
    }
    const first = list[0]!;
    grouped.push({ ...first, message: list.length > 1 ? `${first.message}全文共 ${list.length} 处。` : first.message, places: list.map((x) => ({ start: x.start, end: x.end })) });
  }
  const out = [...merged, ...grouped, ...findings.filter(apart)];
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return oneFindingPerWrongName(out, kindOf);
}
