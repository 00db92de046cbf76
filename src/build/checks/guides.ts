import type { Problem } from '../../shared/problem.ts';
import type { PassageLookup } from './section-maps.ts';
import { checkArticles, type SourceExcerpts } from './articles.ts';
import { checkSourceKeys, checkTopicIds, type KnownKeys } from './references.ts';

interface Claim {
  text: string;
  basis: string;
  sources: string[];
}

/** A guide as the checks need it: its basics claims and its sections. */
export interface GuideData {
  id: string;
  data: {
    writer: Claim;
    submitTo: Claim;
    deadline: Claim;
    publication: Claim;
    sections: { id: string; rule: string; sources: string[]; topics: string[]; examples: { report: string; startsWith: string }[] }[];
  };
}

const CLAIMS = ['writer', 'submitTo', 'deadline', 'publication'] as const;

/** Guides cite real sources and topics, cite only verified article numbers, and their examples exist. */
export function checkGuides(guides: GuideData[], known: KnownKeys, sources: SourceExcerpts[], findPassage: PassageLookup): Problem[] {
  const problems: Problem[] = [];
  for (const g of guides) {
    const file = `src/content/guides/${g.id}.md`;
    for (const field of CLAIMS) {
      const claim = g.data[field];
      problems.push(...checkSourceKeys(file, `字段 ${field}.sources`, claim.sources, known));
      if (claim.basis === 'rule' && claim.sources.length === 0) {
        problems.push({ file, field: `字段 ${field}`, problem: '标为规定要求却没有来源', fix: '补上 sources，或把 basis 改为 practice（参考做法）' });
      }
      problems.push(...checkArticles(file, `字段 ${field}.text`, claim.text, claim.sources, sources));
    }
    for (const [i, s] of g.data.sections.entries()) {
      const where = `sections[${i}]（${s.id}）`;
      problems.push(...checkSourceKeys(file, `${where}.sources`, s.sources, known));
      problems.push(...checkTopicIds(file, `${where}.topics`, s.topics, known));
      problems.push(...checkArticles(file, `${where}.rule`, s.rule, s.sources, sources));
      for (const [j, ex] of s.examples.entries()) {
        const hit = findPassage(ex.report, ex.startsWith);
        if (typeof hit === 'string') problems.push({ file, field: `${where}.examples[${j}]`, problem: hit, fix: 'startsWith 写该段开头的原文' });
      }
    }
    const ids = g.data.sections.map((s) => s.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push({ file, field: 'sections', problem: `id“${dup}”重复`, fix: '每个部分用不同的 id' });
  }
  return problems;
}
