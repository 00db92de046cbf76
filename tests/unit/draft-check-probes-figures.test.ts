/**
 * The checker's probes for figures that contradict each other in one draft (number-mismatch): the same measure or set
 * restated with another number, a 合计 or a count that does not match its parts, rates and changes the counts
 * contradict. They came with the facts probes of rounds 7 and 8; the numbers probes of later rounds are in their own
 * files. One describe per family; the comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { textsByRule } from './helpers/draft-check.ts';

/**
 * Issue 25, round 7 (facts: figures, dates, documents): general catches built while studying the v1 to v6
 * sets (all development data now). Each case is a shape of text made up for the test, not an item of any set.
 */
describe('facts: a measure or a set restated, a 合计, a count and its list', () => {
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
});

/**
 * Issue 25, round 8 (facts: dates, documents, layout): general catches and precision fixes built while
 * studying the v1 to v7 sets (all development data now). Each case is a shape of text made up for the
 * test, not an item of any set.
 */
describe('facts: rates, changes, parts larger than the whole, a rate stated twice', () => {
  describe('rates and changes the counts contradict (number-mismatch)', () => {
    const rate = (text: string, year = 2026) => textsByRule('consistency-rate', text, year);
    it('computes a rate from what is left (N个…中仍有M个未…)', () => {
      expect(rate('全年14个检查项目中仍有4个项目未完成整改，整改率为80%。')).toEqual(['整改率为80%']);
      expect(rate('全年14个检查项目中仍有4个项目未完成整改，整改率为71.4%。')).toEqual([]);
      expect(rate('全年14个检查项目中已有12个项目完成整改，整改率为85.7%。')).toEqual([]);
      expect(rate('全年14个检查项目中已有12个项目完成整改，整改率为90%。')).toEqual(['整改率为90%']);
    });
    it('compares a rate with counts given once in another sentence, unless its own sentence has a count', () => {
      const counts = '一、矛盾化解\n全年共调处矛盾纠纷180件，调解成功171件。\n二、下一步\n';
      expect(rate(`${counts}调解成功率力争达到98%以上，较今年的93%进一步提高。`)).toEqual(['93%']);
      expect(rate(`${counts}调解成功率力争达到98%以上，较今年的95%进一步提高。`)).toEqual([]);
      expect(rate(`全镇共调处矛盾纠纷171件，调解成功率93%。\n${counts}`)).toEqual([]);
      // The rate's name may be the end of the counted words (负责人出庭应诉率, 行政机关负责人出庭应诉N件).
      const court = '一、行政应诉\n全年开庭审理行政诉讼案件24件，行政机关负责人出庭应诉21件。\n';
      expect(rate(`全县负责人出庭应诉率100%。\n${court}`)).toEqual(['100%']);
      expect(rate(`全县负责人出庭应诉率87.5%。\n${court}`)).toEqual([]);
      // A target alone is no value counted.
      expect(rate(`${counts}调解成功率力争达到98%以上。`)).toEqual([]);
    });
    it('knows a rate by the act its count names (已整改到位 for 整改率, 审结 for 结案率)', () => {
      expect(rate('共排查问题40个，已整改到位36个，整改率95%。')).toEqual(['整改率95%']);
      expect(rate('共排查问题40个，已整改到位36个，整改率90%。')).toEqual([]);
      expect(rate('全年受理行政复议案件150件，审结141件，结案率90%。')).toEqual(['结案率90%']);
      expect(rate('全年受理行政复议案件150件，审结141件，结案率94%。')).toEqual([]);
    });
    it('compares changes in percentage points only with percentage points', () => {
      expect(rate('全市行政诉讼败诉率同比下降4.1个百分点。\n全市行政诉讼败诉率同比下降1.4个百分点。')).toEqual(['同比下降1.4个百分点']);
      expect(rate('全市行政诉讼败诉率同比下降4.1%。\n全市行政诉讼败诉率同比下降1.4个百分点。')).toEqual([]);
    });
    it('reports a change on the year restated for the same measure with another value', () => {
      expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政处罚案件总量在同比下降15%的基础上继续压减。')).toEqual(['同比下降15%']);
      expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政复议案件同比下降15%。')).toEqual([]);
      expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政处罚案件总量同比增长15%。')).toEqual([]);
    });
    it('reads the measure after a count of whom the work was for (为N名劳动者追讨欠薪)', () => {
      const total = (a: string, b: string) => textsByRule('consistency-summary-total', ['某局2026年法治政府建设年度报告', a, '一、主要举措', b].join('\n'));
      expect(total('2026年，全年为农民工讨回工资1850万元。', '全年立案42件，为906名农民工讨回工资1580万元。')).toEqual(['1580万元']);
      expect(total('2026年，全年为农民工讨回工资1850万元。', '全年立案42件，为906名农民工讨回工资1850万元。')).toEqual([]);
    });
  });

  describe('a part larger than its whole (number-mismatch)', () => {
    const parts = (text: string) => textsByRule('consistency-parts-sum', text);
    it('reports a 其中 part or an 中…有 part larger than the whole, in the same unit', () => {
      expect(parts('共办理行政许可事项64件，其中即办件71件。')).toEqual(['71件']);
      expect(parts('全镇14个村（社区）中，已有15个建成法治文化阵地。')).toEqual(['15个']);
      expect(parts('共办理行政许可事项64件，其中即办件41件。')).toEqual([]);
      expect(parts('共培训执法人员96名，其中参训310人次。')).toEqual([]);
    });
    it('leaves a later stage alone: it may include cases carried over', () => {
      expect(parts('全年受理行政复议案件45件，审结48件。')).toEqual([]);
    });
  });

  describe('the same rate stated twice with two values (number-mismatch)', () => {
    const rate = (a: string, b: string) => textsByRule('consistency-rate', ['某县2026年法治政府建设年度报告', a, '一、主要举措', b].join('\n'));
    it('reports a rate restated with another value for the same scope', () => {
      expect(rate('2026年，全县行政复议直接纠错率8.5%。', '全年行政复议直接纠错率为9.5%。')).toEqual(['行政复议直接纠错率为9.5%']);
      expect(rate('2026年，全县行政复议直接纠错率8.5%。', '全年行政复议直接纠错率为8.5%，同比下降2个百分点。')).toEqual([]);
    });
    it('leaves another year, a target and another scope alone', () => {
      expect(rate('2026年，全县行政复议直接纠错率8.5%。', '2025年行政复议直接纠错率为9.5%。')).toEqual([]);
      expect(rate('2026年，全县行政复议直接纠错率8.5%。', '力争行政复议直接纠错率保持在9.5%以下。')).toEqual([]);
      expect(rate('2026年，全县行政复议直接纠错率8.5%。', '我局行政复议直接纠错率为9.5%。')).toEqual([]);
    });
  });
});
