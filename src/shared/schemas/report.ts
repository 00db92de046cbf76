import { z } from 'astro/zod';
import './zh-errors.ts';
import { ORGAN_LEVELS, REPORT_TYPES } from './vocab.ts';

/** The first year a report of these kinds can be about (述法 and 法治政府建设年度报告 are later still). */
export const FIRST_YEAR = 2000;
/** The last plausible year: a report may be drafted ahead for next year, never further. */
export const LAST_YEAR = new Date().getFullYear() + 1;

/** True when YYYY-MM-DD names a day on the calendar (no 2023-02-30, no month 13). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Frontmatter of a sample report in src/content/reports/<slug>.md.
 * The importer (npm run import) writes these files; the file name is the URL slug.
 */
export const reportSchema = z.object({
  /** The report's own title, verbatim from the first line of the source. */
  title: z.string({ error: '缺少标题。修正方法：写 title: 报告原标题' }).min(4, '标题过短。修正方法：写报告原标题'),
  /** One of the four report types; the importer detects it from the title or takes --type. */
  reportType: z.enum(REPORT_TYPES, { error: `报告类型必须是以下之一：${REPORT_TYPES.join('、')}。修正方法：改写 reportType，或重新导入时用 --type 指定` }),
  /** The reporting organ as the report describes it, e.g. 乡党委, 镇政府, 市人大常委会机关. */
  organKind: z.string({ error: '缺少报告机关。修正方法：写 organKind，如 镇政府、乡党委' }).min(2, '报告机关至少要 2 个字。修正方法：写 organKind，如 镇政府、乡党委'),
  /** Administrative level of the organ; drives the level facet. */
  organLevel: z.enum(ORGAN_LEVELS, { error: `机关层级必须是以下之一：${ORGAN_LEVELS.join('、')}。修正方法：改写 organLevel` }),
  /** The year reported on (not the year written), e.g. 2023: from 2000 (the first reports of this kind) to next year. */
  year: z
    .number({ error: '报告年度应为四位数字。修正方法：写 year: 2023（不加引号，不用汉字）' })
    .int('报告年度应为整数。修正方法：写四位数年份，如 2023')
    .min(FIRST_YEAR, `年度早于 ${FIRST_YEAR} 年，不合理。修正方法：写报告所述的四位数年份，如 2023`)
    .max(LAST_YEAR, `年度晚于 ${LAST_YEAR} 年，不合理。修正方法：写报告所述的四位数年份，如 2023`),
  /** Date the report was signed, YYYY-MM-DD (a real calendar date), when the text gives one. */
  date: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。修正方法：写如 2024-01-19').refine(isCalendarDate, '日期不存在（月份或日子超出范围）。修正方法：写日历上有的日期，如 2024-01-19'),
    )
    .optional(),
  /** Who reports: a role, never a personal name (e.g. 镇长, 党组书记). */
  authorRole: z.string({ error: '缺少报告人职务。修正方法：写 authorRole，如 镇长（不写人名）' }).min(2),
  /** Place named in the report, or 匿名 when the source hid it. */
  place: z.string({ error: '缺少地区。修正方法：写 place；原文隐去时写 匿名' }).min(2),
  /** Where the text came from and in what state (e.g. a 范文 site, paywalled). */
  source: z.string({ error: '缺少来源说明。修正方法：写 source，说明文本从哪里来' }).min(2),
  /** Editorial notes shown on the page: what the importer restored, kept masked or cleaned. */
  editorialNotes: z.array(z.string()).default([]),
  /** True only for generated benchmark reports; never set on real samples. */
  synthetic: z.boolean().default(false),
});
export type ReportData = z.infer<typeof reportSchema>;
