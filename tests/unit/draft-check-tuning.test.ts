/**
 * Issue 25, round 2: the general changes made while studying the v1 evaluation set (now development
 * data). Each case is a shape of text, not an item of the set.
 */
import { describe, expect, it } from 'vitest';
import { fazhiTermRule } from '../../src/shared/draft-check/substitution-rules.ts';
import { check, rulesIn, rulesOf } from './helpers/draft-check.ts';

describe('法制 forms of the phrase bank’s current 法治 terms', () => {
  it('are derived from the bank: each current term with 法治 gives its 法制 form, fixed to the term', () => {
    const r = fazhiTermRule([
      { id: 'a', text: '法治副校长', note: '', pattern: 'term' },
      { id: 'b', text: '全面依法治〔县〕', note: '', pattern: 'term' },
      { id: 'c', text: '法治宣传教育的长篇固定提法不在其内', note: '', pattern: 'fixed' },
      { id: 'd', text: '法治督察', note: '', pattern: 'term', status: 'outdated' },
    ])!;
    expect(r.patterns).toEqual(['法制副校长']);
    expect(r.fixFor).toEqual({ 法制副校长: '法治副校长' });
    expect(r.level).toBe('hint');
  });
  it('flag 法制副校长, 民主法制示范村 and 法制督察 as hints, and leave 法制审核 and history alone', () => {
    for (const [text, fix] of [['全县中小学全部配备法制副校长。', '改为：法治副校长'], ['新创建省级民主法制示范村2个。', '改为：民主法治示范村'], ['开展年度法制督察。', '改为：法治督察']] as const) {
      const f = check(text).find((x) => x.rule === 'phrase-fazhi-terms');
      expect(f, text).toMatchObject({ level: 'hint', fix });
    }
    expect(rulesOf('重大执法决定均经法制审核。')).not.toContain('phrase-fazhi-terms');
    expect(rulesOf('该村2009年被命名为省级民主法制示范村。')).not.toContain('phrase-fazhi-terms');
  });
});

describe('old wording quoted as history', () => {
  it('is silent in a sentence that opens with an earlier year or names the old period', () => {
    expect(rulesOf('2016年中办、国办印发规定，明确党政主要负责人要坚持宪法法律至上，反对以言代法、以权压法、徇私枉法。')).not.toContain('sub-fandui-yiyan-daifa-2016');
    expect(rulesOf('改革开放初期，我国法制建设提出了“有法可依、有法必依、执法必严、违法必究”的要求。')).toEqual([]);
    expect(rulesOf('“六五”普法期间称“法制宣传教育”，“七五”以后统一称“法治宣传教育”。')).toEqual([]);
  });
  it('still speaks where the sentence is about the year reported on', () => {
    expect(rulesOf('2026年，我县深入开展法制宣传教育。')).toContain('sub-fazhi-xuanchuan-jiaoyu');
    expect(rulesOf('2025年，金城乡坚持有法可依、有法必依、执法必严、违法必究。', 2026)).toContain('sub-youfa-keyi');
  });
});

describe('outdated wording found in the development items', () => {
  it('flags a shortened 2015 target list, the old 复议法 wording and the 十九届 formula; keeps the full target to the phrase rule', () => {
    expect(rulesOf('以建设权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标。')).toContain('sub-lianjie-gaoxiao-shoufa-chengxin');
    const full = check('基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。');
    expect(full.map((f) => f.rule)).toEqual(['phrase-fazhi-zhengfu-mubiao-2015']);
    expect(check('发挥行政复议保障和监督行政机关依法行使职权的作用。')[0]).toMatchObject({ level: 'error', text: '保障和监督行政机关依法行使职权' });
    expect(check('对申请人不服的具体行政行为进行审查。')[0]).toMatchObject({ level: 'hint', text: '具体行政行为', fix: '改为：行政行为' });
    expect(rulesOf('对申请人不服的具体行政行为进行审查。', 2023)).toEqual([]);
    expect(check('全面贯彻党的十九大和十九届历次全会精神。')[0]).toMatchObject({ level: 'error', rule: 'sub-shijiu-jie-lici-quanhui' });
    expect(check('深入贯彻党的二十大和二十届二中、三中全会精神。')[0]).toMatchObject({ level: 'hint', rule: 'sub-ershi-jie-er-san-zhong-2026' });
    // 四中全会 met in October 2025: a report on 2025 lists it (currency-2026.md 2.3, round 7); one on 2024 need not.
    expect(rulesOf('深入贯彻党的二十大和二十届二中、三中全会精神。', 2025)).toEqual(['sub-ershi-jie-er-san-zhong-2026']);
    expect(rulesOf('深入贯彻党的二十大和二十届二中、三中全会精神。', 2024)).toEqual([]);
  });
});

describe('document titles', () => {
  it('finds a long title with a few words left out, and new titles from the reference', () => {
    expect(check('按照《关于推行法律顾问制度和公职律师制度的意见》，聘请法律顾问。')[0]).toMatchObject({ rule: 'title-falv-guwen-gongzhi-lvshi-yijian', level: 'error' });
    expect(check('落实《国务院办公厅关于全面推行行政规范性文件合法性审查机制的指导意见》。')[0]?.rule).toBe('title-hefaxing-shenhe-jizhi-yijian');
    expect(check('严格执行《优化营商环境暂行条例》。')[0]?.rule).toBe('title-youhua-yingshang-huanjing-tiaoli');
    expect(rulesOf('严格执行《江苏省优化营商环境条例》和《某市优化营商环境条例》。')).toEqual([]);
  });
  it('leaves a right title in half-width brackets to the half-width punctuation finding', () => {
    const f = check('对照《法治政府建设实施纲要(2021—2025年)》开展评估,任务全部完成。', 2025);
    expect(f.map((x) => x.rule)).toEqual(['consistency-halfwidth-punct']);
    expect(f[0]!.places!.map((p) => p.end - p.start)).toEqual([12, 1]);
  });
});

describe('heading numbers and half-width marks', () => {
  const numbering = (text: string) => check(text).filter((f) => f.type === 'structure' && !f.rule.startsWith('structure-'));
  it('reports 二、二、四、 once, as the repeat', () => {
    expect(numbering('一、学法\n甲。\n二、用法\n乙。\n二、不足\n丙。\n四、打算\n丁。').map((f) => `${f.rule}:${f.text}`)).toEqual(['numbering-repeat:二、']);
  });
  it('accepts a sub-list straight under 一、 (round 8), but not beside （一） in the same section', () => {
    expect(numbering('一、带头学法\n1.会前学法。\n2.旁听庭审。\n二、依法决策\n1.法律顾问。')).toEqual([]);
    expect(numbering('一、带头学法\n（一）会前学法。\n二、依法决策\n1.法律顾问。')).toEqual([]);
    expect(numbering('一、带头学法\n（1）会前学法。')).toEqual([]);
    expect(numbering('一、带头学法\n1.会前学法。\n（一）依法决策\n1.法律顾问。').map((f) => f.rule)).toEqual(['numbering-level-jump']);
  });
  it('gives one finding for (一)(二) headings, speaking for both rules', () => {
    const f = check('一、主要工作\n(一)卫生监督。全年检查120家次。\n(二)纠纷化解。受理37起。');
    const mine = f.filter((x) => x.rule === 'numbering-halfwidth-paren' || x.merged?.includes('numbering-halfwidth-paren'));
    expect(mine).toHaveLength(1);
    expect(rulesIn(mine[0]!).sort()).toEqual(['consistency-halfwidth-punct', 'numbering-halfwidth-paren']);
    expect(mine[0]!.places).toHaveLength(2);
  });
  it('finds a half-width comma after 》', () => {
    expect(check('印发《实施方案》,明确检查主体。')[0]).toMatchObject({ rule: 'consistency-halfwidth-punct', text: ',' });
  });
});

describe('years against the report year', () => {
  const years = (text: string, type: 'self-inspection-report' | 'shufa-report' = 'shufa-report') =>
    check(text, 2026, type).filter((f) => f.rule.startsWith('consistency-')).map((f) => `${f.rule}:${f.text}`);
  const doc = (line: string) => `某县司法局局长2026年度述法报告\n一、履职情况\n${line}\n二、存在的不足\n基层力量薄弱。`;
  it('flags a body sentence framed as the whole of another year', () => {
    for (const line of ['2025年全年，本人主持召开局党组会议6次。', '2025年1月至12月，全镇共办理审批申请58件。', '2025年度，我局开展双随机抽查86家。', '截至2025年12月31日，我局全年共立案57件。', '2025年，本人全年主持召开会议5次。', '2027年，全县行政复议案件受理量同比下降12%。']) {
      expect(years(doc(line)), line).toEqual(['consistency-current-year:' + line.match(/\d{4}/)![0]]);
    }
  });
  it('stays silent on comparisons, baselines, plans and the year itself', () => {
    for (const line of ['2025年全年办理案件40件，2026年增至52件。', '2025年，我县被确定为省级试点。', '2025年度考核中我局被评为优秀。', '2027年，我局将推进执法规范化。', '2026年全年，本人主持召开会议6次。', '2025年全年办理案件较上年增长10%。']) {
      expect(years(doc(line)), line).toEqual([]);
    }
  });
  it('flags a 自查报告 on a year signed in that year’s first quarter, and only hints at one signed later in the year (round 7)', () => {
    const text = (date: string) => `某局2026年度法治建设工作自查报告\n一、工作情况\n全年检查326次。\n某局\n${date}`;
    expect(years(text('2026年1月9日'), 'self-inspection-report')).toEqual(['consistency-signoff-year:2026年1月9日']);
    expect(years(text('2026年7月9日'), 'self-inspection-report')).toEqual(['consistency-signoff-before-year-end:2026年7月9日']);
  });
});

describe('figures', () => {
  const sums = (text: string) => check(text).filter((f) => f.rule === 'consistency-parts-sum').map((f) => f.text);
  it('flags a 其中 list that falls just short of its total, and a total word right before the number', () => {
    expect(sums('全年组织法治专题培训班6期，其中行政执法人员专题培训3期、领导干部法治专题培训2期，累计培训1360人次。')).toEqual(['6期']);
    expect(sums('办理法律援助案件420件，其中刑事案件186件、民事案件198件、行政案件26件。')).toEqual(['420件']);
    expect(sums('对规范性文件共63件进行清理，其中宣布废止11件、需要修改17件、继续有效37件。')).toEqual(['63件']);
  });
  it('leaves a 其中 list that names only the main parts, or ends with 等', () => {
    expect(sums('全年开展普法活动48场，其中消费者权益保护宣传12场、食品安全宣传周活动9场。')).toEqual([]);
    expect(sums('全年开展普法活动50场，其中进校园24场、进社区24场等。')).toEqual([]);
  });
  it('compares a body total with the summary when the body leaves out the summary’s subject, and points to both', () => {
    const text = '甲县县长2026年度述法报告\n今年以来，本人主持县政府常务会议审议行政规范性文件27件。\n一、严把合法性关口\n全年县政府常务会议共审议行政规范性文件24件。\n二、存在的不足\n征求意见时间偏短。';
    const f = check(text, 2026, 'shufa-report').find((x) => x.rule === 'consistency-summary-total')!;
    expect(f.text).toBe('24件');
    expect(f.places!.map((p) => text.slice(p.start, p.end))).toEqual(['27件', '24件']);
  });
});

describe('expired plans and the compact 五公开', () => {
  it('finds the 三年行动计划 cited as guidance in 2026 by its whole title, and not a title with another period', () => {
    expect(check('深入实施《提升行政执法质量三年行动计划（2023—2025年）》，开展轮训。')[0]).toMatchObject({ rule: 'expired-document-period-ended', text: '深入实施《提升行政执法质量三年行动计划（2023—2025年）》' });
    expect(rulesOf('深入实施《提升行政执法质量三年行动计划（2026—2028年）》，开展轮训。')).not.toContain('expired-document-period-ended');
    expect(rulesOf('深入实施《提升行政执法质量三年行动计划（2023—2025年）》，开展轮训。', 2025)).toEqual([]);
  });
  it('checks the order of 决策、执行、管理、服务、结果公开 only as a run of all five', () => {
    expect(check('全面推进决策、管理、执行、服务、结果公开。')[0]).toMatchObject({ rule: 'order-wu-gongkai-compact', level: 'error' });
    expect(rulesOf('加强管理、执行、服务等环节，推进结果公开。')).toEqual([]);
  });
});
