import { z } from 'astro/zod';
import './zh-errors.ts';
import { isCalendarDate } from './report.ts';
import { PUBLIC_REPORT_TYPES, SLUG_PATTERN, keysOf } from './vocab.ts';

/**
 * 示范稿 (issue 28): a whole report written by the site about a fictional unit, to show how a
 * report on 2026 can be written. src/content/model-drafts/<slug>.md; the file name is the URL slug.
 * Never a 范文: it lives in its own collection, is never listed or counted with the samples, and
 * every page and download carries MODEL_DRAFT_LABEL.
 *
 * The body is Markdown: ## 一、 and ### （一） headings, paragraphs, and the 落款 and 成文日期 as
 * the last two paragraphs. An illustrative fact the writer must replace is written {{like this}};
 * src/shared/model-draft.ts reads the markup, and the plain text has no braces.
 */
export const MODEL_DRAFT_LABEL = '示范稿（虚构单位，用于说明写法，不是真实报告）';

/** Levels of the model drafts: who writes the report. */
export const MODEL_DRAFT_LEVELS = {
  township: '乡镇（街道）',
  county: '县级政府',
  department: '县级部门',
} as const;
export type ModelDraftLevel = keyof typeof MODEL_DRAFT_LEVELS;

export const modelDraftSchema = z.object({
  /** The draft's title as a report would carry it. */
  title: z.string({ error: '缺少标题。修正方法：写 title: 报告标题' }).min(8, '标题过短。修正方法：写完整的报告标题'),
  /** One of the three report types a guide covers. */
  reportType: z.enum(PUBLIC_REPORT_TYPES, { error: `报告类型必须是以下之一：${PUBLIC_REPORT_TYPES.join('、')}。修正方法：改写 reportType` }),
  /** township, county or department. */
  level: z.enum(keysOf(MODEL_DRAFT_LEVELS), { error: `层级必须是以下之一：${Object.keys(MODEL_DRAFT_LEVELS).join('、')}。修正方法：改写 level` }),
  /** The fictional reporting organ, e.g. 明川县青禾镇党委. */
  organ: z.string({ error: '缺少报告机关。修正方法：写 organ，如 明川县青禾镇党委' }).min(4),
  /** Who signs, as a role. */
  authorRole: z.string().min(2).optional(),
  /** The year reported on. */
  year: z.number({ error: '报告年度应为四位数字。修正方法：写 year: 2026' }).int(),
  /** The 成文日期, YYYY-MM-DD; it must also close the body as 2027年1月15日. */
  date: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。修正方法：写如 2027-01-15').refine(isCalendarDate, '日期不存在。修正方法：写日历上有的日期'),
    ),
  /** One line on what the draft shows, for the index page. */
  summary: z.string().min(10),
  /**
   * Per-paragraph annotation of the guide section each block fulfils: the guide's sections in
   * order, each with the first words of the block (heading or paragraph) that opens it. Every
   * block up to the next entry belongs to the section.
   */
  sections: z
    .array(
      z.object({
        section: z.string().regex(SLUG_PATTERN),
        startsWith: z.string().min(2),
      }),
    )
    .min(1),
  /** Optional writing notes on single paragraphs, shown in the side column: first words and note. */
  notes: z.array(z.object({ startsWith: z.string().min(2), note: z.string().min(4) })).default([]),
});
export type ModelDraftData = z.infer<typeof modelDraftSchema>;
