/**
 * Years and dates in the shapes a new writer uses to tie a sentence to the reported year, each with the wrong year, and
 * the legitimate look-alikes beside them: a part of the year (上半年, 第一季度) dated another year inside the year's
 * total; a plan's middle year (中期之年) that is its first or last; next year's plans dated with the reported year beside a
 * word for it (今年（2026年）将…) or by a deadline already passed (2026年底前完成…); the reported year compared with itself
 * with the comparing word after it (与2026年相比); a report period (自查时段, 考核期) that ends in another year; the
 * year's total counted months into the next year; and a month no calendar has written alone (于13月前). Facts from the
 * reference: the plans' periods (“十四五”“八五”普法 2021—2025, “十五五” from 2026: currency-2026.md 开头与第1节), the report
 * on 上一年度 filed by 3月1日 (requirements.md 二). Sentences are written here, not taken from the eval sets.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { annual, kindProbes, self, shufa, type Probe } from './helpers/kind-probes.ts';

type Kind = Probe['type'];

const titleOf = (year: number, type: Kind) =>
  type === shufa ? `县司法局局长${year}年度述法报告` : type === self ? `某县司法局${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`;

/**
 * The whole report each probe is checked in. A probe's own text is its planted sentence, so a test's name shows the
 * sentence; the report around it is kept here, keyed by the probe.
 */
const reports = new WeakMap<Probe, string>();
const draftOf = (p: Probe) => reports.get(p) ?? p.text;

/** A report on a year with `work` under its first section and `plans` under 下一年度工作安排, signed early the next year. */
function report(year: number, work: string, type: Kind, plans: string, signoff: string, planted: string): Probe {
  const probe = { text: planted, year, type };
  reports.set(probe, [titleOf(year, type), `${year}年，我县坚持依法行政，现将有关情况报告如下。`, '一、主要举措和成效', work,
    '二、存在的不足', '执法队伍专业化不足。', '三、下一年度工作安排', plans, '某县人民政府', signoff].join('\n'));
  return probe;
}
const whole = (year: number, work: string, type: Kind = annual): Probe => report(year, work, type, '继续加强执法监督。', `${year + 1}年1月20日`, work);
/** The sentence in the plans section. */
const plan = (year: number, sentence: string, type: Kind = annual, signoff = `${year + 1}年1月20日`): Probe =>
  report(year, '全年审查行政规范性文件18件。', type, sentence, signoff, sentence);
/** A report whose 落款 is the planted date. */
const signedOn = (year: number, date: string): Probe => report(year, '全年审查行政规范性文件18件。', annual, '继续加强执法监督。', date, `落款 ${date}`);

kindProbes('round 24 (years)', {
  'year-contradiction': {
    found: [
      // A part of the year's total dated another year.
      whole(2026, '全年共办理行政复议案件80件，其中2025年上半年36件。'),
      whole(2026, '全年共办理行政复议案件80件，其中2025年第一季度20件。'),
      whole(2026, '本年度共开展普法活动56场，其中2027年下半年30场。'),
      whole(2025, '全年共组织旁听庭审4次，其中2024年下半年2次。', shufa),
      // A plan's middle year written on its first or last year, or after its period.
      whole(2025, '今年是“十四五”规划中期之年，全县法治建设稳步推进。'),
      whole(2021, '2021年是“八五”普法中期之年，全县普法工作稳步推进。'),
      whole(2026, '今年作为“八五”普法中期之年，镇里开展了中期自查。', self),
      whole(2025, '2025年是《法治中国建设规划（2020—2025年）》实施的中期之年，全市对标推进。'),
      // Next year's plans dated with the reported year in an annual report written after it.
      plan(2026, '今年（2026年），我局将继续推进执法公示标准化。'),
      plan(2026, '本年度（2026年）将继续推进政务公开标准化，2027年底前完成目录修订。'),
      plan(2025, '2025年（明年）将健全行政执法监督制度。'),
      plan(2026, '2026年底前完成基层政务公开目录修订。'),
      // The reported year (or a later one) as the base of a comparison, the comparing word after it.
      whole(2026, '全年办理行政复议案件96件，与2026年相比增加12件。'),
      whole(2024, '今年镇政府共审议重大行政决策事项6项，同2024年同期相比增加2项。', shufa),
      whole(2026, '全年办理行政复议案件96件，和2027年相比增加12件。'),
      whole(2026, '全年受理投诉举报52件，相较于2026年减少8件。'),
      // A report period ending in another year, or named in other words.
      whole(2025, '本年度对照考核指标开展自查，自查时段为2025年1月1日至2024年12月31日。', self),
      whole(2026, '考核期为2025年1月至12月，我局对照指标逐项自查。', self),
      whole(2026, '述职时段为2025年1月至12月，本人认真履行第一责任人职责。', shufa),
      // The year's total counted months into the next year.
      whole(2026, '截至2027年6月30日，全年共办理行政复议案件88件。'),
      // Other words for the same ties: 元年, 第N年 in digits, 本年内（…）, 跟…比, a part of last year opening a result.
      whole(2025, '今年是“十五五”元年，全县法治建设开局良好。'),
      whole(2024, '今年是“八五”普法第3年，全县普法工作稳步推进。'),
      whole(2026, '本年内（2025年）共审查行政规范性文件18件。'),
      whole(2026, '本人全年主持专题学法6次，跟2026年比增加2次。', shufa),
      whole(2026, '2025年下半年，全县共办理行政复议案件46件。'),
      // A part of the year with its dates in brackets; a plan's year named by 明年 or 去年 as the subject.
      whole(2026, '上半年（2025年1月至6月）共办理行政复议案件46件。'),
      whole(2026, '第三季度（2025年7—9月）共办理行政复议案件26件。'),
      plan(2026, '明年是“十五五”规划的开局之年，全县将对标推进。'),
      whole(2027, '去年是“八五”普法收官之年，全县开展总结验收。'),
    ],
    silent: [
      // A comparison with an earlier year, or with a part of the reported year.
      whole(2026, '全年办理行政复议案件96件，与2024年相比增加12件。'),
      whole(2026, '全年办理行政复议案件96件，与2025年相比增加12件。'),
      whole(2026, '下半年办理行政复议案件56件，与2026年上半年相比增加16件。'),
      whole(2026, '四季度办理案件30件，较2026年第三季度增加5件。'),
      // The reported year's own parts, and another year's part set beside them or carried over.
      whole(2026, '全年办理案件80件，其中2026年上半年36件。'),
      whole(2026, '今年上半年办理案件36件，较2025年上半年增加6件。'),
      whole(2026, '今年上半年办理案件36件，2025年上半年为30件。'),
      whole(2026, '2025年下半年启动的执法案卷评查今年全面完成。'),
      // A plan's middle year within its period, and 中期 as an evaluation.
      whole(2023, '今年是“八五”普法中期之年，全县普法工作稳步推进。'),
      whole(2024, '今年是“八五”普法规划实施的中期之年，全县普法工作稳步推进。'),
      whole(2026, '2023年是“八五”普法中期之年，全县开展了中期评估。'),
      whole(2025, '今年对“八五”普法中期评估发现的问题开展整改回头看。'),
      // Next year's plans dated with the next year; last year's feedback in the plans section.
      plan(2026, '2027年，我局将继续推进政务公开标准化。'),
      plan(2026, '明年（2027年）将继续推进政务公开标准化。'),
      plan(2026, '2027年上半年完成基层政务公开目录修订。'),
      // A 述法 report may plan the rest of its year when given at the year-end meeting.
      plan(2026, '今年（2026年）将继续推进会前学法制度化。', shufa, '2026年11月25日'),
      // The reported year's own period, and a review of two whole years.
      whole(2026, '统计时段为2026年1月1日至2026年12月31日。'),
      whole(2026, '统计时段为2025年1月至2026年12月，两年共办理案件180件。'),
      whole(2026, '全年办理行政复议案件96件，比2025年增加12件。'),
      whole(2026, '2025年下半年受理的6件案件于今年全部办结。'),
      whole(2026, '2026年是“十五五”开局之年，也是“八五”普法收官后的第一年。'),
      whole(2026, '上半年（2026年1月至6月）共办理行政复议案件46件。'),
      whole(2026, '上年上半年（2025年1月至6月）共办理行政复议案件40件。'),
      plan(2026, '明年是“十五五”规划的第二年，全县将对标推进。'),
      whole(2026, '去年是“八五”普法收官之年，全县开展总结验收。'),
      whole(2026, '在“十五五”开局之年，县委对上年度述法反馈的问题全部整改。'),
      // The next year's months named for what happened after the year closed.
      whole(2026, '截至2027年1月底，全年受理的行政复议案件已全部办结。'),
    ],
  },
  'impossible-date': {
    found: [
      whole(2026, '于13月前全部完成执法人员资格复训。'),
      whole(2026, '全年共办理案件96件，于１３月底前全部办结。'),
      whole(2026, '定于0月份完成行政规范性文件清理。'),
      whole(2026, '2026年0月15日召开专题会议。'),
      whole(2026, '二〇二六年十三月召开专题会议。'),
      whole(2026, '2025年2月29日开展专项检查。'),
      whole(2026, '2026年4月1日至4月31日开展执法检查。'),
      whole(2026, '截至2026年11月31日，共办理案件96件。'),
      signedOn(2026, '2027年2月30日'),
    ],
    silent: [
      whole(2026, '连续13个月保持执法零投诉。'),
      whole(2026, '第13个月起执行新的执法标准。'),
      whole(2026, '该案历时13月余方审结。'),
      whole(2026, '全年办理案件1213件，其中10月办理120件。'),
      whole(2026, '每年2月29日（闰年）开展专项检查。'),
      whole(2026, '2024年2月29日开展专项检查。'),
      whole(2026, '2026年6月28日至30日开展执法检查。'),
      signedOn(2026, '2027年2月28日'),
    ],
  },
}, draftOf);

describe('round 24 (years): one mistake, one finding, at the wrong year', () => {
  it('marks the end year of a report period that ends before it starts, not the right start year', () => {
    const p = whole(2025, '本年度对照考核指标开展自查，自查时段为2025年1月1日至2024年12月31日。', self);
    const years = check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).includes('consistency-current-year')).map((f) => f.text);
    expect(years).toEqual(['2024']);
  });
  it('reads a month of thirteen once, as an impossible date only', () => {
    const p = whole(2026, '于13月前全部完成执法人员资格复训。');
    const found = check(draftOf(p), p.year, p.type).filter((f) => f.text.includes('13'));
    expect(found.map((f) => [f.rule, f.text])).toEqual([['consistency-impossible-date', '13月']]);
  });
  it('names the plan and its period when 中期 falls on its last year', () => {
    const p = whole(2025, '今年是“十四五”规划中期之年，全县法治建设稳步推进。');
    const f = check(draftOf(p), p.year, p.type).find((x) => rulesIn(x).includes('consistency-plan-year'));
    expect(f?.message).toContain('2021—2025年');
    expect(f?.message).toContain('收官之年');
  });
});
