/**
 * npm run phrases:candidates: lists expressions that recur in the sample reports but are not
 * yet in the phrase bank, ranked by how many reports use them. Read it when extending the bank;
 * every candidate still needs a person to judge it, and a phrase added must be grounded.
 *   node scripts/phrase-candidates.ts [--limit 30] [--kind ngram|series|opener] [--json]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { config } from '../src/build/config.ts';
import {
  bankNeedles, formatCandidates, ngramCandidates, openerCandidates, seriesCandidates, stripMarkup,
  type CandidateKind, type SampleText,
} from '../src/shared/phrase-candidates.ts';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '30' },
    kind: { type: 'string' },
    json: { type: 'boolean', default: false },
    content: { type: 'string', default: config.contentDir },
  },
});
const root = values.content!;
const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));

const samples: SampleText[] = readdirSync(path.join(root, 'reports'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ report: f.replace(/\.md$/, ''), text: stripMarkup(readFileSync(path.join(root, 'reports', f), 'utf8')) }));
const phrases = yamlFiles(path.join(root, 'phrases')).flatMap((f) => (parse(readFileSync(f, 'utf8')) ?? []) as { text: string; variants?: string[] }[]);
const needles = bankNeedles(phrases);

const groups: Record<CandidateKind, ReturnType<typeof ngramCandidates>> = {
  ngram: ngramCandidates(samples, needles),
  series: seriesCandidates(samples, needles),
  opener: openerCandidates(samples, needles),
};
if (values.kind) {
  if (!(values.kind in groups)) {
    console.error(`--kind 只能是 ngram、series 或 opener，收到“${values.kind}”`);
    process.exit(2);
  }
  for (const k of Object.keys(groups) as CandidateKind[]) if (k !== values.kind) groups[k] = [];
}
const limit = Number(values.limit);
if (values.json) console.log(JSON.stringify(groups, null, 2));
else console.log(formatCandidates(groups, { limit: Number.isFinite(limit) && limit > 0 ? limit : 30, reports: samples.length, phrases: phrases.length }));
