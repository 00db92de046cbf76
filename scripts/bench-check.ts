/**
 * bench:check — precision and recall of the draft checker per rule type on the fixture set
 * (tests/fixtures/drafts: the five samples, clean and with planted errors), and the time to
 * check a 30,000-character draft. Writes the table to bench/results/check.md.
 * A finding counts as correct when an expected finding has the same rule and the same span.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../src/shared/draft-check/index.ts';
import type { Finding, RuleType } from '../src/shared/draft-check/types.ts';
import { loadCompiled, sampleText, SAMPLE_SLUGS } from './lib/content-rules.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'tests/fixtures/drafts');
const compiled = loadCompiled();
const typeOf = new Map(compiled.rules.map((r) => [r.id, r.type]));
const TYPES: RuleType[] = ['existence', 'substitution', 'order', 'title', 'structure', 'consistency'];
const stats = new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const problems: string[] = [];

const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const f of names) {
  const text = readFileSync(join(dir, f), 'utf8');
  const { year, expected } = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { year: number; expected: { rule: string; start: number; end: number }[] };
  const { findings } = checkDraft(text, compiled, { year });
  const key = (x: { rule: string; start: number; end: number }) => `${x.rule}@${x.start}-${x.end}`;
  const want = new Set(expected.map(key));
  const got = new Set(findings.map(key));
  for (const x of findings) {
    const s = stats.get(x.type)!;
    if (want.has(key(x))) s.tp++;
    else { s.fp++; problems.push(`FP ${f} ${key(x)} ${JSON.stringify(x.text)}`); }
  }
  for (const e of expected) {
    if (!got.has(key(e))) { stats.get(typeOf.get(e.rule) ?? 'existence')!.fn++; problems.push(`FN ${f} ${key(e)}`); }
  }
}

// Timing: the five samples repeated to 30,000 characters.
let big = '';
while (big.length < 30_000) for (const s of SAMPLE_SLUGS) big += sampleText(s);
big = big.slice(0, 30_000);
checkDraft(big, compiled); // warm-up: builds the automaton once, as the page does on load
const runs = 20;
const t0 = performance.now();
let n = 0;
for (let i = 0; i < runs; i++) n += checkDraft(big, compiled).findings.length;
const ms = (performance.now() - t0) / runs;

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const rows = TYPES.map((t) => {
  const s = stats.get(t)!;
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  const ok = (s.tp + s.fp === 0 || p >= 0.95) && (s.tp + s.fn === 0 || r >= 0.9);
  return `| ${t} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(p)} | ${pct(r)} | ${ok ? '✓' : '✗'} |`;
});
const rulesByType = TYPES.map((t) => `${t} ${compiled.rules.filter((r) => r.type === t).length}`).join(', ');
const md = `# bench:check

Fixture set: ${names.length} drafts in tests/fixtures/drafts (the five sample reports, clean and with errors planted by rule type).
A finding is correct when an expected finding has the same rule and span. Targets: precision ≥ 0.95, recall ≥ 0.90 per type.
Rules: ${compiled.rules.length} (${rulesByType}).

| type | TP | FP | FN | precision | recall | target |
|---|---:|---:|---:|---:|---:|:-:|
${rows.join('\n')}

Time to check a 30,000-character draft: ${ms.toFixed(1)} ms (mean of ${runs} runs after one warm-up, ${n / runs} findings per run; Node ${process.version}).
${problems.length ? `\nMisses and false findings:\n\n${problems.map((p) => `- ${p}`).join('\n')}\n` : ''}`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/check.md'), md);
console.log(md);
