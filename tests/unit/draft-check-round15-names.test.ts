// Probes written from ../shared/reference alone, in the plainest shapes a writer would use: a sentence of a short
// report, the fixed name or title written with one slip. Positives: official-phrases.md D5 D6, central-documents.md's
// titles with a quoted slogan inside (“高效办成一件事”, “好差评”, “谁执法谁普法”), currency-2026.md §1 (the plans whose
// period ended in 2025, cited in a plan for the next year), ASCII quotation marks around any short token, and template
// notes opening with a verb of filling. Silent ones: the right forms, the bank's own near forms, a plan cited for its own
// period, quotation marks the writer pairs correctly.
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';
import { annual, kindProbes, report, self, type KindProbes, type Probe } from './helpers/kind-probes.ts';

const y = (text: string, year = 2026): Probe => ({ text, year });
/** A short report on `year` whose 下一步 section holds `plan`. */
const planned = (year: number, plan: string, type = annual): Probe => ({
  text: `某县司法局${year}年法治政府建设年度报告\n${year}年，我局依法履职。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、下一步工作安排\n${plan}\n\n某县司法局\n${year + 1}年1月10日`,
  year,
  type,
});

export const PROBES: KindProbes = {
  'system-name': {
    found: [
      y('深入实施“法律明白人”培育工程，每个行政村培养3名。'),
      y('推进乡村（社区）“法律明白人”培训工程。'),
      y('落实“谁执法谁普法”法治责任制，制定普法责任清单。'),
      y('实施乡村（社区）“法律明白人”培育工程。'),
      y('实施“法律明白人”培植工程，全年培训420人次。'),
      y('落实国家机关“谁执法谁宣传”普法责任制。'),
      y('推进“法律明白人”培优工程。'),
      y('落实领导干部应知应会法律法规清单制度，班子成员完成清单学习。'),
      y('完善领导干部应知应会法规清单制度。'),
      y('推进“法律明白人”培植工程建设。'),
      y('建立领导干部应知应会党内法规和国家法规清单制度。'),
    ],
    silent: [
      y('实施乡村（社区）“法律明白人”培养工程，每个行政村培养3名。'),
      y('编制本局领导干部应知应会法律法规清单，组织学习35部法律法规。'),
      y('积极组织“法治带头人”“法律明白人”培育工程。'),
      y('组织“法律明白人”培训班，培育“法律明白人”骨干。'),
      y('建设“一站式”矛盾纠纷多元化解中心，全年受理纠纷213件。'),
      y('依托“一站式”矛盾纠纷调处化解中心受理纠纷213件。'),
      y('县“一站式”矛盾纠纷调解中心运行良好。'),
      y('落实“谁执法谁普法”普法责任制，制定年度普法责任清单。'),
      y('完善政务服务“好差评”制度，差评整改率100%。'),
      y('组织“法律明白人”培训班2期。'),
    ],
  },
  'document-title': {
    found: [
      y('贯彻《国务院关于进一步优化政务服务提升行政效能推动“一网通办”的指导意见》，优化办事流程。'),
      y('落实《国务院办公厅关于建立政务服务“一次一评”制度提高政务服务水平的意见》。'),
      y('学习《关于实行国家机关“谁主管谁负责”普法责任制的意见》。'),
      y('落实《国务院关于进一步优化政务服务提升行政效能推动“一件事一次办成”的指导意见》。'),
      y('根据《国务院办公厅关于全面推行行政规范性文件合法性审查机制的指导意见》开展审核。'),
      y('对照《关于加强行政执法协调监督体系建设的意见》开展工作。'),
      y('执行《国务院办公厅关于全面推行证明事项和涉企经营许可事项承诺制的指导意见》。'),
      y('学习《关于实行国家机关“谁执法谁公示”普法责任制的意见》。'),
      y('落实《国务院办公厅关于建立政务服务“好坏评”制度提高政务服务水平的意见》。'),
      y('对照《国务院关于进一步优化政务服务提升行政效能推动“高效办好一件事”的指导意见》梳理事项。'),
    ],
    silent: [
      y('贯彻《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》。'),
      y('落实《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》。'),
      y('学习《关于实行国家机关“谁执法谁普法”普法责任制的意见》。'),
      y('制定《某县推动“高效办成一件事”实施方案》。'),
      y('印发《关于推行“一网通办”的实施意见》。'),
    ],
  },
  'expired-document-as-guidance': {
    found: [
      planned(2025, '2026年，按照“八五”普法规划要求，开展普法宣传。'),
      planned(2025, '按照《法治政府建设实施纲要（2021—2025年）》部署，推进2026年各项工作。'),
      planned(2025, '对照法治政府建设实施纲要，谋划明年工作。'),
      planned(2025, '依据《法治中国建设规划（2020—2025年）》，持续推进依法行政。'),
      planned(2025, '落实“八五”普法规划，深化普法宣传。'),
      planned(2025, '按照《法治社会建设实施纲要（2020—2025年）》要求，推进法治社会建设。'),
      planned(2025, '根据“八五”普法规划部署，组织宪法宣传周活动。', self),
      planned(2025, '严格按照“八五”普法规划要求，推进普法责任制落实。'),
      planned(2025, '以《法治政府建设实施纲要（2021—2025年）》为指引，推进行政执法规范化。'),
      planned(2025, '贯彻落实“八五”普法规划，开展“法律进乡村”活动。'),
    ],
    silent: [
      planned(2025, '做好“八五”普法规划总结验收工作，谋划下一阶段普法工作。'),
      planned(2024, '按照“八五”普法规划要求，做好规划收官工作。'),
      planned(2024, '按照《法治政府建设实施纲要（2021—2025年）》部署，推进2025年各项工作。'),
      y('2025年，按照“八五”普法规划要求开展普法宣传。', 2025),
      planned(2025, '按照上级部署，开展普法宣传。'),
    ],
  },
  'quotation-marks': {
    found: [
      y('推行"721"工作法，执法先行教育。'),
      y('落实"三项制度"，公示执法信息。'),
      y('推广"12345"热线，受理诉求1.2万件。'),
      y('开展"法律进乡村"活动12场。'),
      y('推行"首违不罚"清单，免罚企业36家。'),
      y('实施"双随机、一公开"监管。'),
      y('推行"1+N"调解模式。'),
      y('开展"八五"普法总结验收。'),
      y('推行"A+B"岗工作制。'),
      y('坚持"枫桥经验"，就地化解矛盾。'),
    ],
    silent: [
      y('推行“721”工作法，执法先行教育。'),
      y('落实“三项制度”，公示执法信息。'),
      y('全年办理案件721件。'),
      y('推广“12345”热线，受理诉求1.2万件。'),
    ],
  },
  'outline-prompt': {
    found: [
      y('全年审查规范性文件【填写具体数字】件。'),
      y('全年办理行政复议案件〔填写数字〕件。'),
      y('全年培训执法人员【填写人数】人次。'),
      y('开展集体学法【填写次数】次。'),
      y('【此处填写典型案例】'),
      y('举办讲座【请填写场次】场。'),
      y('纠错率为【填写百分比】。'),
      y('全年共有【填写具体单位数量】个单位参加。'),
      y('【填写】'),
      y('全年收到复议申请〔填写件数〕件。'),
    ],
    silent: [
      y('全年审查规范性文件18件。'),
      y('（数据截至2025年12月31日）'),
      y('组织各单位填写自查表。'),
      y('（以下简称“两办”）'),
    ],
  },
  placeholder: {
    found: [
      y('全年审查规范性文件【填写具体数字】件。'),
      y('全年办理行政复议案件〔填写数字〕件。'),
      y('开展集体学法【填写次数】次。'),
      y('全年培训执法人员【填写人数】人次。'),
      y('【单位名称】2026年度法治政府建设报告'),
      y('全年收到复议申请〔填写件数〕件。'),
      y('举办讲座【请填写场次】场。'),
      y('纠错率为【填写百分比】。'),
      y('全年共有【填写具体单位数量】个单位参加。'),
      y('罚没款【金额】万元。'),
      y('（此处填写典型案例）'),
    ],
    silent: [
      y('全年审查规范性文件18件。'),
      y('组织各单位填写自查表。'),
      y('【典型案例】某村调解一起土地纠纷。'),
    ],
  },
};

kindProbes('round 15 (names)', PROBES);

describe('round 15 (names): a short whole report', () => {
  it('finds the probes inside a whole report too', () => {
    const text = report('某县司法局2026年法治政府建设年度报告', '某县司法局\n2027年1月10日').replace('全年审查规范性文件18件。', '深入实施“法律明白人”培育工程。推行"721"工作法。');
    const kinds = check(text, 2026, annual).map((f) => kindOf.get(f.rule));
    expect(kinds).toContain('system-name');
    expect(kinds).toContain('quotation-marks');
  });
});
