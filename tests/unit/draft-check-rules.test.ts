// Every rule runs on its own examples: each bad example triggers it, no good example does.
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../src/shared/draft-check/types.ts';
import { loadRuleEntries } from '../../scripts/lib/content-rules.ts';
import { checkWith, compiled, rulesIn } from './helpers/draft-check.ts';
/** The rules behind each finding: the one that speaks and those merged into it (one mistake, one finding). */
const rulesOf = (text: string, opts: CheckOptions) => checkWith(text, opts).flatMap(rulesIn);

describe('rule data', () => {
  it('has at least 80 rules over all six types, with unique ids', () => {
    expect(compiled.rules.length).toBeGreaterThanOrEqual(80);
    expect(new Set(compiled.rules.map((r) => r.type))).toEqual(new Set(['existence', 'substitution', 'order', 'title', 'structure', 'consistency']));
    expect(new Set(compiled.rules.map((r) => r.id)).size).toBe(compiled.rules.length);
    expect(loadRuleEntries().length).toBeGreaterThanOrEqual(80);
  });
  it('compiles to plain JSON', () => {
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });
  it('links every missing-section rule to a guide section', () => {
    for (const r of compiled.rules) if (r.type === 'structure' && r.check === 'missing-section') expect(r.guide?.title, r.id).toBeTruthy();
  });
});

describe.each(compiled.rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const opts = { type: rule.examples.type, year: rule.examples.year ?? rule.fromYear ?? 2023 };
  it.each(rule.examples.bad)('triggers on %j', (text) => {
    expect(rulesOf(text, opts)).toContain(id);
  });
  it.each(rule.examples.good)('stays quiet on %j', (text) => {
    expect(rulesOf(text, opts)).not.toContain(id);
  });
});
