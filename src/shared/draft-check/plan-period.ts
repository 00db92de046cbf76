/**
 * The period a plan's title gives (法治政府建设实施纲要（2021—2025年）), read one way everywhere: the compiler takes a
 * plan's years from its source's title, the expired-plan rule names the plan by it and reads a local plan's end
 * from a title in a draft. Any dash writers type counts (the dash rules correct the form; these readers read the plan).
 */
const SPAN = '(\\d{4})\\s*[—–\\-－~～至到]\\s*(\\d{4})\\s*年';

/** A span of years anywhere in a title: 2021—2025年 (《2021—2025年全县普法规划》, 《某县法治宣传教育规划（2021—2025年）》). */
export const YEAR_SPAN = new RegExp(SPAN);

/** The period in brackets; 年 is sometimes left out of it (人民法院第五个五年改革纲要（2019—2023）). */
export const BRACKETED_SPAN = new RegExp(`[（(]${SPAN}?[）)]`);

export interface PlanPeriod {
  /** The title before the bracket (国务院办公厅关于印发提升行政执法质量三年行动计划). */
  before: string;
  from: number;
  to: number;
  /** Whether 年 is written in the bracket. */
  withYear: boolean;
  /** Whether the bracket ends the title (not …（2023—2025年）的通知). */
  atEnd: boolean;
}

/** The first bracketed period in a title, or null. */
export function planPeriod(title: string): PlanPeriod | null {
  const m = BRACKETED_SPAN.exec(title);
  if (!m) return null;
  return { before: title.slice(0, m.index), from: Number(m[1]), to: Number(m[2]), withYear: /年[）)]$/.test(m[0]), atEnd: m.index + m[0].length === title.length };
}
