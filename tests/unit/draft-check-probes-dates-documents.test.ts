/**
 * The checker's probes for dates and the documents a draft cites (signing-date, impossible-date, year-contradiction
 * at a cut-off, expired-document-as-guidance), from the facts probes of rounds 7 to 10: a 落款 signed too early or
 * too late, a date off the calendar, dates written as 公文 write them (Arabic, full-width and Han numerals), an
 * expired or replaced document cited as the year's basis; each found as its kind, and the legitimate look-alikes,
 * each silent for it. The later sweeps of years and dates are in draft-check-probes-years.test.ts. One describe per
 * family; the comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { type ReportKind } from '../../src/shared/draft-check/types.ts';
import { check, textsByRule } from './helpers/draft-check.ts';
import { annual, kindProbes, type KindProbes, type Probe, report, self, shufa } from './helpers/kind-probes.ts';
import { readDates } from '../../src/shared/draft-check/date-reader.ts';

/**
 * Issue 25, round 7 (facts: figures, dates, documents): general catches built while studying the v1 to v6
 * sets (all development data now). Each case is a shape of text made up for the test, not an item of any set.
 */
describe('facts: signing dates, expired documents as the basis, cut-offs that cannot give the year', () => {
  const draft = (...lines: string[]) => ['某县2026年法治政府建设年度报告', ...lines, '某县人民政府', '2027年2月10日'].join('\n');

  describe('a 自查报告 signed before the reported year is over (signing-date)', () => {
    const self = (signoff: string, title = '某局2026年度法治建设自查报告') => textsByRule('consistency-signoff-before-year-end', `${title}\n一、自查情况\n全年办理案件12件。\n\n${signoff}`, 2026, 'self-inspection-report');
    it('is a hint from April to November, whatever form the date line takes (December: round 43)', () => {
      expect(self('某局\n2026年11月1日')).toEqual(['2026年11月1日']);
      expect(self('某某\n2026年10月8日')).toEqual(['2026年10月8日']);
      expect(self('2026年11月3日')).toEqual(['2026年11月3日']);
      expect(self('某局\n2026 年 7 月 15 日')).toEqual(['2026 年 7 月 15 日']);
      expect(self('某局\n２０２６年９月５日')).toEqual(['２０２６年９月５日']);
      expect(self('某局\n落款日期：2026年11月15日')).toEqual(['2026年11月15日']);
      expect(self('某局\n2026年11月20日', '某局法治建设自查报告')).toEqual(['2026年11月20日']);
    });
    it('stays quiet in the next year and leaves the first quarter to the error rule', () => {
      expect(self('某局\n2027年1月8日')).toEqual([]);
      expect(self('某局\n2026年2月8日')).toEqual([]);
      expect(textsByRule('consistency-signoff-year', '某局2026年度法治建设自查报告\n一、自查情况\n正文。\n\n某局\n2026年2月8日', 2026, 'self-inspection-report')).toEqual(['2026年2月8日']);
    });
  });

  describe('expired and replaced documents cited as the basis of the year (expired-document-as-guidance)', () => {
    const expired = (text: string, year: number) => check(text, year).filter((f) => f.rule.startsWith('expired-document-')).map((f) => [f.rule, f.level, f.text]);
    it('reads a plan cited by its 文号, in any bracket shape, after a verb of citing', () => {
      expect(expired('认真落实中发〔2021〕26号文件精神，组织普法活动。', 2026)).toEqual([['expired-document-period-ended', 'hint', '认真落实中发〔2021〕26号']]);
      expect(expired('按照中发（2021）33号文件要求推进本年度工作。', 2026)).toEqual([['expired-document-period-ended', 'hint', '按照中发（2021）33号']]);
      expect(expired('依据国办发【2023】27号文件开展执法人员轮训。', 2026)).toEqual([['expired-document-period-ended', 'hint', '依据国办发【2023】27号']]);
    });
    it('stays quiet on a 文号 within its period, as history, or in the bracket after the title', () => {
      expect(expired('认真落实中发〔2021〕26号文件精神，组织普法活动。', 2024)).toEqual([]);
      expect(expired('中发〔2021〕33号文件部署的各项任务已于2025年收官。', 2026)).toEqual([]);
      expect(expired('《法治政府建设实施纲要（2021—2025年）》（中发〔2021〕33号）实施五年来成效明显。', 2026)).toEqual([]);
    });
    it('derives the earlier plans of the 普法 series from the known one (六五 2011—2015, 五五 2006—2010)', () => {
      expect(expired('根据“六五”普法规划开展普法工作。', 2024)).toEqual([['expired-document-superseded', 'error', '根据“六五”普法规划']]);
      expect(expired('按照五五普法规划部署开展普法。', 2024)).toEqual([['expired-document-superseded', 'error', '按照五五普法规划']]);
      expect(expired('“六五”普法期间，我县建成法治文化广场。', 2024)).toEqual([]);
      expect(expired('按照“八五”普法工作部署开展普法活动。', 2026)).toEqual([['expired-document-period-ended', 'hint', '按照“八五”普法']]);
      expect(expired('按照“八五”普法规划部署开展普法活动。', 2026)).toEqual([['expired-document-period-ended', 'hint', '按照“八五”普法规划']]);
      expect(expired('按照“八五”普法工作部署开展普法活动。', 2024)).toEqual([]);
      expect(expired('根据“六五”普法规划开展普法工作。', 2013)).toEqual([]);
    });
    it('finds a replaced pilot by its full title, from the title of the paper that replaced it', () => {
      const pilot = '《国务院办公厅关于印发推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度试点工作方案的通知》';
      expect(expired(`依据${pilot}开展自查。`, 2025).map((f) => f[0])).toEqual(['expired-document-predecessor']);
      expect(expired('依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》开展自查。', 2025)).toEqual([]);
      expect(expired('依据《某县行政执法“三项制度”试点工作方案》开展自查。', 2025)).toEqual([]);
    });
    it('reads an older text of a current law named by its year before the title or in a bracket after it', () => {
      expect(expired('依照1999年《中华人民共和国行政复议法》办理复议案件。', 2025)).toEqual([['expired-document-number', 'error', '1999年《中华人民共和国行政复议法》']]);
      expect(expired('依据《中华人民共和国行政处罚法》（2017年修正）查处违法行为。', 2024)).toEqual([['expired-document-number', 'error', '《中华人民共和国行政处罚法》（2017年修正）']]);
      expect(expired('依据2017年修正的《中华人民共和国行政处罚法》查处违法行为。', 2024)).toEqual([['expired-document-number', 'error', '2017年修正的《中华人民共和国行政处罚法》']]);
      expect(expired('依据2017年修正的《中华人民共和国行政处罚法》查处违法行为。', 2020)).toEqual([]);
      expect(expired('1999年《中华人民共和国行政复议法》施行以来，复议制度不断完善。', 2025)).toEqual([]);
      expect(expired('依据《中华人民共和国行政处罚法》（2021年修订）查处违法行为。', 2024)).toEqual([]);
    });
  });

  describe('a cut-off that cannot give the whole year (year-contradiction)', () => {
    const years = (line: string, year = 2026) => textsByRule('consistency-current-year', draft('2026年，县政府扎实推进法治政府建设。', '一、主要举措和成效', line), year);
    it('finds a mid-year cut-off called 全年, and an earlier year-end with 全年', () => {
      expect(years('截至2026年6月底，全年共办理行政复议案件88件。')).toEqual(['截至2026年6月底']);
      expect(years('截至2026年9月30日，全年受理申请120件。')).toEqual(['截至2026年9月30日']);
      expect(years('截至2025年底，全年共查处违法案件37起。')).toEqual(['2025']);
      expect(years('2026年1—9月，全年共办理案件30件。')).toEqual(['2026年1—9月']);
      expect(years('今年1至6月，全年累计受理案件30件。')).toEqual(['今年1至6月']);
      expect(years('截至2026年上半年，全年共办理案件30件。')).toEqual(['截至2026年上半年']);
    });
    it('stays quiet on progress against the year’s target, the year-end itself and plans', () => {
      expect(years('截至2026年6月底，已办理行政复议案件40件，完成全年目标任务的52%。')).toEqual([]);
      expect(years('截至2026年12月底，全年共办理行政复议案件88件。')).toEqual([]);
      expect(years('截至2026年6月底，全年计划将完成过半。')).toEqual([]);
      expect(years('全年共办理案件30件，其中上半年12件。')).toEqual([]);
      expect(years('2026年1—12月，全年共办理案件30件。')).toEqual([]);
      expect(years('2025年1—9月，全年共办理案件30件，同比增长5%。')).toEqual([]);
    });
  });

  describe('a 法治政府建设年度报告 signed after it had to be made public (signing-date)', () => {
    const late = (date: string, type: ReportKind = 'law-based-government-annual-report') => textsByRule('consistency-signoff-after-deadline', `某县2026年法治政府建设年度报告\n一、主要举措和成效\n正文。\n\n某县人民政府\n${date}`, 2026, type);
    it('is a hint from 4月1日 of the next year on', () => {
      expect(late('2027年4月1日')).toEqual(['2027年4月1日']);
      expect(late('2027年9月30日')).toEqual(['2027年9月30日']);
    });
    it('stays quiet before 4月1日 and on other kinds of report', () => {
      expect(late('2027年3月31日')).toEqual([]);
      expect(late('2027年6月15日', 'shufa-report')).toEqual([]);
      expect(late('2027年6月15日', 'self-inspection-report')).toEqual([]);
    });
  });
});

/**
 * Issue 25, round 8 (facts: dates, documents, layout): general catches and precision fixes built while
 * studying the v1 to v7 sets (all development data now). Each case is a shape of text made up for the
 * test, not an item of any set.
 */
describe('facts: expired documents, a plan\'s year named by its ordinal', () => {
  const speaker = (text: string, year = 2026) => check(text, year).filter((f) => !f.rule.startsWith('structure-')).map((f) => f.rule);

  describe('expired documents (expired-document-as-guidance)', () => {
    it('reads a plan named with a year inside its period, or followed by 以来, as history', () => {
      const old = '《法治政府建设实施纲要（2015—2020年）》';
      expect(textsByRule('expired-document-superseded', `自2016年实施${old}以来，我区依法行政水平逐年提升。`, 2024)).toEqual([]);
      expect(textsByRule('expired-document-superseded', `贯彻${old}以来，我区建成示范区。`, 2024)).toEqual([]);
      expect(textsByRule('expired-document-superseded', `区政府深入贯彻落实${old}，推进法治政府建设。`, 2024)).toHaveLength(1);
    });
    it('reads a bare plan title with any dash in its period', () => {
      const ended = (text: string) => textsByRule('expired-document-period-ended', text, 2026);
      expect(ended('围绕法治社会建设实施纲要（2020-2025年）目标任务推进工作。')).toHaveLength(1);
      expect(ended('对照2020至2025年法治社会建设实施纲要推进工作。')).toHaveLength(1);
      expect(ended('法治社会建设实施纲要（2020～2025年）圆满收官。')).toEqual([]);
    });
    it('reports the text before a revision cited as the basis, without its year', () => {
      expect(textsByRule('expired-document-number', '依照修订前的《中华人民共和国行政复议法》办理复议案件。', 2025)).toEqual(['依照修订前的《中华人民共和国行政复议法》']);
      expect(textsByRule('expired-document-number', '与修订前的《中华人民共和国行政复议法》相比，受案范围扩大。', 2025)).toEqual([]);
      // Before the revised text took effect (2024), the earlier text was the one in force.
      expect(textsByRule('expired-document-number', '依照修订前的《中华人民共和国行政复议法》办理复议案件。', 2023)).toEqual([]);
    });
    it('knows an earlier 普法 plan by its longer names, and the finding speaks as the expired plan, not as 法制', () => {
      const f = check('（一）深入实施“六五”法制宣传教育规划，组织活动68场。', 2024).filter((x) => !x.rule.startsWith('structure-'));
      expect(f.map((x) => [x.rule, x.text])).toEqual([['expired-document-superseded', '深入实施“六五”法制宣传教育规划']]);
      expect(textsByRule('expired-document-superseded', '按照“六五”法治宣传教育规划部署开展普法。', 2024)).toHaveLength(1);
      expect(textsByRule('expired-document-superseded', '我县普法从“六五”时期的法制宣传教育，到“七五”时期的法治宣传教育。', 2024)).toEqual([]);
    });
  });

  describe('the year of a plan named by its ordinal (year-contradiction)', () => {
    const plan = (text: string, year: number) => textsByRule('consistency-plan-year', text, year);
    it('reports 实施第N年 that is not the plan start + N − 1', () => {
      expect(plan('今年是“八五”普法规划实施第四年，统筹推进普法工作。', 2025)).toHaveLength(1);
      expect(plan('今年是“八五”普法规划实施第四年，统筹推进普法工作。', 2024)).toEqual([]);
      expect(plan('2025年是“十四五”规划实施第五年。', 2025)).toEqual([]);
      expect(plan('2026年是“十四五”规划的第三年。', 2026)).toHaveLength(1);
    });
    it('reads 回顾 an earlier year as history when the sentence names the report year too', () => {
      expect(textsByRule('consistency-current-year', '回顾2025年，全市按期完成三年行动计划各项任务；2026年起持续巩固成果。', 2026)).toEqual([]);
      expect(textsByRule('consistency-current-year', '回顾2025年，全市依法行政水平提升。', 2026)).toEqual(['2025']);
    });
    it('keeps the findings of other kinds off these sentences', () => {
      expect(speaker('2024年是“八五”普法规划实施第四年。', 2024)).toEqual([]);
    });
  });
});

/**
 * Issue 25, round 9 (facts: documents): catches derived from the sources rather than from set items. Each
 * case is a shape of text made up for the test, not an item of any set.
 */
describe('facts: shortened and earlier titles of documents, last year-end after the year\'s count', () => {
  describe('a 实施纲要 shortened to 纲要 (expired-document-as-guidance)', () => {
    const superseded = (text: string) => textsByRule('expired-document-superseded', text, 2024);
    it('reads the short name with the period first or after it as the replaced plan', () => {
      expect(superseded('全县按照2015-2020年法治政府建设纲要推进依法行政。')).toEqual(['按照2015-2020年法治政府建设纲要']);
      expect(superseded('落实法治政府建设纲要（2015—2020年）确定的任务。')).toEqual(['落实法治政府建设纲要（2015—2020年）']);
    });
    it('stays silent on the short name in a recollection and on the current plan', () => {
      expect(superseded('2015—2020年法治政府建设纲要实施期间，我县建成示范县。')).toEqual([]);
      expect(superseded('按照2021—2025年法治政府建设纲要推进依法行政。')).toEqual([]);
    });
  });

  describe('an earlier text of a current law named without 《》 (expired-document-as-guidance)', () => {
    const number = (text: string) => textsByRule('expired-document-number', text, 2025);
    it('finds the earlier text by the year before the bare name, after a verb of citing', () => {
      expect(number('依照2008年施行的政府信息公开条例办理申请。')).toEqual(['2008年施行的政府信息公开条例']);
      expect(number('按照2017年修正的中华人民共和国行政复议法审理案件。')).toEqual(['2017年修正的中华人民共和国行政复议法']);
    });
    it('stays silent on the current text, on history and on the bare name as a topic', () => {
      expect(number('依据2019年修订的政府信息公开条例办理申请。')).toEqual([]);
      expect(number('2008年施行的政府信息公开条例历经修订。')).toEqual([]);
      expect(number('政府信息公开条例宣传周活动顺利开展。')).toEqual([]);
    });
    it('reads a 《》 title once, not again as a bare name', () => {
      expect(number('依照2008年施行的《政府信息公开条例》办理申请。')).toEqual(['2008年施行的《政府信息公开条例》']);
    });
  });

  describe('the previous year-end after the year’s own count (year-contradiction)', () => {
    const year = (text: string) => textsByRule('consistency-current-year', text, 2026);
    it('flags 截至 the previous year-end after 全年 or 本年度 in the same sentence', () => {
      expect(year('全年共办理行政复议案件31件，截至2025年12月底已全部审结。')).toEqual(['2025']);
      expect(year('本年度受理投诉举报52件，截至2025年末均已办结。')).toEqual(['2025']);
    });
    it('stays silent on the report’s own year, on comparisons and on earlier sentences', () => {
      expect(year('全年共办理行政复议案件31件，截至2026年底已全部审结。')).toEqual([]);
      expect(year('全年共办理案件31件，较截至2025年底增加4件。')).toEqual([]);
      expect(year('全年共办理案件31件。截至2025年底累计办理案件200件。')).toEqual([]);
      expect(year('全年目标任务明确，截至2025年底已完成前期准备。')).toEqual([]);
    });
  });
});

/**
 * Issue 25, round 10 (facts: dates, documents, layout): probe drafts made up for this round from the
 * reference (central-documents.md, currency-2026.md, requirements.md, gbt9704-layout.md), not copied from
 * any evaluation set. Each kind has variants a fresh writer could produce (must be found, as that kind)
 * and legitimate look-alikes (must stay silent for that kind).
 */
describe('facts: expired documents, years, signing dates and impossible dates', () => {
  const PROBES: KindProbes = {
    'expired-document-as-guidance': {
      found: [
        { text: '我局以七五普法规划为指导推进年度普法工作，迎接“八五”普法中期评估。', year: 2024 },
        { text: '全镇以“六五”法治宣传教育规划为遵循，做好“八五”普法总结验收前的准备。', year: 2025 },
        { text: '遵照“七五”法治宣传教育规划，制定本单位年度普法计划。', year: 2024 },
        { text: '以《法治政府建设实施纲要（2015—2020年）》为统领，推进依法行政。', year: 2024 },
        { text: '在“七五”普法规划指导下，开展法律进乡村活动。', year: 2024 },
        { text: '按“七五”普法规划要求，组织宪法宣传周活动。', year: 2023 },
        { text: '继续贯彻中发〔2021〕33号精神，推进依法行政。', year: 2026 },
        { text: '遵循“八五”普法规划要求，组织法律进社区活动。', year: 2026 },
        { text: '以法治社会建设实施纲要（2020—2025年）为指引，开展法治社会建设。', year: 2026 },
        { text: '依据《法治政府建设实施纲要》（2021—2025年），细化本年度工作要点。', year: 2026 },
        { text: '严格对照2021-2025年法治政府建设纲要的目标任务，逐项推进本年度工作。', year: 2026 },
        { text: '依照修正前的《中华人民共和国行政处罚法》作出处罚决定。', year: 2025 },
        { text: '在《法治政府建设实施纲要（2021—2025年）》的指引下，推进本年度各项工作。', year: 2026 },
        { text: '依据法治政府建设实施纲要(2021-2025)，细化本年度工作要点。', year: 2026 },
        { text: '认真贯彻第七个五年法治宣传教育规划，推进普法。', year: 2024 },
        { text: '对照“八五”法治宣传教育规划确定的目标，组织普法。', year: 2026 },
        { text: '贯彻落实‘八五’普法规划，开展法律进社区活动。', year: 2026 },
        { text: '依照旧行政复议法办理复议案件。', year: 2025 },
        { text: '依据2017年版的《中华人民共和国行政处罚法》查处违法行为。', year: 2025 },
        { text: '按照“十四五”法治政府建设规划，推进依法行政。', year: 2026 },
        { text: '以中发〔2021〕33号文件精神为指导，推进依法行政。', year: 2026 },
        { text: '把“八五”普法规划作为年度普法工作的依据，组织普法。', year: 2026 },
        { text: '将法治社会建设实施纲要（2020—2025年）作为本年度工作遵循。', year: 2026 },
        { text: '推动“八五”普法规划落地见效。', year: 2026 },
        { text: '抓好《法治政府建设实施纲要（2021—2025年）》各项任务落实。', year: 2026 },
      ],
      silent: [
        { text: '我局以“八五”普法规划为指导推进年度普法工作。', year: 2024 },
        { text: '参照“八五”法治宣传教育规划，制定本单位年度普法计划。', year: 2025 },
        { text: '在“七五”普法规划实施期间，我县建成法治文化广场3处。', year: 2024 },
        { text: '“七五”普法规划圆满收官后，我镇转入“八五”普法。', year: 2024 },
        { text: '以《法治政府建设实施纲要（2021—2025年）》为统领，推进依法行政。', year: 2024 },
        { text: '全面总结“八五”普法规划实施成效，迎接总结验收。', year: 2026 },
        { text: '中发〔2021〕33号文件部署的各项任务已于2025年全部完成。', year: 2026 },
        { text: '依照2021年修订的《中华人民共和国行政处罚法》作出处罚决定。', year: 2025 },
        { text: '与修正前的《中华人民共和国行政处罚法》相比，新法完善了首违不罚。', year: 2025 },
        { text: '在“八五”普法规划指导下，开展法律进乡村活动。', year: 2025 },
        { text: '回顾“六五”“七五”普法历程，我县普法工作不断深化。', year: 2024 },
        { text: '贯彻落实《全面深化法治领域改革纲要（2023—2027年）》，推进法治领域改革。', year: 2026 },
        { text: '法治政府建设实施纲要(2021-2025)圆满收官，我县通过验收。', year: 2026 },
        { text: '按期完成“八五”普法规划确定的各项任务。', year: 2025 },
        { text: '“十四五”法治政府建设规划圆满收官，各项指标全面完成。', year: 2026 },
        { text: '按照“十五五”规划建议，谋划本地法治建设。', year: 2026 },
        { text: '对照“十四五”规划确定的目标，全面总结五年成效。', year: 2026 },
        { text: '依照2023年修订的行政复议法办理复议案件。', year: 2025 },
        { text: '旧行政复议法与新法相比，受案范围较窄。', year: 2025 },
        { text: '把“八五”普法规划实施成效作为总结验收的重点。', year: 2026 },
        { text: '将《全面深化法治领域改革纲要（2023—2027年）》作为本年度工作遵循。', year: 2026 },
        { text: '贯彻落实“八五”普法规划，迎接“八五”普法总结验收。', year: 2026 },
      ],
    },
    'year-contradiction': {
      found: [
        { text: '全年共受理行政复议申请56件，截止2025年底已全部办结。', year: 2026 },
        { text: '截至2025年年底，本年度共办理行政复议案件42件。', year: 2026 },
        { text: '截止到2025年12月31日，本年度共审查规范性文件18件。', year: 2026 },
        { text: '本年度（2025年）共审查规范性文件18件。', year: 2026 },
        { text: '今年，即2025年，全县共办理行政许可事项1.2万件。', year: 2026 },
        { text: '2026年是“十四五”规划收官之年，全县法治建设取得新成效。', year: 2026 },
        { text: '今年是“十五五”规划开局之年，全县法治建设取得新成效。', year: 2025 },
        { text: '本年度是“十五五”规划实施的第二年，全县法治建设稳步推进。', year: 2026 },
        { text: '2025年全年，全县共办理行政处罚案件326件。', year: 2026 },
        { text: '全年（2025年1月至12月）共办理行政处罚案件326件。', year: 2026 },
        { text: '截至2025年末，今年共办结信访事项81件。', year: 2026 },
        { text: '2025年是“十五五”规划的首年，全县法治建设开局良好。', year: 2026 },
        { text: '今年是“十四五”规划的收尾之年，全县法治建设取得新成效。', year: 2026 },
        { text: '今年（即2025年）共审查规范性文件18件。', year: 2026 },
        { text: '今年以来，县政府于2025年3月出台重大行政决策目录。', year: 2026 },
        { text: '本年度内，县政府于2025年5月完成规章清理。', year: 2026 },
        { text: '某县2026年度法治政府建设情况报告\n一、2025年法治政府建设主要成效\n全年办理案件42件。\n二、2027年工作安排\n加强培训。', year: 2026 },
      ],
      silent: [
        { text: '2025年是“十四五”规划收官之年，2026年是“十五五”规划开局之年。', year: 2026 },
        { text: '全年办理行政处罚案件326件，较2025年增长12%。', year: 2026 },
        { text: '截至2026年底，本年度共办理行政复议案件42件。', year: 2026 },
        { text: '截止2026年12月底，全年共受理行政复议申请56件。', year: 2026 },
        { text: '去年（2025年）共审查规范性文件15件，今年共审查18件。', year: 2026 },
        { text: '2027年，我局将继续深化行政执法规范化建设。', year: 2026 },
        { text: '今年是我县撤县设区的第十年。', year: 2026 },
        { text: '本年度（2026年）共审查规范性文件18件。', year: 2026 },
        { text: '2026年是“十五五”规划开局之年，全县法治建设取得新成效。', year: 2026 },
        { text: '全县于2025年3月启动“八五”普法总结验收，2026年1月通过验收。', year: 2026 },
        { text: '2025年全年共办理326件，今年共办理351件，同比增长7.7%。', year: 2026 },
        { text: '2026年是“十五五”规划的开篇之年，全县法治建设开局良好。', year: 2026 },
        { text: '今年是“十四五”规划的收尾之年，全县法治建设取得新成效。', year: 2025 },
        { text: '今年以来，在2025年工作基础上，持续深化行政执法改革。', year: 2026 },
        { text: '今年以来，县政府于2026年3月出台重大行政决策目录。', year: 2026 },
        { text: '某县2026年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件42件。\n二、2027年工作安排\n（一）2027年每季度听取一次汇报，年底逐项通报完成情况。', year: 2026 },
        { text: '某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）对照《法治政府建设实施纲要（2021—2025年）》开展中期落实情况评估\n全年评估1次。', year: 2024 },
        { text: '某县2026年度法治政府建设情况报告\n一、2026年法治政府建设主要成效\n全年办理案件42件。\n二、2025年度述法反馈问题整改落实情况\n已整改。\n三、2027年工作安排\n加强培训。', year: 2026 },
      ],
    },
    'signing-date': {
      found: [
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月28日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '2025年3月2日'), year: 2026, type: annual },
        { text: report('某县司法局局长2026年度述法报告', '报告人：某县司法局局长　李某某\n2026年8月10日'), year: 2026, type: shufa },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府　2026年7月1日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n２０２６年１２月３０日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n落款日期：2026年12月20日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月20日\n（此件公开发布）'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2028年1月10日'), year: 2026, type: annual },
        { text: report('某县教育局2026年度法治建设自查报告', '某县教育局\n2026年2月6日'), year: 2026, type: self },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月20日\n抄送：县委办公室，县人大常委会办公室。'), year: 2026, type: annual },
        { text: report('某镇镇长2026年度述法报告', '某镇人民政府镇长　王某某\n2025年12月30日'), year: 2026, type: shufa },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月20日。'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n二〇二六年十二月二十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n日期：2026年12月20日'), year: 2026, type: annual },
      ],
      silent: [
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年2月10日'), year: 2026, type: annual },
        { text: report('某县司法局局长2026年度述法报告', '报告人：某县司法局局长　李某某\n2027年1月8日'), year: 2026, type: shufa },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府　2027年1月20日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n２０２７年２月３日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年1月20日\n（此件公开发布）'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年1月20日\n抄送：县委办公室，县人大常委会办公室。'), year: 2026, type: annual },
        { text: `某县人民政府2026年度法治政府建设情况报告\n一、主要举措和成效\n2026年6月，县政府召开常务会议2次。\n二、下一步工作安排\n2027年3月前完成清理。`, year: 2026, type: annual },
        { text: report('某镇镇长2026年度述法报告', '某镇人民政府镇长　王某某\n2027年1月5日'), year: 2026, type: shufa },
        { text: report('某县教育局法治建设自查报告', '某县教育局\n2027年3月6日'), year: 2026, type: self },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年3月25日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年1月20日。'), year: 2026, type: annual },
        { text: '某县人民政府2026年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件42件。\n常务会议于2026年6月30日。', year: 2026, type: annual },
      ],
    },
    'impossible-date': {
      found: [
        { text: '县政府于2026年2月29日召开常务会议。', year: 2026 },
        { text: '2025年4月31日，县司法局组织执法人员培训。', year: 2025 },
        { text: '2026年6月31日前完成规范性文件清理。', year: 2026 },
        { text: '2026年11月31日，县委召开专题会议。', year: 2026 },
        { text: '会议于2026.2.30召开。', year: 2026 },
        { text: '二〇二六年二月二十九日，县政府召开常务会议。', year: 2026 },
        { text: '２０２６年９月３１日，全县开展宪法宣传。', year: 2026 },
        { text: '集中整治于2026年2月1日至2月30日开展。', year: 2026 },
        { text: '2026年13月，县政府出台实施方案。', year: 2026 },
        { text: '县政府于2027-02-29印发通知。', year: 2026 },
        { text: '2026年9月0日，县政府召开常务会议。', year: 2026 },
        { text: '集中整治于2026年4月29日至31日开展。', year: 2026 },
        { text: '执法培训于6月28—31日举行。', year: 2026 },
        { text: '2026年2月27日至29日开展专项检查。', year: 2026 },
      ],
      silent: [
        { text: '县政府于2024年2月29日召开常务会议。', year: 2024 },
        { text: '2026年1月31日，县司法局组织执法人员培训。', year: 2026 },
        { text: '每年12月31日前报送统计数据。', year: 2026 },
        { text: '每年2月29日（闰年）开展专项检查。', year: 2026 },
        { text: '全年办理案件1.5万件。', year: 2026 },
        { text: '会议于2026.2.28召开。', year: 2026 },
        { text: '二〇二六年二月二十八日，县政府召开常务会议。', year: 2026 },
        { text: '连续13个月保持零发案。', year: 2026 },
        { text: '集中整治于2026年2月1日至2月28日开展。', year: 2026 },
        { text: '县政府于2028-02-29印发通知。', year: 2026 },
        { text: '执法培训于6月28—30日举行。', year: 2026 },
        { text: '2024年2月27日至29日开展专项检查。', year: 2024 },
        { text: '3月1日至31日开展宣传月活动。', year: 2026 },
      ],
    },
  };

  /** Probes of one line are body sentences, put under a title and a heading of the report's year; the others are whole drafts. */
  const inBody = (p: Probe) => (p.text.includes('\n') ? p.text : `某县${p.year}年度法治政府建设情况报告\n一、主要举措和成效\n${p.text}`);

  kindProbes('kind', PROBES, inBody);
});

/**
 * Issue 25, round 10 (facts2: dates as 公文 write them): probe drafts made up for this round, not copied
 * from any evaluation set. The same date checks must work whether a date is written in Arabic digits,
 * full-width digits or Han numerals (二〇二七年一月十五日, 二○二七年元月, 2027年元月, 二〇二六年度,
 * 今年（二〇二六年）). Each kind has variants that must be found as that kind, and look-alikes that must
 * stay silent for it (a year inside 《》 or a period, an earlier year in a historical clause).
 */
describe('facts: dates as 公文 write them (Arabic, full-width and Han numerals)', () => {
  const PROBES: KindProbes = {
    'signing-date': {
      found: [
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二六年十一月二十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二五年十二月三十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二○二八年一月十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n２０２５年１２月１日'), year: 2026, type: annual },
        { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n二〇二六年三月八日'), year: 2026, type: shufa },
        { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n2026年元月20日'), year: 2026, type: shufa },
        { text: report('某局2026年法治建设工作自查报告', '某局\n二零二六年二月十日'), year: 2026, type: self },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年五月六日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二四年元月八日'), year: 2026, type: annual },
        { text: report('某县司法局2026年法治政府建设年度报告', '某县司法局\n二〇二六年十二月三十一日'), year: 2026, type: annual },
        { text: report('某镇党委书记2026年度述法报告', '述法人：李某\n二○二六年六月一日'), year: 2026, type: shufa },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二O二五年十二月二十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二六年 十二月 二十日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二五年十二月'), year: 2026, type: annual },
        { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n日期：二〇二六年三月八日'), year: 2026, type: shufa },
      ],
      silent: [
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年一月十五日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二○二七年元月'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n2027年元月10日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年二月二十八日'), year: 2026, type: annual },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二零二七年三月一日'), year: 2026, type: annual },
        { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n二〇二七年一月二十日'), year: 2026, type: shufa },
        { text: report('某局2026年法治建设工作自查报告', '某局\n二〇二七年元月十二日'), year: 2026, type: self },
        { text: report('某局2026年法治建设工作自查报告', '某局\n二〇二七年一月五日'), year: 2026, type: self },
        { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n２０２７年２月１０日'), year: 2026, type: annual },
        { text: report('某县司法局2026年法治政府建设年度报告', '某县司法局\n二〇二七年二月二十六日'), year: 2026, type: annual },
      ],
    },
    'impossible-date': {
      found: [
        { text: '二〇二六年二月三十日召开专题会议。', year: 2026 },
        { text: '于二〇二六年四月三十一日前完成整改。', year: 2026 },
        { text: '二○二七年二月二十九日前报送。', year: 2026 },
        { text: '2026年六月三十一日，组织集中学法。', year: 2026 },
        { text: '二零二六年九月三十一日开展执法检查。', year: 2026 },
        { text: '二〇二六年十三月五日召开会议。', year: 2026 },
        { text: '二〇二六年十一月三十一日，召开常务会议。', year: 2026 },
        { text: '２０２６年２月３０日召开专题会议。', year: 2026 },
        { text: '2026年元月三十二日召开会议。', year: 2026 },
        { text: '二〇二五年二月二十九日开展专项检查。', year: 2026 },
        { text: '二〇二六年四月三十一号召开会议。', year: 2026 },
        { text: '二O二六年二月二十九日召开专题会议。', year: 2026 },
        { text: '于二〇二六年 九月 三十一日前完成。', year: 2026 },
      ],
      silent: [
        { text: '二〇二六年二月二十八日召开专题会议。', year: 2026 },
        { text: '二〇二八年二月二十九日前完成。', year: 2026 },
        { text: '二〇二六年十二月三十一日前完成整改。', year: 2026 },
        { text: '二〇二六年元月三十一日召开会议。', year: 2026 },
        { text: '2026年十月三十一日，组织集中学法。', year: 2026 },
        { text: '二〇二六年四月三十日召开常务会议。', year: 2026 },
        { text: '二〇二六年度共办理案件三十一件。', year: 2026 },
        { text: '全年召开会议十二次，学法三十次。', year: 2026 },
        { text: '统一月度考核，每月三十日前报送。', year: 2026 },
        { text: '二〇二六年一月至十二月累计办理案件36件。', year: 2026 },
        { text: '《关于二〇二六年二月份工作安排的通知》要求，每月三十日前报送。', year: 2026 },
      ],
    },
    'year-contradiction': {
      found: [
        { text: '今年（二〇二五年）共办理行政复议案件12件。', year: 2026 },
        { text: '今年（即二〇二五年）全县共审查规范性文件9件。', year: 2026 },
        { text: '二〇二五年（今年）共办理行政复议案件12件。', year: 2026 },
        { text: '全年（二〇二五年一月至十二月）参加集中学法15次。', year: 2026 },
        { text: '明年（二〇二六年）将继续推进执法规范化建设。', year: 2026 },
        { text: '去年（二〇二六年）共办理行政复议案件12件。', year: 2026 },
        { text: '回顾二〇二五年，我局坚持依法监管，全年立案查处违法行为73起。', year: 2026 },
        { text: '根据县委依法治县办关于开展二〇二五年度法治建设考核工作的通知要求，本局开展了自查。', year: 2026 },
        { text: '截至二〇二五年底，全年共查处林业行政案件37起。', year: 2026 },
        { text: '某镇2026年法治政府建设年度报告\n二〇二五年以来，在县委、县政府的正确领导下，我镇深入推进法治建设。\n一、主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
        { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、二〇二五年度推进法治政府建设的主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
        { text: '本年度，县政府于二〇二四年三月出台重大行政决策程序规定。', year: 2026 },
        { text: '二〇二六年一至九月，全年共办理行政复议案件30件。', year: 2026 },
        { text: '今年（二O二五年）共办理行政复议案件12件。', year: 2026 },
        { text: '截至二〇二六年六月底，全年共办理行政复议案件88件。', year: 2026 },
        { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、主要举措和成效\n二〇二五年全年，全县共办理行政复议案件30件。', year: 2026 },
        { text: '行政复议案件较二〇二六年增长9%。', year: 2026 },
        { text: '二〇二五年是“十五五”开局之年，我县推进法治建设。', year: 2026 },
      ],
      silent: [
        { text: '今年（二〇二六年）共办理行政复议案件12件，较二〇二五年下降20%。', year: 2026 },
        { text: '二〇二五年（上年）共办理行政复议案件15件。', year: 2026 },
        { text: '深入贯彻《法治政府建设实施纲要（2021—2025年）》，推进依法行政。', year: 2026 },
        { text: '二〇一五年，中共中央、国务院印发《法治政府建设实施纲要（2015—2020年）》。', year: 2026 },
        { text: '回顾二〇二一年以来，我局累计查处违法行为300起。', year: 2026 },
        { text: '对开展二〇二五年度述法评议反馈的问题逐项整改。', year: 2026 },
        { text: '截至二〇二六年十二月底，全年共办理行政复议案件88件。', year: 2026 },
        { text: '某镇2026年法治政府建设年度报告\n二〇二六年以来，在县委、县政府的正确领导下，我镇深入推进法治建设。\n一、主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
        { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、二〇二六年度推进法治政府建设的主要举措和成效\n全年审查规范性文件18件。\n二、二〇二七年工作打算\n加强培训。', year: 2026 },
        { text: '明年（二〇二七年）将继续推进执法规范化建设。', year: 2026 },
        { text: '二〇二六年一至十二月，全年共办理行政复议案件30件。', year: 2026 },
        { text: '截至二〇二六年六月底，已办理行政复议案件40件，完成全年目标任务的52%。', year: 2026 },
        { text: '二〇二六年是“十五五”开局之年，我县推进法治建设。', year: 2026 },
        { text: '行政复议案件较二〇二五年增长9%。', year: 2026 },
      ],
    },
  };

  describe('the date reader', () => {
    it('reads Arabic, full-width and Han numerals alike', () => {
      const read = (t: string) => readDates(t).map((d) => [d.year, d.month, d.day]);
      expect(read('二〇二七年一月十五日')).toEqual([[2027, 1, 15]]);
      expect(read('二○二七年元月')).toEqual([[2027, 1, undefined]]);
      expect(read('2027年元月')).toEqual([[2027, 1, undefined]]);
      expect(read('二零二六年十二月三十一日')).toEqual([[2026, 12, 31]]);
      expect(read('２０２６年１１月２０日')).toEqual([[2026, 11, 20]]);
      expect(read('2026年十一月二十日')).toEqual([[2026, 11, 20]]);
      expect(read('二〇二六年二月三十日')).toEqual([[2026, 2, 30]]);
    });
    it('keeps the offsets of the text it was given', () => {
      const text = '会议于二〇二七年元月十日召开。';
      const [d] = readDates(text, 100);
      expect(text.slice(d!.start - 100, d!.end - 100)).toBe('二〇二七年元月十日');
      expect(text.slice(d!.yearStart! - 100, d!.yearStart! - 100 + 4)).toBe('二〇二七');
    });
    it('reads no date in a count or a month word', () => {
      expect(readDates('统一月度考核，共三十一件。')).toEqual([]);
      expect(readDates('二O二七年元月').map((d) => d.year)).toEqual([2027]);
    });
  });

  kindProbes('facts2', PROBES);
});
