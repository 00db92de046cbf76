/**
 * What the page, the catalogue and the CLI call report types and levels. Kept apart from the zod
 * schema (src/shared/schemas/rule.ts), so the browser bundle of 报告体检 does not carry zod.
 */
import type { Level, ReportKind, RuleType } from './types.ts';

/** The report types the checker distinguishes (guide slugs), in the order the page lists them. */
export const REPORT_KINDS: readonly ReportKind[] = ['shufa-report', 'law-based-government-annual-report', 'self-inspection-report'];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  'shufa-report': '述法报告',
  'law-based-government-annual-report': '法治政府建设年度报告',
  'self-inspection-report': '法治建设工作自查报告',
};

export const LEVEL_LABELS: Record<Level, string> = { error: '错误', hint: '提示' };

/** Rule types as the page, the catalogue and the annotated Word file name them (src/shared/schemas/rule.ts lists these). */
export const RULE_TYPE_LABELS = {
  existence: '遗留占位',
  substitution: '过时表述',
  order: '固定语序',
  title: '文件名称',
  structure: '结构层次',
  consistency: '前后一致',
} as const satisfies Record<RuleType, string>;
