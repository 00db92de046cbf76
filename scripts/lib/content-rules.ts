/**
 * Node-side loading for tests, the bench and the CLI: read the rule YAML, validate it with the
 * rule schema, read the phrase bank and the guides' sections, and compile. The site's
 * build will do the same through astro:content; this keeps the tests independent of it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rulesFileSchema } from '../../src/shared/schemas/rule.ts';
import { compileRules } from '../../src/shared/draft-check/compile.ts';
import type { GuideLike } from '../../src/shared/draft-check/compile.ts';
import type { PhraseLike } from '../../src/shared/draft-check/substitution-rules.ts';
import type { CompiledRules, Rule } from '../../src/shared/draft-check/types.ts';
import { plainText } from '../../src/shared/outline/report-blocks.ts';

const root = join(import.meta.dirname, '..', '..');

export function loadRuleEntries(): Rule[] {
  const dir = join(root, 'src/content/rules');
  const out: Rule[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const parsed = rulesFileSchema.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`${f}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    out.push(...(parsed.data as Rule[]));
  }
  return out;
}

export function loadPhrases(): PhraseLike[] {
  const dir = join(root, 'src/content/phrases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as PhraseLike[]);
}

export function loadGuides(): GuideLike[] {
  const dir = join(root, 'src/content/guides');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const src = readFileSync(join(dir, f), 'utf8');
      const fm = parse(src.split(/^---$/m)[1]!) as Omit<GuideLike, 'slug'>;
      return { slug: f.replace(/\.md$/, ''), title: fm.title, reportTypes: fm.reportTypes, sections: fm.sections.map((s) => ({ id: s.id, title: s.title })) };
    });
}

export function loadCompiled(): CompiledRules {
  return compileRules(loadRuleEntries(), loadPhrases(), loadGuides());
}

/** A sample report as plain text: the title line, then the body without Markdown marks or HTML tags. */
export function sampleText(slug: string): string {
  const src = readFileSync(join(root, 'src/content/reports', `${slug}.md`), 'utf8');
  const [, fm, ...rest] = src.split(/^---$/m);
  const { title } = parse(fm!) as { title: string };
  // Line by line, so paragraphs stay apart; plainText drops tags and undoes the importer's escapes.
  const body = rest
    .join('---')
    .split('\n')
    .map((line) => plainText(line.replace(/^#{1,6}\s+/, '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${title}\n\n${body}\n`;
}

export const SAMPLE_SLUGS = readdirSync(join(root, 'src/content/reports'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
