import type { Problem } from '../../shared/problem.ts';

/** Finds a report passage by its first words: the passage, or why it was not found. */
export type PassageLookup = (report: string, startsWith: string) => unknown;

export interface SectionMapData {
  id: string;
  data: { report: string; guide: string; sections: { section: string; startsWith: string[] }[] };
}

/** Section maps name an existing report, guide and guide sections, and headings that exist in the report. */
export function checkSectionMaps(maps: SectionMapData[], guides: { id: string; data: { sections: { id: string }[] } }[], findPassage: PassageLookup): Problem[] {
  const problems: Problem[] = [];
  for (const m of maps) {
    const file = `src/content/section-maps/${m.id}.yaml`;
    if (m.data.report !== m.id) problems.push({ file, field: '字段 report', problem: `“${m.data.report}”与文件名不一致`, fix: `文件名应为 ${m.data.report}.yaml` });
    const guide = guides.find((g) => g.id === m.data.guide);
    if (!guide) {
      problems.push({ file, field: '字段 guide', problem: `指引“${m.data.guide}”不存在`, fix: `改用 ${guides.map((g) => g.id).join('、')}` });
      continue;
    }
    const sectionIds = guide.data.sections.map((s) => s.id);
    for (const [i, entry] of m.data.sections.entries()) {
      if (!sectionIds.includes(entry.section)) {
        problems.push({ file, field: `sections[${i}].section`, problem: `部分“${entry.section}”不是指引“${guide.id}”的部分`, fix: `改用 ${sectionIds.join('、')}` });
      }
      for (const start of entry.startsWith) {
        const hit = findPassage(m.data.report, start);
        if (typeof hit === 'string') problems.push({ file, field: `sections[${i}].startsWith`, problem: hit, fix: '写该标题或段落开头的原文' });
      }
    }
  }
  return problems;
}
