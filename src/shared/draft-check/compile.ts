/**
 * compileRules: rule entries (validated YAML), the phrase bank and the guides in; one
 * JSON-serialisable object out. The build writes it once (rules.json) and both the page
 * and the CLI load it, so neither needs astro:content.
 */
import { normalisePattern } from './normalize.ts';
import { levelForms } from '../normalize.ts';
import { substitutionRules, type PhraseLike } from './substitution-rules.ts';
import type { CompiledRules, DictEntry, ReportKind, Rule } from './types.ts';

/** The fields of a guide this module reads (src/schemas/guide.ts). */
export interface GuideLike {
  slug: string;
  title: string;
  reportTypes: string[];
  sections: { id: string; title: string }[];
}

/** Words in a title that name each report type. */
const TYPE_HINTS: Record<ReportKind, string[]> = {
  'self-inspection-report': ['自查'],
  'shufa-report': ['述法', '述职'],
  'law-based-government-annual-report': ['法治政府建设'],
};

export function compileRules(entries: readonly Rule[], phrases: readonly PhraseLike[], guides: readonly GuideLike[] = []): CompiledRules {
  const typed = [...entries];
  const overridden = new Set(typed.flatMap((r) => (r.type === 'substitution' && r.overridesPhrase ? [r.overridesPhrase] : [])));
  const generated = substitutionRules(phrases).filter((r) => !overridden.has(r.source.kind === 'phrase' ? r.source.phrase : ''));
  const rules: Rule[] = [...typed, ...generated];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`规则 id 重复：${r.id}`);
    ids.add(r.id);
  }
  const guideBySlug = new Map(guides.map((g) => [g.slug, g]));
  for (const r of rules) {
    if (r.type === 'structure' && r.check === 'missing-section' && r.reportType && r.sectionSpec) {
      const g = guideBySlug.get(r.reportType);
      const s = g?.sections.find((x) => x.id === r.sectionSpec!.section);
      if (guides.length && !s) throw new Error(`规则 ${r.id} 指向的指引章节不存在：${r.reportType}#${r.sectionSpec.section}`);
      r.guide = { slug: r.reportType, section: r.sectionSpec.section, ...(s ? { title: s.title } : {}) };
    }
  }
  const dictionary: DictEntry[] = [];
  rules.forEach((r, i) => {
    if (r.type === 'existence' || r.type === 'substitution') {
      // A level slot (〔县〕) in a typed rule's pattern stands for each of its forms.
      for (const p of r.patterns.flatMap(levelForms)) dictionary.push({ pattern: normalisePattern(p), rule: i });
    } else if (r.type === 'order') {
      r.items.forEach((forms, item) => {
        for (const f of forms.flatMap(levelForms)) dictionary.push({ pattern: normalisePattern(f), rule: i, item });
      });
    }
  });
  return { version: 1, rules, dictionary, typeHints: TYPE_HINTS };
}
