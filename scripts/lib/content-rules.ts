/**
 * Node-side loading for tests, the bench and the CLI: read the rule YAML, validate it with the
 * rule schema, read the phrase bank and the guides' sections, and compile. The site's
 * build will do the same through astro:content; this keeps the tests independent of it.
 */
import { rulesFileSchema } from '../../src/shared/schemas/rule.ts';
import { compileRules } from '../../src/shared/draft-check/compile.ts';
import type { GuideLike, SourceLike } from '../../src/shared/draft-check/compile.ts';
import type { PhraseLike } from '../../src/shared/draft-check/substitution-rules.ts';
import type { CompiledRules, Rule } from '../../src/shared/draft-check/types.ts';
import { plainText } from '../../src/shared/outline/report-blocks.ts';
import { contentFiles, fileId, loadReport, readMarkdown, readYaml, reportSlugs } from './content-files.ts';

export function loadRuleEntries(): Rule[] {
  const out: Rule[] = [];
  for (const f of contentFiles('rules', 'yaml')) {
    const parsed = rulesFileSchema.safeParse(readYaml('rules', f));
    if (!parsed.success) throw new Error(`${f}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    out.push(...(parsed.data as Rule[]));
  }
  return out;
}

export function loadPhrases(): PhraseLike[] {
  return contentFiles('phrases', 'yaml').flatMap((f) => readYaml<PhraseLike[]>('phrases', f));
}

export function loadGuides(): GuideLike[] {
  return contentFiles('guides', 'md').map((f) => {
    const { data: fm } = readMarkdown<Omit<GuideLike, 'slug'>>('guides', f);
    return { slug: fileId(f), title: fm.title, reportTypes: fm.reportTypes, sections: fm.sections.map((s) => ({ id: s.id, title: s.title })) };
  });
}

export function loadSources(): SourceLike[] {
  return contentFiles('sources', 'yaml').map((f) => ({ ...readYaml<Omit<SourceLike, 'key'>>('sources', f), key: fileId(f) }));
}

export function loadCompiled(): CompiledRules {
  return compileRules(loadRuleEntries(), loadPhrases(), loadGuides(), loadSources());
}

/** A sample report as plain text: the title line, then the body without Markdown marks or HTML tags. */
export function sampleText(slug: string): string {
  const { title, body: markdown } = loadReport(slug)!;
  // Line by line, so paragraphs stay apart; plainText drops tags and undoes the importer's escapes.
  const body = markdown
    .split('\n')
    .map((line) => plainText(line.replace(/^#{1,6}\s+/, '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${title}\n\n${body}\n`;
}

export const SAMPLE_SLUGS = reportSlugs();
