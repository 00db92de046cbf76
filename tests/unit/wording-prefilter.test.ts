/**
 * The grounding prefilter (src/shared/wording-prefilter.ts) may only narrow the wordings to scan,
 * never drop one that occurs: over every wording of the bank and every line of the five samples,
 * each wording that findSpans finds in a line is among that line's candidates.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalize } from '../../src/shared/normalize.ts';
import { findSpans } from '../../src/shared/phrase-spans.ts';
import { requiredLiteral, wordingCandidates } from '../../src/shared/wording-prefilter.ts';

const dir = (d: string) => readdirSync(d).map((f) => `${d}/${f}`);
const wordings = dir('src/content/phrases')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(f, 'utf8')) as { text: string; variants?: string[] }[]).flatMap((p) => [p.text, ...(p.variants ?? [])]));
const lines = dir('src/content/reports')
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
  .filter((l) => l.trim() && !l.startsWith('---'));

describe('wordingCandidates', () => {
  it('keeps every wording that occurs in a line of the samples', () => {
    const candidates = wordingCandidates(wordings);
    let found = 0;
    for (const line of lines) {
      const kept = new Set(candidates(normalize(line)));
      wordings.forEach((w, i) => {
        if (findSpans(w, line).length === 0) return;
        found++;
        expect(kept.has(i), `${w} / ${line}`).toBe(true);
      });
    }
    // The samples hold hundreds of the bank's wordings, so the check is not vacuous.
    expect(found).toBeGreaterThan(300);
  });

  it('narrows: a line is scanned for a small share of the bank', () => {
    const candidates = wordingCandidates(wordings);
    const shares = lines.map((l) => candidates(normalize(l)).length / wordings.length);
    expect(Math.max(...shares)).toBeLessThan(0.2);
  });

  it('takes a template’s longest fixed part, and a template of slots only is always a candidate', () => {
    expect(requiredLiteral('全面依法治〔县〕委员会')).toBe('全面依法治');
    expect(requiredLiteral('全年开展法治宣传活动〔次数〕次')).toBe('全年开展法治宣传活动');
    const c = wordingCandidates(['〔单位〕〔次数〕', '全面依法治〔县〕委员会', '行政复议']);
    expect(c(normalize('全面依法治县委员会召开会议'))).toEqual([0, 1]);
    expect(c(normalize('办理行政复议案件'))).toEqual([0, 2]);
  });
});
