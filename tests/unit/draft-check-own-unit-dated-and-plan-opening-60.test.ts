/**
 * Issue 25, round 60: the draft's own work (我区, 我镇, or the place its title and 落款 name) opened by another year, with
 * or without a full date; and a plan's bare 开局 (结合“十五五”开局推进) read as a stage of work, not a year. Probes in
 * words of their own, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

const years = (text: string, year: number, type: Parameters<typeof check>[2] = 'self-inspection-report') =>
  check(text, year, type).filter((f) => kindOf.get(f.rule) === 'year-contradiction').map((f) => f.text);

/** A 自查报告 of 柳溪县 (or its 桃渡镇) on `year`, signed on `signed`. */
const selfCheck = (year: number, work: string, opts: { place?: string; signed?: string; plans?: string } = {}) => {
  const place = opts.place ?? '柳溪县';
  return `${place}${year}年度法治建设工作自查报告\n按照市委依法治市办的通知要求，${place}对照考评指标逐项开展自查，现将情况报告如下。\n一、主要工作\n（一）强化组织领导\n${work}\n（二）规范执法行为\n全年办理行政处罚案件31件，均按时办结。\n二、存在的问题\n执法人员培训覆盖面不够。\n三、下一步打算\n${opts.plans ?? `${year + 1}年，${place}将继续推进执法规范化建设。`}\n${place}人民政府\n${opts.signed ?? `${year + 1}年1月20日`}`;
};

describe('the own work opened by another year and the draft own unit', () => {
  it('reads an earlier full date before 我区, 我镇 and an act', () => {
    expect(years(selfCheck(2024, '2023年9月12日，我县召开依法行政专题会议，研究执法监督工作。'), 2024)).toEqual(['2023']);
    expect(years(selfCheck(2025, '2023年6月，我镇邀请律师开展民法典专题讲座，干部30人参加。', { place: '湖口县桃渡镇' }), 2025)).toEqual(['2023']);
  });
  it('reads an earlier year before the draft own place name and a counted act', () => {
    expect(years(selfCheck(2024, '2022年，柳溪县审查行政规范性文件23件，全部按期办结。'), 2024)).toEqual(['2022']);
    expect(years(selfCheck(2025, '2024年，桃渡镇全年调处矛盾纠纷88起。', { place: '湖口县桃渡镇' }), 2025)).toEqual(['2024']);
  });
  it('reads the next year when the work is dated after the 落款, or told as counted in a report signed early that year', () => {
    expect(years(selfCheck(2024, '2025年8月3日，我县举办行政执法人员培训班，参训68人。'), 2024)).toEqual(['2025']);
    expect(years(selfCheck(2024, '2025年，柳溪县开展执法案卷评查4次。'), 2024)).toEqual(['2025']);
  });
  it('stays silent on history, comparisons, milestones, plans, another year in the sentence and a wider unit', () => {
    expect(years(selfCheck(2024, '2023年5月，柳溪县成立法治建设领导小组，由县长任组长。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年，柳溪县办理行政复议案件40件，今年较上年增加6件。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年以来，柳溪县累计召开专题会议9次。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年，柳溪县召开专题会议3次，2024年召开5次。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年9月，我省召开依法行政工作会议，部署执法监督工作。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年，柳溪县法治建设有序推进。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2024年3月5日，我县召开依法行政专题会议。'), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2023年12月20日，我县召开专题会议，部署新一年法治建设任务。'), 2024)).toEqual([]);
  });
  it('stays silent on a next-year date before the 落款, and on next year plans', () => {
    expect(years(selfCheck(2024, '2025年1月8日，我县召开自查工作推进会，对12项指标逐项核对。', { signed: '2025年2月20日' }), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '执法人员持证率达到100%。', { plans: '2025年6月，柳溪县组织开展执法案卷评查2次。' }), 2024)).toEqual([]);
    expect(years(selfCheck(2024, '2025年，柳溪县将开展执法案卷评查4次。'), 2024)).toEqual([]);
  });
});

describe('a plan bare 开局 read as a stage of work', () => {
  const plans = (year: number, line: string) =>
    `柳溪县人民政府关于${year - 1}年度法治政府建设情况的报告\n${year - 1}年，柳溪县扎实推进法治政府建设，全年办理行政复议案件26件。\n一、主要工作\n全面落实行政执法三项制度。\n二、存在的问题\n基层执法力量不足。\n三、下一年度工作安排\n${line}\n柳溪县人民政府\n${year}年2月10日`;
  const planYears = (text: string, year: number) =>
    check(text, year - 1, 'law-based-government-annual-report').filter((f) => f.rule.includes('plan-year')).map((f) => f.text);
  it('stays silent where the 开局 is worked with, not named as the year', () => {
    expect(planYears(plans(2027, '2027年，结合“十五五”开局深化柳溪县依法行政。'), 2027)).toEqual([]);
    expect(planYears(plans(2028, '2028年，围绕“十五五”开局起步成果推进法治建设。'), 2028)).toEqual([]);
  });
  it('still reads a year called the 开局之年 of a period it does not open', () => {
    expect(planYears(plans(2027, '2027年是“十五五”开局之年，柳溪县将推进法治建设。'), 2027).length).toBe(1);
    expect(planYears(plans(2027, '2027年，“十五五”规划进入开局第一年，柳溪县将推进法治建设。'), 2027).length).toBe(1);
  });
});
