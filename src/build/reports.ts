import { getCollection, type CollectionEntry } from 'astro:content';
import { ORGAN_LEVELS, ORGAN_LEVEL_SLUGS, REPORT_TYPES, REPORT_TYPE_SLUGS } from '../shared/schemas/vocab.ts';

export type Report = CollectionEntry<'reports'>;

/** All sample reports, newest year first, then by title. */
export async function getReports(): Promise<Report[]> {
  const reports = await getCollection('reports');
  return reports.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** A facet of the report index: each value becomes a static page, so filtering works without JavaScript. */
export interface Facet {
  key: 'type' | 'level' | 'year';
  label: string;
  values: { slug: string; label: string; match: (r: Report) => boolean }[];
}

export function facets(reports: Report[]): Facet[] {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => b - a);
  return [
    {
      key: 'type',
      label: '报告类型',
      values: REPORT_TYPES.map((t) => ({ slug: REPORT_TYPE_SLUGS[t], label: t, match: (r: Report) => r.data.reportType === t })),
    },
    {
      key: 'level',
      label: '机关层级',
      values: ORGAN_LEVELS.map((l) => ({ slug: ORGAN_LEVEL_SLUGS[l], label: l, match: (r: Report) => r.data.organLevel === l })),
    },
    {
      key: 'year',
      label: '年度',
      values: years.map((y) => ({ slug: String(y), label: `${y}年度`, match: (r: Report) => r.data.year === y })),
    },
  ];
}

export const reportPath = (slug: string) => `/reports/${slug}/`;
