/**
 * 报告体检 at build time: the rules collection, the phrase bank and the guides compiled once
 * (src/shared/draft-check/compile.ts), with the links the page shows for each rule. The endpoint
 * src/pages/check/rules.json.ts writes the result to /check/rules.json, which the /check/ page and
 * `npm run check` read; the catalogue /check/rules/ renders from the same object.
 */
import { getCollection } from 'astro:content';
import { compileRules } from '../shared/draft-check/compile.ts';
import type { Rule, RuleLinks, RuleSource, RulesFile } from '../shared/draft-check/types.ts';
import { loadBank, phrasePath } from './phrase-bank.ts';
import { getGuides, guidePath } from './guides.ts';
import { sourceLabel, sourcePath, sourcesByKey } from './sources.ts';
import { href } from './site.ts';

export const CHECK_PATH = '/check/';
export const RULES_PATH = '/check/rules/';
export const RULES_JSON_PATH = '/check/rules.json';
/** The /check/ page with a report type chosen (?type=<guide slug>), for links from a guide. */
export const checkPathFor = (guide: string) => `${CHECK_PATH}?type=${guide}`;
/** A rule's entry in the catalogue. */
export const rulePath = (id: string) => `${RULES_PATH}#${id}`;

/** The reference files (../shared/reference) by their Chinese names, for rules resting on one of their items. */
const REFERENCE_NAMES: Record<string, string> = {
  'requirements.md': '规定要求与来源核对表',
  'official-phrases.md': '法治建设规范表述出处核对表',
  'currency-2026.md': '2026 年写作须知核对表',
  'gbt9704-layout.md': 'GB/T 9704-2012《党政机关公文格式》版式要点',
  'central-documents.md': '中央文件出处核对表',
};
/** Item names written in English in the reference files. */
const ITEM_NAMES: Record<string, string> = { 'Heading levels': '标题层次' };

let cache: Promise<RulesFile> | undefined;

/** The compiled rules with their links, computed once per build. */
export function checkRules(): Promise<RulesFile> {
  cache ??= (async () => {
    const [entries, bank, guides, sources] = await Promise.all([getCollection('rules'), loadBank(), getGuides(), sourcesByKey()]);
    const phrases = bank.phrases.map((p) => ({ ...p.data, id: p.id }));
    const compiled = compileRules(
      entries.map((e) => e.data as Rule),
      phrases,
      guides.map((g) => ({ slug: g.id, title: g.data.title, reportTypes: g.data.reportTypes, sections: g.data.sections.map((s) => ({ id: s.id, title: s.title })) })),
      [...sources.values()].map((s) => ({
        key: s.id,
        title: s.data.title,
        status: s.data.status,
        ...(s.data.period ? { period: s.data.period as [number, number] } : {}),
        ...(s.data.docNumber ? { docNumber: s.data.docNumber } : {}),
        ...(s.data.date ? { date: s.data.date } : {}),
        ...(s.data.effective ? { effective: s.data.effective } : {}),
        ...(s.data.supersedes ? { supersedes: s.data.supersedes } : {}),
      })),
    );
    const guideTitle = new Map(guides.map((g) => [g.id, g.data.title]));
    const sourceOf = (s: RuleSource): RuleLinks['source'] => {
      switch (s.kind) {
        case 'source': {
          const entry = sources.get(s.key);
          if (!entry) throw new Error(`src/content/rules：规则引用的依据文件“${s.key}”不存在。修正方法：改用 src/content/sources 中的键`);
          return { label: sourceLabel(entry), href: href(sourcePath(s.key)) };
        }
        case 'reference':
          return { label: `本站核实资料：${REFERENCE_NAMES[s.file] ?? s.file}，${ITEM_NAMES[s.item] ?? s.item}${/^[A-Z]?\d/.test(s.item) ? ' 项' : ''}` };
        case 'phrase': {
          const p = bank.phraseById.get(s.phrase);
          return { label: p ? `规范表述库：${p.data.text}` : '规范表述库', ...(p ? { href: href(phrasePath(p)) } : {}) };
        }
        case 'practice':
          return { label: `参考做法：${s.note}` };
      }
    };
    const links: RulesFile['links'] = {};
    for (const r of compiled.rules) {
      const phraseId = r.source.kind === 'phrase' ? r.source.phrase : r.type === 'substitution' ? r.overridesPhrase : undefined;
      const phrase = phraseId ? bank.phraseById.get(phraseId) : undefined;
      links[r.id] = {
        rule: href(rulePath(r.id)),
        source: sourceOf(r.source),
        ...(phrase ? { phrase: { href: href(phrasePath(phrase)), label: `规范表述：${phrase.data.text}` } } : {}),
        ...(r.guide
          ? { guide: { href: href(guidePath(r.guide.slug, r.guide.section)), label: `撰写指引：${guideTitle.get(r.guide.slug) ?? r.guide.slug} · ${r.guide.title ?? r.guide.section}` } }
          : {}),
      };
    }
    return { ...compiled, links };
  })();
  return cache;
}
