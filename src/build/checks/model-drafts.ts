import type { Problem } from '../../shared/problem.ts';
import { REPORT_YEAR } from '../../shared/currency.ts';
import { assignSections, draftBlocks, draftLength } from '../../shared/model-draft.ts';
import type { ModelDraftData } from '../../shared/schemas/model-draft.ts';
import { formatDate } from '../../shared/outline/text.ts';

/** Length of a 示范稿 in characters, by report type: the length real reports have (issue 28). */
export const MODEL_DRAFT_LENGTH: Record<ModelDraftData['reportType'], [number, number]> = {
  述法报告: [2500, 4000],
  法治政府建设年度报告: [3500, 6000],
  法治建设工作自查报告: [3500, 6000],
};

interface GuideLike {
  id: string;
  reportTypes: string[];
  sections: { id: string }[];
}

/**
 * The checks on the 示范稿 that need only their files and the guides: every guide section
 * annotated, in the guide's order, each found in the text; a report on REPORT_YEAR signed in the
 * next year, with the body closing on that date; a length within the range of its type.
 */
export function checkModelDrafts(drafts: { id: string; body?: string; data: ModelDraftData }[], guides: GuideLike[]): Problem[] {
  const problems: Problem[] = [];
  for (const d of drafts) {
    const file = `src/content/model-drafts/${d.id}.md`;
    const guide = guides.find((g) => g.reportTypes.includes(d.data.reportType));
    const blocks = draftBlocks(d.body ?? '');
    if (!guide) {
      problems.push({ file, field: '字段 reportType', problem: `没有撰写指引对应报告类型“${d.data.reportType}”`, fix: '改用撰写指引的报告类型' });
      continue;
    }
    for (const p of assignSections(blocks, d.data.sections, guide.sections.map((s) => s.id)).problems) {
      problems.push({ file, field: '字段 sections', problem: p, fix: `按指引 ${guide.id} 的部分顺序逐一写出 section 和该部分第一段的开头文字` });
    }
    if (d.data.year !== REPORT_YEAR) {
      problems.push({ file, field: '字段 year', problem: `示范稿写的是 ${REPORT_YEAR} 年的工作，year 却是 ${d.data.year}`, fix: `写 year: ${REPORT_YEAR}` });
    }
    const signed = Number(d.data.date.slice(0, 4));
    if (signed !== d.data.year + 1) {
      problems.push({ file, field: '字段 date', problem: `成文日期应在报告年度的下一年（${d.data.year + 1}年）`, fix: `写 ${d.data.year + 1} 年 1 月的日期` });
    }
    const [year, month, day] = d.data.date.split('-').map(Number);
    const dateLine = formatDate({ year, month, day });
    if (blocks.at(-1)?.text !== dateLine) {
      problems.push({ file, field: '正文末行', problem: `正文最后一段应是成文日期“${dateLine}”`, fix: '在落款下一段写成文日期，与 date 一致' });
    }
    for (const n of d.data.notes) {
      if (!blocks.some((b) => b.text.startsWith(n.startsWith))) problems.push({ file, field: '字段 notes', problem: `没有以“${n.startsWith}”开头的段落`, fix: '写该段开头的几个字，与正文一致' });
    }
    const [min, max] = MODEL_DRAFT_LENGTH[d.data.reportType];
    const length = draftLength(blocks);
    if (length < min || length > max) {
      problems.push({ file, field: '正文', problem: `${d.data.reportType}示范稿应有 ${min}–${max} 字，现在是 ${length} 字`, fix: length < min ? '补写各部分的具体事实' : '删去重复和空泛的句子' });
    }
  }
  return problems;
}
