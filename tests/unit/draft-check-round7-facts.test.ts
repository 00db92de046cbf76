/**
 * Issue 25, round 7 (facts: figures, dates, documents): general catches built while studying the v1 to v6
 * sets (all development data now). Each case is a shape of text made up for the test, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import type { ReportKind } from '../../src/shared/draft-check/types.ts';
import { check, textsByRule } from './helpers/draft-check.ts';
const draft = (...lines: string[]) => ['某县2026年法治政府建设年度报告', ...lines, '某县人民政府', '2027年2月10日'].join('\n');

describe('the same measure restated with another number (number-mismatch)', () => {
  const total = (a: string, b: string) => textsByRule('consistency-summary-total', draft(a, '一、主要举措', b, '二、工作总结', '全年工作有序推进。'));
  it('finds a restatement that leaves out the organ, a modifier or a field, wherever it stands', () => {
    expect(total('2026年，全县市场监管部门减少涉企检查1500余次。', '全年减少涉企检查1050余次。')).toEqual(['1050余次']);
    expect(total('县委常委会会议专题研究法治建设议题5次。', '一年来，县委常委会会议共研究法治建设议题7次。')).toEqual(['7次']);
    expect(total('2026年，我局共办理道路运输行政处罚案件412件。', '全年办理行政处罚案件421件。')).toEqual(['421件']);
    expect(total('2026年，本人出庭应诉3次。', '全年本人出庭应诉2次。')).toEqual(['2次']);
  });
  it('reads the words after the number when the number comes first (先后5次主持召开…)', () => {
    expect(total('2026年，本人主持召开党工委会议专题研究法治建设6次。', '先后5次主持召开党工委会议专题研究法治建设。')).toEqual(['5次']);
    expect(total('2026年，本人主持召开党工委会议专题研究法治建设6次。', '先后5次主持召开安全生产专题会议。')).toEqual([]);
  });
  it('reads a bare verb with the object its sentence named before (收到…申请96件，审结90件)', () => {
    expect(total('2026年，县政府收到行政复议申请120件，审结110件。', '全年共审结行政复议案件101件。')).toEqual(['101件']);
    expect(total('2026年，县政府收到行政复议申请120件，审结110件。', '全年共审结行政诉讼案件101件。')).toEqual([]);
  });
  it('compares a short label only in a sentence that restates another (same figure of the same unit)', () => {
    expect(total('2026年，县政府清理规范性文件75件，废止11件、修改6件。', '全年清理县政府规范性文件75件，废止13件、修改6件。')).toEqual(['13件']);
    expect(total('2026年，县政府清理规范性文件75件，废止11件。', '全年审查合同42件，废止13件。')).toEqual([]);
  });
  it('stays quiet on parts, other subjects, other years, comparisons and changed verbs', () => {
    expect(total('2026年，我局共办理行政处罚案件1186件。', '全年办理简易程序行政处罚案件168件。')).toEqual([]);
    expect(total('2026年，本人出庭应诉3次。', '全县行政机关负责人出庭应诉45次。')).toEqual([]);
    expect(total('2026年，县政府受理行政复议案件96件。', '全年审结行政复议案件90件。')).toEqual([]);
    expect(total('2026年，全县调解矛盾纠纷300件。', '2021年以来累计调解矛盾纠纷1500件。')).toEqual([]);
    expect(total('2026年，全县调解矛盾纠纷300件。', '上年度调解矛盾纠纷280件。')).toEqual([]);
    expect(textsByRule('consistency-summary-total', draft('一、法律援助', '司法所办理法律援助案件20件。', '二、工作总结', '全年办理法律援助案件56件。'))).toEqual([]);
    expect(textsByRule('consistency-summary-total', draft('一、依法决策', '全年召开专题会议2次，研究重大决策。', '二、普法', '全年召开专题会议5次，部署普法。'))).toEqual([]);
  });
});

describe('the size of one set stated twice (number-mismatch)', () => {
  const counts = (a: string, b: string) => textsByRule('consistency-summary-total', draft('一、基本情况', a, '二、主要举措', b));
  it('finds two whole-set counts that differ, or a later count larger than the whole', () => {
    expect(counts('全县共有行政执法主体42个。', '全县40个执法主体全部配备法制审核人员。')).toEqual(['40个']);
    expect(counts('全区共有村（社区）31个。', '全区共有村（社区）30个。')).toEqual(['30个']);
    expect(counts('全镇9个村（社区）全部建立法律顾问制度。', '依托10个村（社区）调解室化解纠纷。')).toEqual(['10个']);
  });
  it('stays quiet on a smaller count without 全部 (a part) and on other sets', () => {
    expect(counts('全镇9个村（社区）全部建立法律顾问制度。', '3个村（社区）获评民主法治示范村。')).toEqual([]);
    expect(counts('全区共有村（社区）31个。', '全区共有执法主体30个。')).toEqual([]);
    expect(counts('全区共有村（社区）31个，其中示范村（社区）4个。', '全部31个村（社区）配备法律顾问。')).toEqual([]);
  });
});

describe('a 合计 closing a 其中 breakdown (number-mismatch)', () => {
  it('sums the breakdown', () => {
    expect(textsByRule('consistency-parts-sum', '评查案卷300卷。其中优秀案卷120卷，合格案卷170卷，不合格案卷10卷，合计评查案卷310卷。')).toEqual(['310卷']);
    expect(textsByRule('consistency-parts-sum', '评查案卷300卷。其中优秀案卷120卷，合格案卷170卷，不合格案卷10卷，合计评查案卷300卷。')).toEqual([]);
  });
});

describe('a 自查报告 signed before the reported year is over (signing-date)', () => {
  const self = (signoff: string, title = '某局2026年度法治建设自查报告') => textsByRule('consistency-signoff-before-year-end', `${title}\n一、自查情况\n全年办理案件12件。\n\n${signoff}`, 2026, 'self-inspection-report');
  it('is a hint from April to December, whatever form the date line takes', () => {
    expect(self('某局\n2026年12月1日')).toEqual(['2026年12月1日']);
    expect(self('某某\n2026年10月8日')).toEqual(['2026年10月8日']);
    expect(self('2026年11月3日')).toEqual(['2026年11月3日']);
    expect(self('某局\n2026 年 7 月 15 日')).toEqual(['2026 年 7 月 15 日']);
    expect(self('某局\n２０２６年９月５日')).toEqual(['２０２６年９月５日']);
    expect(self('某局\n落款日期：2026年12月15日')).toEqual(['2026年12月15日']);
    expect(self('某局\n2026年12月20日', '某局法治建设自查报告')).toEqual(['2026年12月20日']);
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

describe('half-width punctuation after a figure (half-width-punctuation)', () => {
  const marks = (text: string) => check(text).filter((f) => f.rule === 'consistency-halfwidth-punct').flatMap((f) => (f.places ?? [f]).map((p) => text.slice(p.start, p.end)));
  it('finds a comma or semicolon after a percentage or a digit before Chinese, and a full stop ending a line', () => {
    expect(marks('办结率100%,纠错率7.4%,出庭应诉率100%.\n二、存在的不足')).toEqual([',', ',', '.']);
    expect(marks('审结率96%;纠错率下降至5.8%。')).toEqual([';']);
  });
  it('stays quiet on thousands separators, decimals and addresses', () => {
    expect(marks('罚没款1,234.5万元，其中5.8%来自涉企案件，详见www.gov.cn。')).toEqual([]);
  });
});

describe('a whole report whose headings start at 二、 (heading-numbering)', () => {
  const skips = (text: string) => check(text, 2025, 'self-inspection-report').filter((f) => f.rule === 'numbering-skip').map((f) => f.text);
  it('counts a title and a 落款 as a whole report even without an opening paragraph', () => {
    expect(skips('某局法治建设自查报告\n二、组织领导情况\n研究法治建设2次。\n三、存在的问题\n台账不全。\n某局\n2026年1月14日')).toEqual(['二、']);
  });
  it('leaves a passage with a title but no opening and no 落款 alone (an excerpt)', () => {
    expect(skips('某局法治建设自查报告\n二、组织领导情况\n研究法治建设2次。\n三、存在的问题\n台账不全。')).toEqual([]);
  });
});

describe('a count and the list it counts, a total and the list after it (number-mismatch)', () => {
  const sums = (text: string) => textsByRule('consistency-parts-sum', text);
  it('finds a list with another number of items than its count', () => {
    expect(sums('全年作出重大行政决策5项，分别是：停车收费调整、医共体建设、供水改造、学校布局调整。')).toEqual(['5项']);
    expect(sums('今年重点推进3个方面：执法规范、依法决策、普法宣传、矛盾化解。')).toEqual(['3个']);
  });
  it('stays quiet on a matching count, a list closed by 等, and a last item joined by 和', () => {
    expect(sums('全年作出重大行政决策4项，分别是：停车收费调整、医共体建设、供水改造、学校布局调整。')).toEqual([]);
    expect(sums('全年作出重大行政决策5项，包括停车收费调整、医共体建设等。')).toEqual([]);
    expect(sums('全年作出重大行政决策4项，分别是：停车收费调整、医共体建设、供水改造和学校布局调整。')).toEqual([]);
  });
  it('finds a 、 list of parts after a total that exceeds it or falls just short, not one that names some outcomes', () => {
    expect(sums('共清理规范性文件87件，经清理保留62件、修改13件、废止10件。')).toEqual(['87件']);
    expect(sums('共清理规范性文件87件，经清理保留62件、修改16件、废止10件。')).toEqual(['87件']);
    expect(sums('共清理规范性文件87件，经清理保留64件、修改13件、废止10件。')).toEqual([]);
    expect(sums('全年清理规范性文件86件，废止16件、修改9件、新制定3件。')).toEqual([]);
  });
  it('does not add up the stages of one flow (受理 then 审结) as parts', () => {
    expect(sums('全市共收到行政复议申请1520件，其中受理1386件，已审结1302件。')).toEqual([]);
    expect(sums('全市共收到行政复议申请1520件，其中受理1386件，不予受理204件。')).toEqual(['1520件']);
  });
});

describe('a list made public defines the whole set (number-mismatch)', () => {
  it('compares it with a later count said to be all of it', () => {
    const text = (n: number) => draft('一、职能', '公布市级行政许可事项287项。', '二、放管服', `将清单内${n}项市级行政许可事项全部纳入平台办理。`);
    expect(textsByRule('consistency-summary-total', text(278))).toEqual(['278项']);
    expect(textsByRule('consistency-summary-total', text(287))).toEqual([]);
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

describe('quotation marks of other scripts (quotation-marks)', () => {
  const quotes = (text: string) => textsByRule('consistency-quote-style', text);
  it('finds full-width straight quotes and corner brackets', () => {
    expect(quotes('深入开展＂法律进乡村＂活动。')).toEqual(['＂法律进乡村＂']);
    expect(quotes('深入开展「法律进乡村」活动。')).toEqual(['「法律进乡村」']);
  });
  it('stays quiet on Chinese quotation marks', () => {
    expect(quotes('深入开展“法律进乡村”和“‘法’润万家”活动。')).toEqual([]);
  });
});
