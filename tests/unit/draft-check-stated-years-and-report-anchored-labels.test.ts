import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const yearMarks = (text: string, year: number, type?: string) =>
  checkDraft(text, compiled, { year, ...(type ? { type } : {}) } as never).findings.filter((f) => f.rule === 'consistency-current-year').map((f) => f.text);
const annual = (year: number, body: string, plans = `三、下一步打算\n${year + 1}年，我局将持续推进依法行政。`) =>
  `某县交通运输局${year}年度法治政府建设情况报告\n${year}年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要做法\n全年审核合同31份。\n${body}\n二、存在的不足\n执法队伍专业化程度不高。\n${plans}\n某县交通运输局\n${year + 1}年2月10日\n`;
const selfCheck = (year: number, opening: string, plans = '三、下一步措施\n下一步，将加强执法培训。') =>
  `某街道办事处关于${year}年度依法行政工作的自查报告\n${opening}\n一、工作开展情况\n全年调处纠纷44件。\n二、存在的问题\n普法形式单一。\n${plans}\n某街道办事处\n${year + 1}年1月20日\n`;

describe('今年 or 本年度 stating a year outright (year-contradiction, round 53)', () => {
  it('marks an earlier year stated as 今年, 本年度 or a wrong 去年, wherever it sits', () => {
    expect(yearMarks(annual(2026, '本年度为2025年度，全局共受理投诉46件。'), 2026)).toEqual(['2025']);
    expect(yearMarks(annual(2025, '（二）强化监督。今年是2024年，我局组织案卷评查两次。'), 2025)).toEqual(['2024']);
    expect(yearMarks(annual(2025, '（三）去年是2023年，我局对执法证件进行了清理。'), 2025)).toEqual(['2023']);
  });
  it('stays silent on the report\'s own year, a comparison, a named period and next year told as 今年 in the plans', () => {
    expect(yearMarks(annual(2026, '今年是2026年，也是我局机构改革后的第一年。'), 2026)).toEqual([]);
    expect(yearMarks(annual(2026, '今年是2021年以来受理投诉最少的一年。'), 2026)).toEqual([]);
    expect(yearMarks(annual(2026, '今年是2026年“八五”普法总结验收之年。'), 2026)).toEqual([]);
    expect(yearMarks(annual(2026, '全年审核文件9件。', '三、下一步打算\n今年是2027年，我局将深化执法改革。'), 2026)).toEqual([]);
  });
});

describe('an earlier year labelled by the report\'s own 上年度 or 去年 (year-contradiction, round 53)', () => {
  it('marks the earlier year whose label and sentence speak of the report\'s year', () => {
    expect(yearMarks(selfCheck(2024, '2023年是上年度审计反馈问题整改的攻坚之年，本年度整改事项全部销号。'), 2024, 'self-inspection-report')).toEqual(['2023']);
    expect(yearMarks(annual(2025, '2024年是落实去年督察意见的关键一年，今年共制定整改措施16条。'), 2025)).toEqual(['2024']);
  });
  it('stays silent on the report\'s own year, history told as such, and next year\'s plan', () => {
    expect(yearMarks(selfCheck(2024, '2024年是上年度问题整改的收尾之年，本年度整改完成率100%。'), 2024, 'self-inspection-report')).toEqual([]);
    expect(yearMarks(selfCheck(2024, '2023年是问题整改之年，本年度在此基础上巩固整改成果。'), 2024, 'self-inspection-report')).toEqual([]);
    expect(yearMarks(selfCheck(2024, '现将本年度情况报告如下。', '三、下一步措施\n2025年是上年度问题整改的巩固之年，将持续跟踪。'), 2024, 'self-inspection-report')).toEqual([]);
  });
});
