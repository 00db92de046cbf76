/**
 * Guessing the report type and year when the writer does not say. The title decides when it
 * names the type; otherwise the section keywords of each type's structure rules vote.
 */
import { foldDates } from './date-reader.ts';
import type { Layout } from './text.ts';
import type { ReportKind, Rule } from './types.ts';

export function guessType(text: string, layout: Layout, typeHints: Record<ReportKind, string[]>, rules: Rule[]): ReportKind | null {
  // Only a real title line decides; a body sentence mentioning 法治政府建设 does not make an annual report.
  const title = layout.titleLine >= 0 ? layout.lines[layout.titleLine]!.text : '';
  // Order matters: 自查 before 述法, and 述法/述职 before 法治政府建设 (a 述法 title may mention 法治政府).
  for (const kind of ['self-inspection-report', 'shufa-report', 'law-based-government-annual-report'] as const) {
    if (typeHints[kind].some((k) => title.includes(k))) return kind;
  }
  const probes = layout.headings.map((h) => h.title).join('\n');
  let best: ReportKind | null = null;
  let bestScore = 0;
  const score = new Map<ReportKind, number>();
  for (const r of rules) {
    if (r.type !== 'structure' || r.check !== 'missing-section' || !r.reportType || !r.sectionSpec) continue;
    if (r.sectionSpec.keywords.some((k) => probes.includes(k))) score.set(r.reportType, (score.get(r.reportType) ?? 0) + 1);
  }
  for (const [k, v] of score) if (v > bestScore) { best = k; bestScore = v; }
  return bestScore >= 2 ? best : null;
}

/** The reporting year: the title's 20XX年 (or 二〇XX年), else the first such year of the opening. */
export function guessYear(text: string, layout: Layout): number | null {
  const title = foldDates(layout.titleLine >= 0 ? layout.lines[layout.titleLine]!.text : '');
  const m = /(20\d{2})\s*年/.exec(title) ?? /(20\d{2})\s*年/.exec(foldDates(text.slice(layout.opening[0], Math.min(layout.opening[1], layout.opening[0] + 200))));
  return m ? Number(m[1]) : null;
}
