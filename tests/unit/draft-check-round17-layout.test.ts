/**
 * Layout, leftovers and series in the plainest shapes a writer who read only the reference would plant: a short report
 * (title, opening, 一、二、三、 sections, 落款) with one sentence in it, or, for heading numbering, a whole short report
 * whose headings break. Each look-alike is a legitimate sentence or layout of the same shape that must stay silent for
 * the kind. One mistake gives one finding: a heading list that breaks once is reported once.
 */
import { describe, expect, it } from 'vitest';
import { kindProbes, plain, shortReport, shufa, self, annual } from './helpers/kind-probes.ts';
import { check, kindOf, ofKind, rulesIn } from './helpers/draft-check.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `青山区区长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我们坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: () => '下一步打算\n加强执法培训。',
  signoff: (year, type) => (type === shufa ? `述法人：青山区区长 王明\n${year + 1}年1月20日` : `某县人民政府\n${year + 1}年1月20日`),
});

kindProbes('round 17 (leftovers and series)', {
  placeholder: {
    found: [
      // One mark in a month or day slot: the month was never filled in.
      plain(2026, '执法装备老化，力争×月底前完成更新采购。', self),
      plain(2025, '于2025年×月×日召开政府常务会议专题学法。'),
      plain(2025, '2025年X月，县政府召开常务会议审议行政规范性文件。'),
      plain(2026, '计划于＿月底前完成规范性文件清理。', self),
      plain(2026, '整改工作已于〇月底前全部完成。', self),
      plain(2025, '于2025年＿月＿日组织旁听庭审。', shufa),
      plain(2025, '定于X月X日前报送整改情况。', self),
      // The blank number, unit and organ slots.
      plain(2025, '全年办理行政复议案件……件，纠错率……%。'),
      plain(2025, '全年共召开常务会议××次，专题学法××次。'),
      plain(2026, '与××律师事务所签订常年法律顾问合同。'),
      plain(2025, '按照XX县委依法治县办的部署开展述法评议。', shufa),
      plain(2026, '全年受理案件【】件，办结【】件。'),
      plain(2026, '联系人：（　　）'),
      plain(2025, '由某某同志牵头，成立法治建设领导小组。'),
      plain(2025, '全年培训执法人员〇〇人次。'),
      plain(2026, '全年共审查合同＿＿份。', self),
      plain(2025, '出庭应诉率达到X%。'),
    ],
    silent: [
      plain(2025, '对当事人张某某作出罚款2000元的行政处罚决定。'),
      plain(2025, '某村调解委员会调处一起宅基地纠纷。'),
      plain(2026, '依据国办发〔2018〕118号文件开展规范性文件清理。'),
      plain(2025, '二〇二五年，全县共办理行政复议案件46件。'),
      plain(2025, '制作2.4米×1.2米法治宣传栏32块。'),
      plain(2026, '采购X光安检机2台。', self),
      plain(2025, '实现重大安全生产事故零发生。'),
      plain(2025, '全年召开常务会议24次，专题学法6次。'),
      plain(2026, '对某公司无证经营行为依法立案查处。', self),
      plain(2025, '于2025年6月底前完成规范性文件清理。'),
      plain(2025, '通过“赣服通”APP办理政务服务事项。'),
    ],
  },
  'outline-prompt': {
    found: [
      plain(2025, '（此处写本单位推进依法决策的主要做法）'),
      plain(2025, '【要写：全年行政复议案件数和纠错率】'),
      plain(2026, '要写：本人全年学法次数和参加旁听庭审情况。', shufa),
      plain(2025, '（注：此处补充一个典型案例）'),
      plain(2025, '〔可用事实：行政机关负责人出庭应诉率〕'),
      plain(2026, '写作提示：结合本单位实际写明三项举措。', self),
      plain(2025, '（请列出本年度制定的规范性文件名称）'),
      plain(2025, '【此处简述存在的主要问题，不少于两条】'),
      plain(2026, '（可结合本单位实际补充1—2个典型案例）', self),
      plain(2025, '（本节写下一年度打算，列出三至五项）'),
      plain(2025, '（应写明：主要负责人出庭应诉次数）', shufa),
      plain(2026, '［此处填写典型案例，约300字］'),
    ],
    silent: [
      plain(2025, '县综合行政执法局（以下简称县执法局）全年办理案件312件。'),
      plain(2025, '（注：本报告数据截至2025年12月31日）'),
      plain(2026, '要求各单位写明整改时限，按期销号。', self),
      plain(2025, '行政复议决定书已全部公开（见附件）。'),
      plain(2025, '相关做法此处不再赘述。'),
      plain(2025, '行政机关负责人（含副职）出庭应诉率100%。'),
      plain(2025, '各单位要写实写细法治工作台账。'),
      plain(2026, '在普法宣传中列举典型案例20个。', self),
      plain(2025, '设置法治提示牌（警示标志）46块。'),
      plain(2025, '具体做法（请见附件2）。'),
    ],
  },
  'series-order': {
    found: [
      plain(2025, '推动全社会尊法、守法、学法、用法。'),
      plain(2025, '统筹推进科学立法、公正司法、严格执法、全民守法。'),
      plain(2026, '坚持依法执政、依法治国、依法行政共同推进。', self),
      plain(2025, '坚持法治政府、法治国家、法治社会一体建设。'),
      plain(2025, '推进决策、管理、执行、服务、结果公开。'),
      plain(2025, '严格履行公众参与、风险评估、专家论证、合法性审查、集体讨论决定等法定程序。'),
      plain(2025, '将法治建设与经济社会发展同部署、同推进、同考核、同督促、同奖惩。', shufa),
      plain(2025, '运用法治思维和法治方式深化改革、推动发展、维护稳定、化解矛盾。', shufa),
      plain(2026, '坚持严格规范文明公正执法。', self),
      plain(2025, '打造法治化、市场化、国际化一流营商环境。'),
      plain(2025, '绝不允许以权压法、以言代法、逐利违法、徇私枉法。', shufa),
      plain(2025, '做到有责要担当、有权必有责、失责必追究。', shufa),
    ],
    silent: [
      plain(2025, '推动全社会尊法学法守法用法。'),
      plain(2025, '加强学法用法，做到知法守法。'),
      plain(2025, '坚持依法治国、依法执政、依法行政共同推进。'),
      plain(2025, '坚持法治国家、法治政府、法治社会一体建设。'),
      plain(2025, '推进决策、执行、管理、服务、结果公开。'),
      plain(2026, '坚持严格规范公正文明执法。', self),
      plain(2025, '打造市场化、法治化、国际化一流营商环境。'),
      plain(2025, '推动干部学法、用法、守法。'),
      plain(2025, '营造学法、用法、知法、守法的浓厚氛围。'),
    ],
  },
  'four-personally': {
    found: [
      plain(2025, '对法治建设重要工作亲自部署、重点环节亲自协调、重大问题亲自过问、重要任务亲自督办。', shufa),
      plain(2025, '坚持亲自部署、亲自协调、亲自过问、亲自督办。', shufa),
      plain(2025, '重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。', shufa),
      plain(2026, '对法治建设重大工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
      plain(2025, '重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督促。', shufa),
      plain(2025, '重要工作亲自部署、重点问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
      plain(2025, '重要工作亲自部署、重大问题亲自过问、重要环节亲自协调、重要任务亲自督办。'),
      plain(2026, '亲自部署重要工作、亲自过问重大问题、亲自督办重点环节、亲自协调重要任务。', shufa),
      plain(2025, '对重要任务亲自督办、重要工作亲自部署。', self),
      plain(2025, '做到重要工作亲自研究、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
    ],
    silent: [
      plain(2025, '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
      plain(2025, '坚持亲自部署、亲自过问、亲自协调、亲自督办。', shufa),
      plain(2025, '局主要负责人亲自部署、亲自推动执法规范化工作。'),
      plain(2025, '主要负责人亲自审阅重大行政决策草案。', shufa),
      plain(2025, '对群众反映强烈的问题亲自过问。', shufa),
      plain(2026, '重大问题亲自过问，重要任务亲自督办。', shufa),
      plain(2025, '本人亲自接访群众12批次。', shufa),
      plain(2025, '亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督办重要任务。', shufa),
      plain(2025, '带头学法用法，亲自带队开展执法检查。', shufa),
      plain(2025, '对重要工作亲自部署，对重大问题亲自过问，对重点环节亲自协调，对重要任务亲自督办。', shufa),
    ],
  },
  'quotation-marks': {
    found: [
      plain(2025, '深入开展"法律进乡村"活动36场。'),
      plain(2025, '落实"谁执法谁普法"普法责任制。'),
      plain(2026, '抓住领导干部这个「关键少数」。', self),
      plain(2025, '培育“法律明白人"1260名。'),
      plain(2025, '推行”一件事一次办“改革。'),
      plain(2025, '开展『宪法宣传周』系列活动。'),
      plain(2025, '开通"12345"政务服务热线。'),
      plain(2025, "落实'三项制度'，规范执法行为。"),
      plain(2026, '开展"民法典宣传月"活动12场。', self),
      plain(2025, '推行“721"工作法。', shufa),
    ],
    silent: [
      plain(2025, '落实“谁执法谁普法”普法责任制。'),
      plain(2025, '抓住领导干部这个“关键少数”。'),
      plain(2025, '开展“‘法律明白人’进村入户”活动。'),
      plain(2025, '认真学习《中华人民共和国民法典》。'),
      plain(2025, '开通12345政务服务热线。'),
      plain(2025, '推行“721”工作法。'),
      plain(2026, '开展“宪法宣传周”活动。', self),
      plain(2025, '培育“法律明白人”1260名。'),
      plain(2025, '落实行政执法“三项制度”。'),
      plain(2025, '深入开展“八五”普法。'),
    ],
  },
  'half-width-punctuation': {
    found: [
      plain(2025, '印发《法治政府建设实施方案》,明确年度任务。'),
      plain(2025, '全年办理案件35件;办结32件。'),
      plain(2025, '全年办结案件32件.结案率91%。'),
      plain(2025, '是否按期办结?仍需核实。'),
      plain(2025, '主要做法:加强组织领导。'),
      plain(2026, '制定2021-2025年法治宣传教育规划。', self),
      plain(2025, '一是强化学习!二是规范执法。'),
      plain(2025, '健全行政执法协调监督工作体系(试行),全面推行。'),
      plain(2025, '全年办理行政复议案件18件(其中纠错2件)。'),
      plain(2026, '全年审查合同126份,出具法律意见书48份。', self),
    ],
    silent: [
      plain(2025, '罚没款3.5万元已全部上缴。'),
      plain(2025, '出庭应诉率100%。'),
      plain(2025, '在政府网站www.example.gov.cn公开。'),
      plain(2025, '每天9:00至17:00受理申请。'),
      plain(2025, '认真学习《法治政府建设实施纲要（2021—2025年）》。'),
      plain(2025, '依据国办发〔2018〕118号文件。'),
      plain(2025, '全年办理案件35件，办结32件。'),
      plain(2025, '推广使用GB/T 9704格式。'),
      plain(2025, '群众满意度达到98.6%。'),
      plain(2025, '全年受理复议申请36件（含不予受理2件）。'),
    ],
  },
}, wrap);

/** A short whole report with the headings given (each with a line of text under it) and a 落款. */
const withHeadings = (...headings: string[]) =>
  `某县司法局2025年度法治政府建设情况报告\n2025年，我局坚持依法行政，现将有关情况报告如下。\n${headings.map((h) => `${h}\n全年开展相关工作。`).join('\n')}\n某县司法局\n2026年1月10日`;

const heading = (...headings: string[]) => ({ text: withHeadings(...headings), year: 2025, type: annual });

kindProbes('round 17 (heading numbering)', {
  'heading-numbering': {
    found: [
      heading('一、主要工作', '二、存在问题', '二、下一步打算'),
      heading('一、主要工作', '三、存在问题', '四、下一步打算'),
      heading('一、主要工作', '（一）加强组织领导', '（三）推进依法决策', '二、存在问题'),
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '（二）规范行政执法', '（三）深化普法', '二、存在问题'),
      heading('一、主要工作', '（一）加强组织领导', '1.健全制度', '2.落实责任', '4.强化考核', '二、存在问题'),
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '二、存在问题', '（一）执法力量不足', '（三）监督不够有力'),
      heading('一、主要工作', '一、存在问题', '四、下一步打算'),
      heading('一.主要工作', '二.存在问题'),
      heading('一、主要工作', '（一）、加强组织领导', '（二）、推进依法决策'),
      heading('二、主要工作', '三、存在问题'),
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '（3）规范行政执法'),
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '（一）规范行政执法'),
    ],
    silent: [
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '二、存在问题', '（一）执法力量不足', '（二）监督不够有力'),
      heading('一、主要工作', '二、存在问题', '三、下一步打算'),
      heading('一、主要工作', '（一）加强组织领导', '1.健全制度', '2.落实责任', '（二）推进依法决策', '二、存在问题'),
      heading('一、主要工作', '二、三季度开展专项执法检查', '二、存在问题'),
      { text: '（三）推进严格规范公正文明执法\n全年开展执法检查。\n（四）强化行政权力制约监督\n全年开展监督。', year: 2025, type: annual },
      heading('一、主要工作', '1、2月份完成规范性文件清理', '二、存在问题'),
      heading('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '二、存在问题', '三、下一步打算'),
    ],
  },
});

describe('round 17: one broken heading list gives one finding', () => {
  const count = (...hs: string[]) => ofKind('heading-numbering', withHeadings(...hs), 2025, annual).length;
  it('a repeated number: the numbers after it, off by one or more, are not new mistakes', () => {
    expect(count('一、主要工作', '一、存在问题', '四、下一步打算')).toBe(1);
    expect(count('一、主要工作', '二、存在问题', '二、整改措施', '三、下一步打算')).toBe(1);
  });
  it('a skipped number: the numbers that go on from it are not new mistakes', () => {
    expect(count('一、主要工作', '三、存在问题', '四、下一步打算')).toBe(1);
    expect(count('一、主要工作', '（一）加强组织领导', '（三）推进依法决策', '（四）规范执法', '（五）深化普法', '二、存在问题')).toBe(1);
  });
  it('a mixed list: only its first break', () => {
    expect(count('一、主要工作', '（一）加强组织领导', '（二）推进依法决策', '（3）规范行政执法', '（4）深化普法', '二、存在问题')).toBe(1);
  });
  it('two lists under two parents, each broken, are two mistakes', () => {
    expect(count('一、主要工作', '（一）加强组织领导', '（三）推进依法决策', '二、存在问题', '（一）执法力量不足', '（一）监督不够有力')).toBe(2);
  });
});

describe('round 17: a series in an order that was official before', () => {
  // official-phrases.md D3: 学法、尊法、守法、用法 was the 2010 order. Writers label it outdated wording (with 、) or a
  // series out of order (run together), so its one finding carries outdated-wording, with the order rule merged in.
  it.each(['带头学法、尊法、守法、用法，当好表率。', '推动全社会学法尊法守法用法。'])('%s gives one finding, of outdated-wording', (line) => {
    const text = wrap(plain(2025, line, shufa));
    const found = check(text, 2025, shufa).filter((f) => rulesIn(f).some((r) => ['outdated-wording', 'series-order'].includes(kindOf.get(r) ?? '')));
    expect(found.length).toBe(1);
    expect(rulesIn(found[0]!).map((r) => kindOf.get(r))).toContain('outdated-wording');
  });
});
