// Round 29 (issue 25): leftovers and layout — the families behind v26/v27's misses and false findings, in new words:
// ASCII tokens (web addresses, mail, file names) that hold x's, seal and signature notes left in the 落款, notes to the
// drafter on checking, length, order and data collection, a heading written with the other level's mark, and a quote
// inside a quote in double marks. Positive shapes and the look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const annual = (body: string, tail = '') =>
  `某县2026年度法治政府建设情况报告\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n执法力量不足。\n三、下一步工作安排\n完善制度。${tail ? `\n${tail}` : ''}`;

/** Findings of one kind, as [text, level]. */
const found = (kind: string, text: string) =>
  check(text).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === kind)).map((f) => [f.text, f.level] as const);
const errorsOn = (text: string) => check(text).filter((f) => f.level === 'error');

describe('letters of an ASCII token are no placeholder (ascii-token.ts)', () => {
  it('leaves web addresses, mail addresses and file names alone', () => {
    for (const s of [
      '执法信息在 https://www.xxx.gov.cn/zwgk/ 公开。',
      '公示平台网址为http://sfj.xxzx.gov.cn/xxgk/index.html。',
      '意见可发送至 fzxx@court.gov.cn 邮箱。',
      '全文见附件 fzbg_xx_2026.docx。',
      '系统账号为 admin-xx01，已停用。',
    ]) expect(found('placeholder', annual(s)), s).toEqual([]);
  });
  it('still reports a bare XX, a blank figure and an X standing for a place', () => {
    expect(found('placeholder', annual('全年开展执法检查XX次。'))).toHaveLength(1);
    expect(found('placeholder', annual('召开ＸＸ专题会议。'))).toHaveLength(1);
    expect(found('placeholder', annual('行政复议纠错率为XX%。')).length).toBeGreaterThan(0);
    expect(found('placeholder', annual('全年办理案件3XX件。'))).toHaveLength(1);
    expect(found('placeholder', annual('咨询电话：0571-XXXXXXX。')).length).toBeGreaterThan(0);
    expect(found('placeholder', annual('全年办理案件XXX件，网址见 www.xxx.gov.cn。'))).toHaveLength(1);
  });
});

describe('seal and signature notes left in the 落款 (placeholder-seal-note)', () => {
  it('reports each note once, as a placeholder hint', () => {
    for (const tail of ['县市场监督管理局（盖章）\n2026年12月30日', '述法人：县水利局局长 王某（签名）', '述法人（签字）：县委书记 李某', '区人民政府（加盖公章）\n2027年1月8日', '报告人（本人签名）：张某']) {
      const f = found('placeholder', annual('召开会议4次。', tail));
      expect(f, tail).toHaveLength(1);
    }
  });
  it('stays silent on seals and signatures the report speaks of, and on a block whose other blank speaks', () => {
    for (const s of ['全年加盖公章办理证明120件。', '申请表由当事人签字（捺印）后提交。', '严格执行执法文书审签制度（签批留痕）。']) {
      expect(found('placeholder', annual(s)), s).toEqual([]);
    }
    // The unfilled date of the same block is the one finding.
    expect(found('placeholder', annual('召开会议4次。', '县司法局（盖章）\n2027年　月　日'))).toHaveLength(1);
  });
});

describe('notes about the drafting itself (drafter-notes.ts)', () => {
  const kinds = (text: string) => check(text).flatMap((f) => rulesIn(f).map((r) => kindOf.get(r)));
  it('reads a note on length, checking, order, collection or leaving out as an outline prompt', () => {
    for (const s of [
      '召开常务会议4次。注：本节应写明会议研究的具体议题，避免空泛。',
      '全年复议案件36件。提示：成效要具体，不少于两点，不写口号。',
      '召开会议4次。（正文篇幅控制在2000字以内）',
      '全年受理复议案件36件（数据以市统计局反馈为准，定稿前核对）。',
      '全年受理复议案件36件（数字请向法制科核实后填写）。',
      '全年受理复议案件36件（请核对）。',
      '（按模板第一至五项顺序撰写）',
      '〔参照年度考核细则逐条填写完成情况〕',
      '召开会议4次。此处可参照上年度考核反馈意见。',
      '召开会议4次。本段应围绕考核指标逐项回应。',
      '注：上述数据由各股室于12月15日前报送法规股汇总。',
      '注：此节由法规股汇总后填写完成时限。',
      '四、其他需要说明的情况（无此项可不写）',
      '县人民政府（署名写单位全称并加盖公章）',
      '某县2026年度法治政府建设情况报告（题目可根据实际修改）',
    ]) expect(kinds(annual(s)), s).toContain('outline-prompt');
  });
  it('leaves a report\'s own notes and asides alone', () => {
    for (const s of [
      '全年受理复议案件36件（注：数据截至12月20日）。',
      '注：本报告数据来源于统计年报。',
      '注：以上数据由县统计局提供。',
      '本报告全文公开（此件公开发布）。',
      '向3家单位发出提示函。',
      '此处不再赘述。',
      '执法人员全部参加年度考试，合格率100%（按考试人数计）。',
      '召开会议4次。各单位于12月15日前报送材料，由办公室汇总。',
    ]) expect(kinds(annual(s)), s).not.toContain('outline-prompt');
  });
});

describe('a quotation inside a quotation in double marks (quote-nested-double)', () => {
  it('flags the inner pair once', () => {
    for (const [s, inner] of [['组织“深化“放管服”改革、优化营商环境”专题培训。', '“放管服”'], ['评选“践行“两个确立”先进个人”5名。', '“两个确立”']]) {
      expect(found('quotation-marks', annual(s)), s).toEqual([[inner, 'hint']]);
    }
  });
  it('leaves single inner quotes and quotations side by side alone', () => {
    for (const s of ['组织“深化‘放管服’改革”专题培训。', '落实“谁执法谁普法”和“谁主管谁负责”责任制。']) {
      expect(found('quotation-marks', annual(s)), s).toEqual([]);
    }
  });
});

describe('a heading written with the other level\'s mark (heading-level.ts)', () => {
  const numbering = (text: string) => found('heading-numbering', text).map(([t]) => t);
  const report = (body: string) => `某县2026年度法治政府建设情况报告\n现将有关情况报告如下。\n${body}\n县人民政府\n2027年1月10日`;
  it('reports the odd heading once, at itself, and nothing at its neighbours', () => {
    expect(numbering(report('一、主要举措\n（一）健全制度\n建立清单。\n2.规范执法\n评查案卷。\n（三）深化普法\n开展宣传。\n二、存在问题\n力量不足。'))).toEqual(['2.']);
    expect(numbering(report('一、主要举措\n（一）健全制度\n（二）规范执法\n（三）深化普法\n（二）存在的不足\n力量不足。\n三、下一步安排\n完善制度。'))).toEqual(['（二）']);
    expect(numbering(report('（一）2026年主要工作\n（一）健全制度\n（二）规范执法\n二、存在的不足\n力量不足。\n三、下一步安排\n完善制度。'))).toEqual(['（一）']);
  });
  it('leaves a proper sub-list and an excerpt alone', () => {
    expect(numbering(report('一、主要举措\n（一）健全制度\n1.建立清单\n2.规范执法\n（二）深化普法\n二、存在问题\n力量不足。'))).toEqual([]);
    expect(numbering('（一）健全制度\n建立清单。\n（二）规范执法\n评查案卷。\n二、存在问题\n力量不足。')).toEqual([]);
  });
});

describe('a heading of another form in the gap of a list (heading-level.ts)', () => {
  const report = (body: string) => `某县2026年度法治政府建设情况报告\n现将有关情况报告如下。\n${body}\n县人民政府\n2027年1月10日`;
  it('reports it with the missing number', () => {
    const f = check(report('一、主要举措\n（一）学法方面。召开会议4次。\n1.执法方面。评查案卷30卷。\n（三）普法方面。开展宣传12场。\n二、存在问题\n力量不足。'))
      .filter((x) => rulesIn(x).some((r) => kindOf.get(r) === 'heading-numbering'));
    expect(f.map((x) => x.text)).toEqual(['1.']);
    expect(f[0]!.fix).toContain('（二）');
  });
});
