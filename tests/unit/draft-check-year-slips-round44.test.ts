import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
/** The rules whose findings are year contradictions (src/content/rules/consistency.yaml). */
const YEAR_RULES = new Set(['consistency-opening-year', 'consistency-heading-year', 'consistency-current-year', 'consistency-plan-year', 'consistency-event-year', 'consistency-event-before-held']);
const yearFindings = (text: string, year: number) =>
  checkDraft(text, compiled, { year }).findings.filter((f) => YEAR_RULES.has(f.rule)).map((f) => f.text);
const report = (opening: string, body: string, problems: string, plans: string, year = 2025) =>
  `某区市场监督管理局${year}年度法治建设工作自查报告\n${opening}\n一、主要工作\n${body}\n二、存在的问题\n${problems}\n三、下一步工作安排\n${plans}\n某区市场监督管理局\n${year + 1}年2月10日\n`;
const OPENING = '2025年，我局扎实推进法治建设各项工作。现将有关情况报告如下。';
const BODY = '全年办理行政复议案件41件。';
const PROBLEMS = '一是执法力量不足；二是培训不够系统。';
const PLANS = '2026年，我局将加强执法队伍建设。';

describe('a later year\'s assessment yardstick for the reported year\'s problems', () => {
  it('flags a later year\'s 考核 text used to measure the year\'s own problems', () => {
    expect(yearFindings(report(OPENING, BODY, '对照2026年度依法行政考核评分标准，一是执法力量不足；二是培训不够系统。', PLANS), 2025)).toContain('2026');
    expect(yearFindings(report(OPENING, '依据2026年度法治建设考核细则逐项检查，发现执法案卷不规范。', PROBLEMS, PLANS), 2025)).toContain('2026');
  });
  it('stays silent in the plans, with a future word, or with the reported year beside it', () => {
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '对照2026年度法治建设考核指标，逐项抓好落实。'), 2025)).toEqual([]);
    expect(yearFindings(report(OPENING, BODY, '今后将对照2026年度考核指标补齐短板。', PLANS), 2025)).toEqual([]);
    expect(yearFindings(report(OPENING, BODY, '按照2026年度考核方案对2025年工作开展自查，发现执法力量不足。', PLANS), 2025)).toEqual([]);
  });
});

describe('a later year\'s results held up as already won', () => {
  it('flags consolidating or keeping a later year\'s results', () => {
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '2026年，我局将在巩固2026年专项整治成果的基础上，持续规范执法。'), 2025)).toContain('2026');
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '下一步，持续保持2026年度执法监督成效。'), 2025)).toContain('2026');
  });
  it('stays silent on the reported year\'s or an earlier year\'s results', () => {
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '2026年，我局将巩固2025年专项整治成果，持续规范执法。'), 2025)).toEqual([]);
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '2026年，我局将持续巩固拓展已有成果。'), 2025)).toEqual([]);
  });
});

describe('another year\'s 工作要点 adopted at the reported year\'s start', () => {
  it('flags an earlier or the next year\'s 要点 adopted early in the year', () => {
    expect(yearFindings(report(OPENING, '今年2月，局党组会议审定《某区市场监管局2024年法治建设工作要点》，分解任务18项。', PROBLEMS, PLANS), 2025)).toContain('2024');
    expect(yearFindings(report(OPENING, '年初印发《某区市场监管局2026年度依法行政工作要点》，全年召开专题会议4次。', PROBLEMS, PLANS), 2025)).toContain('2026');
  });
  it('stays silent on the year\'s own 要点 and on next year\'s drawn up at the year\'s end', () => {
    expect(yearFindings(report(OPENING, '今年2月，局党组会议审定《某区市场监管局2025年法治建设工作要点》，分解任务18项。', PROBLEMS, PLANS), 2025)).toEqual([]);
    expect(yearFindings(report(OPENING, '今年12月，局党组会议审定《某区市场监管局2026年法治建设工作要点》。', PROBLEMS, PLANS), 2025)).toEqual([]);
  });
});

describe('the year before as the year of the opening\'s own work', () => {
  it('flags the year before leading a sentence that reports the reported year', () => {
    expect(yearFindings(report('根据区委依法治区办通知要求，我局开展了自查。2024年，全局上下扎实推进依法行政，全年办结行政处罚案件130件，现将2025年度自查情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toContain('2024');
  });
  it('flags the opening\'s first sentence calling the year before the year of the work', () => {
    expect(yearFindings(report('2024年是深入推进依法行政的关键一年。我局对照年度任务逐项自查。现将有关情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toContain('2024');
  });
  it('stays silent on the reported year, a milestone year or an event told as history', () => {
    expect(yearFindings(report('2025年，全局上下扎实推进依法行政，现将2025年度自查情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toEqual([]);
    expect(yearFindings(report('2024年是党的二十届三中全会召开之年。我局扎实推进法治建设。现将有关情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toEqual([]);
    expect(yearFindings(report('2025年是全面加强法治建设的重要一年。我局对照年度任务逐项自查。现将有关情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toEqual([]);
    expect(yearFindings(report('根据通知要求，我局开展了自查。2024年，我局印发《执法规范化建设方案》，现将2025年度自查情况报告如下。', BODY, PROBLEMS, PLANS), 2025)).toEqual([]);
  });
});

describe('an old goal\'s deadline quoted in the plans is outdated wording, not a stale plan year', () => {
  it('leaves 到2020年 before an old goal to the outdated-wording rules', () => {
    const findings = checkDraft(report(OPENING, BODY, PROBLEMS, '一是完善法律顾问制度。二是力争到2020年基本建成法治政府。', 2023).replace(/2025年/g, '2023年'), compiled, { year: 2023 }).findings;
    expect(findings.filter((f) => YEAR_RULES.has(f.rule)).map((f) => f.text)).toEqual([]);
    expect(findings.some((f) => f.text.includes('基本建成法治政府'))).toBe(true);
  });
  it('still flags a plan dated the year before, led by 到', () => {
    expect(yearFindings(report(OPENING, BODY, PROBLEMS, '下一步，我局将力争到2024年底前完成执法案卷数字化。'), 2025)).toContain('2024');
  });
});
