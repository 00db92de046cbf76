import { z } from 'astro/zod';
import { ORGAN_LEVELS, REPORT_TYPES } from './vocab.ts';

/**
 * Frontmatter of a sample report in src/content/reports/<slug>.md.
 * The importer (npm run import) writes these files; the file name is the URL slug.
 */
export const reportSchema = z.object({
  /** The report's own title, verbatim from the first line of the source. */
  title: z.string().min(4, '标题过短：请写报告原标题'),
  /** One of the four report types; the importer detects it from the title or takes --type. */
  reportType: z.enum(REPORT_TYPES),
  /** The reporting organ as the report describes it, e.g. 乡党委, 镇政府, 市人大常委会机关. */
  organKind: z.string().min(2),
  /** Administrative level of the organ; drives the level facet. */
  organLevel: z.enum(ORGAN_LEVELS),
  /** The year reported on (not the year written), e.g. 2023. */
  year: z.number().int().min(2000).max(2100),
  /** Date the report was signed, YYYY-MM-DD, when the text gives one. */
  date: z
    .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'))
    .optional(),
  /** Who reports: a role, never a personal name (e.g. 镇长, 党组书记). */
  authorRole: z.string().min(2),
  /** Place named in the report, or 匿名 when the source hid it. */
  place: z.string().min(2),
  /** Where the text came from and in what state (e.g. a 范文 site, paywalled). */
  source: z.string().min(2),
  /** Editorial notes shown on the page: what the importer restored, kept masked or cleaned. */
  editorialNotes: z.array(z.string()).default([]),
  /** True only for generated benchmark reports; never set on real samples. */
  synthetic: z.boolean().default(false),
});
export type ReportData = z.infer<typeof reportSchema>;
