/**
 * What every checker test needs: the compiled rules, a check with the report's year and type, and findings
 * picked by rule or by kind, counting the rules merged into a finding (one mistake, one finding).
 */
import { checkDraft } from '../../../src/shared/draft-check/index.ts';
import type { CheckOptions, Finding, ReportKind } from '../../../src/shared/draft-check/types.ts';
import { loadCompiled } from '../../../scripts/lib/content-rules.ts';

export const compiled = loadCompiled();
export const kindOf = new Map(compiled.rules.map((r) => [r.id, r.kind]));

export const check = (text: string, year = 2026, type: ReportKind = 'law-based-government-annual-report'): Finding[] =>
  checkDraft(text, compiled, { year, type }).findings;

/** A check with only the options given: a type or year left out is guessed from the text, as the page does. */
export const checkWith = (text: string, options: CheckOptions = {}): Finding[] => checkDraft(text, compiled, options).findings;

/** A finding's own rule and the rules merged into it. */
export const rulesIn = (f: Finding): string[] => [f.rule, ...(f.merged ?? [])];

export const rulesOf = (text: string, year = 2026, type?: ReportKind): string[] => check(text, year, type).flatMap(rulesIn);

/** The findings that speak for a rule, on their own or merged. */
export const byRule = (rule: string, text: string, year = 2026, type?: ReportKind): Finding[] =>
  check(text, year, type).filter((f) => rulesIn(f).includes(rule));

/** The texts of the findings that speak for a rule, on their own or merged. */
export const textsByRule = (rule: string, text: string, year = 2026, type?: ReportKind): string[] =>
  byRule(rule, text, year, type).map((f) => f.text);

/** The findings of one kind (own or merged), as [text, level]. */
export const ofKind = (kind: string, text: string, year = 2026, type?: ReportKind): [string, string][] =>
  check(text, year, type)
    .filter((f) => rulesIn(f).some((r) => kindOf.get(r) === kind))
    .map((f) => [f.text, f.level]);

/** The kind each finding speaks for (its own rule's). */
export const kindsOf = (text: string, year = 2026, type?: ReportKind) => check(text, year, type).map((f) => kindOf.get(f.rule));
