import type { ReportType } from '../schemas/vocab.ts';

/**
 * Detects the report type from its title; undefined when the title does not say. A report on
 * 履行（推进法治建设）第一责任人职责 is a 述法报告 whatever its title calls it, even when the
 * title also names 法治政府建设 (岩山镇…履行推进法治政府建设第一责任人职责情况).
 */
export function detectReportType(title: string): ReportType | undefined {
  if (/自查/.test(title)) return '法治建设工作自查报告';
  if (/第一责任人职责/.test(title)) return '述法报告';
  if (/法治政府建设/.test(title) && /(年度)?(工作)?报告/.test(title)) return '法治政府建设年度报告';
  if (/述法/.test(title)) return '述法报告';
  return undefined;
}

/** The reporting year: the first four-digit year in the title, else in the opening lines. */
export function detectYear(title: string, lines: string[]): number | undefined {
  for (const text of [title, ...lines.slice(0, 5)]) {
    const m = /(20\d{2})\s*年/.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The signing date: a full 年月日 date standing alone (or in brackets) on a short line. */
export function detectDate(lines: string[]): string | undefined {
  for (const line of [...lines].reverse()) {
    const m = /^[（(]?(20\d{2})年(\d{1,2})月(\d{1,2})日[）)]?$/.exec(line);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return undefined;
}

/** The author role from a 述职人： line, e.g. 江湾镇人民政府镇长. */
export function detectAuthorRole(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 6)) {
    const m = /^述(职|法)人[:：]\s*([^（(]+)/.exec(line);
    if (m) return m[2].trim();
  }
  return undefined;
}
