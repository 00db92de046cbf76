/**
 * Issue 25, round 56: a later title year not explained by the plans' year; the year's own 要点 issued under another year
 * with no time word; a dated meeting that adopted 本年度 tasks under another year. Probes in words of their own.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

const years = (text: string, year = 2024, type: Parameters<typeof check>[2] = 'self-inspection-report') =>
  check(text, year, type).filter((f) => kindOf.get(f.rule) === 'year-contradiction').map((f) => f.text);

const selfCheck = (title: string, work: string, plans = '2025年，局里将继续推进执法规范化建设。') =>
  `${title}\n按照县委依法治县办关于开展2024年度法治建设工作自查的通知，我局逐项开展自查，现将情况报告如下。\n一、主要工作\n${work}\n二、存在的问题\n执法人员培训覆盖面不够。\n三、下一步工作打算\n${plans}\n青湖县交通运输局\n2025年1月10日`;

describe('a later title year over a report of the year before', () => {
  it('is read though the plans name that later year', () => {
    expect(years(selfCheck('青湖县交通运输局2025年度法治建设自查报告', '全年办理行政处罚案件46件。'))).toContain('2025年度');
  });
  it('stays silent where the body reports on the title year itself, or the title names the reported year', () => {
    expect(years(selfCheck('青湖县交通运输局2025年度法治建设自查报告', '2025年1月起执行新的执法辅助人员管理办法，全年办理行政处罚案件46件。'))).not.toContain('2025年度');
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '全年办理行政处罚案件46件。'))).toEqual([]);
  });
});

describe('the year own 要点 issued under another year', () => {
  it('reads a verb opening the sentence, or after a subject, over a local 要点 of the year before', () => {
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '局党组制定印发《青湖县交通运输局2023年度法治建设工作要点》，明确任务18项。'))).toEqual(['2023']);
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '（一）印发《交通运输系统2023年依法行政工作计划》，细化措施12条。'))).toEqual(['2023']);
  });
  it('stays silent on a dated issuing, another year in the sentence, the reported year, and the plans', () => {
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '2023年，局党组制定印发《青湖县交通运输局2023年度法治建设工作要点》。'))).toEqual([]);
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '在总结《青湖县交通运输局2023年度法治建设工作要点》落实情况基础上，制定印发《青湖县交通运输局2024年度法治建设工作要点》。'))).toEqual([]);
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '制定印发《青湖县交通运输局2024年度法治建设工作要点》，明确任务18项。'))).toEqual([]);
  });
});

describe('a dated meeting that adopted 本年度 tasks under another year', () => {
  it('reads the date of the meeting', () => {
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '2023年3月2日，局党组召开会议，研究部署今年法治建设重点任务。'))).toEqual(['2023']);
  });
  it('stays silent on the reported year, on last year tasks, and on a sentence with two years', () => {
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '2024年3月2日，局党组召开会议，研究部署今年法治建设重点任务。'))).toEqual([]);
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '2023年12月8日，局党组召开会议，总结上年法治建设工作。'))).toEqual([]);
    expect(years(selfCheck('青湖县交通运输局2024年度法治建设自查报告', '2023年12月8日，局党组审议通过本年度法治建设工作要点，并对照2022年度考核结果查找短板。'))).toEqual([]);
  });
});
