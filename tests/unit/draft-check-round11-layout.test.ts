// Round 11 (layout and template leftovers): probes invented from ../shared/reference (gbt9704-layout.md: heading levels
// 一、（一）1.（1）, 成文日期 in Arabic numerals with the full year and no leading zeros) and from the kinds of blank a
// template leaves, not from the evaluation sets. Each kind has variants a fresh writer may make and legitimate
// look-alikes that must stay silent. A finding speaks for a kind on its own or through a rule merged into it.
// A 落款 date against GB/T 9704 (2027年01月15日, 27年1月15日) stays the kindless consistency-signoff-date-style 错误: round 10
// decided that the date's style is not a mistake in the signing date (a 二〇二七年一月十五日 落款 in time is no signing-date).
import { describe, expect, it } from 'vitest';
import { check, kindOf, ofKind } from './helpers/draft-check.ts';

type Probe = string | [text: string, year: number];
const textOf = (p: Probe) => (typeof p === 'string' ? p : p[0]);
const yearOf = (p: Probe) => (typeof p === 'string' ? 2026 : p[1]);

export const PROBES: Record<string, { found: Probe[]; silent: Probe[] }> = {
  placeholder: {
    found: [
      '对（社区名称）等3个社区开展法治体检。',
      '于（具体日期）召开政府常务会议专题研究法治政府建设。',
      '全年收缴罚没款（金额）万元。',
      '由（科室名称）牵头开展合法性审核。',
      '（乡镇名称）综合行政执法队查办案件12件。',
      '述法人：（职务）',
      '对【村名】等重点村开展“法律明白人”培训。',
      '全年受理行政复议申请[案件数]件。',
      '印发《行政执法公示办法》（文号）。',
      '向（被检查单位全称）送达整改通知书。',
      '县政府常务会议共研究法治议题（次数）次。',
      '培训执法人员（人数）人次。',
      '于 月 日召开政府常务会议专题研究法治工作。',
      '全年调解矛盾纠纷 起，调解成功 起。',
      '述职述法人（签字）',
    ],
    silent: [
      '村民张某（化名）申请人民调解。',
      '县综合行政执法局（以下简称县执法局）完成改革。',
      ['深入贯彻《法治政府建设实施纲要（2021—2025年）》。', 2025],
      '制定《行政执法公示办法（试行）》。',
      '行政机关负责人出庭应诉率100%（含副职）。',
      '（一）加强组织领导',
      '在（2026）某0102行初15号案件中败诉。',
      '统一规范村名标识120块。',
      '出庭应诉率100%（按件数计）。',
      '全县（不含开发区）共有行政执法人员860名。',
      '罚没款（单位：万元）',
      '县司法局（县委依法治县办）牵头组织。',
      '加强 组织领导，完善工作机制。',
      '每月 1日前报送执法数据。',
    ],
  },
  'outline-prompt': {
    found: [
      '要写（与存在的问题一一对应）：明年健全执法监督机制。',
      '可用事实（选取2—3项）：全年行政复议案件数',
      '全年开展执法检查6次。写作提示（重要）：补充典型案例',
      '★要写（500字左右）：本人履职情况',
      '参考写法（可选）：对照问题逐条写整改措施。',
      '〔要写（不少于三条）：存在的不足〕',
      '二、存在的不足\n可用表述【供参考】：法治思维有待提升。',
    ],
    silent: [
      '主要做法（经验）：一是加强学习。',
      '各单位要写实、写细（不得空泛），如实反映问题。',
      '（注：数据截至2026年12月31日）',
      '参考依据（国办发〔2018〕118号）：全面推行“三项制度”。',
    ],
  },
  'heading-numbering': {
    found: [
      '某县2026年法治政府建设年度报告\n一、主要举措和成效\n（一）、加强组织领导\n召开会议3次。\n（二）、完善制度体系\n制定制度2项。',
      '某局局长2026年度述法报告\n一、履职情况\n（一）带头学法\n1)落实会前学法。\n2)参加旁听庭审。',
      '某县2026年法治政府建设年度报告\n一、主要举措和成效\n一）加强组织领导\n二）完善制度体系',
      '某县2026年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导\n（1）、健全议事机制\n（2）、落实会前学法',
      '某县2026年法治政府建设年度报告\n一、主要举措和成效\n(一)加强组织领导\n(二)完善制度体系',
      '某县2026年法治政府建设年度报告\n一、主要举措和成效\n1.1 加强组织领导\n1.2 完善制度体系\n二、存在的不足',
      '某县2026年法治政府建设年度报告\n一，主要举措和成效\n二，存在的不足\n三，下一步打算',
    ],
    silent: [
      '一、主要举措和成效\n（一）加强组织领导\n1.健全议事机制\n（1）落实会前学法',
      '对照第（一）、（二）项整改要求逐项落实。',
      '案件分为两类：1）行政处罚；2）行政强制。',
      '按《规定》第六条（一）项要求履职。',
      '1.5万元罚没款已全部上缴国库。',
      '第一，加强组织领导。',
    ],
  },
  'half-width-punctuation': {
    found: [
      '二、存在的不足\n(1)执法人员培训不足;(2)执法文书说理不充分。',
      '（一）加强领导\n(1)健全议事机制\n(2)落实会前学法',
      '附件:行政执法案件统计表',
      '全年办理案件45件,同比下降12%.',
      '制定2021-2025年法治宣传教育规划。',
    ],
    silent: ['网址www.example.gov.cn。', '增长5.8%。', '办理案件1,200件。', '（1）健全议事机制；（2）落实会前学法。', ['制定2021—2025年法治宣传教育规划。', 2025]],
  },
  'quotation-marks': {
    found: ["学习贯彻'两个确立'，做到两个维护。", '深入开展「八五」普法。', '推进”谁执法谁普法“普法责任制。', '落实“谁执法谁普法“普法责任制。'],
    silent: ['深入开展“八五”普法。', '学习贯彻“两个确立”，做到“两个维护”。', '提出“坚持‘两个确立’”的要求。'],
  },
};

for (const [kind, { found, silent }] of Object.entries(PROBES)) {
  describe(`round 11 probes: ${kind}`, () => {
    it.each(found.map((p) => [textOf(p), yearOf(p)] as const))('finds %s', (text, year) => {
      expect(ofKind(kind, text, year)).not.toEqual([]);
    });
    it.each(silent.map((p) => [textOf(p), yearOf(p)] as const))('stays silent on %s', (text, year) => {
      expect(ofKind(kind, text, year)).toEqual([]);
    });
  });
}

describe('round 11: one mistake, one finding', () => {
  it('gives a list number in half-width brackets one half-width finding, the heading rule merged into it', () => {
    const text = '甲局局长2026年度述法报告\n一、存在的不足\n(1)执法人员培训不足;(2)执法文书说理不充分。\n二、下一步打算\n加强培训。';
    const mine = check(text).filter((f) => [f.rule, ...(f.merged ?? [])].some((r) => ['half-width-punctuation', 'heading-numbering'].includes(kindOf.get(r) ?? '')));
    expect(mine).toHaveLength(1);
    expect(kindOf.get(mine[0]!.rule)).toBe('half-width-punctuation');
    expect(mine[0]!.level).toBe('hint');
    expect(mine[0]!.merged).toContain('numbering-halfwidth-paren');
  });
});
