import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
interface Parts { opening?: string; body: string; problems?: string; plans?: string }
const report = ({ opening = '', body, problems = '基层执法力量薄弱。', plans = '下一步，我局将持续用力。' }: Parts) =>
  `某县市场监督管理局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n${problems}\n三、2025年工作安排\n${plans}\n某县市场监督管理局\n2025年2月1日\n`;
const mismatches = (parts: Parts) =>
  checkDraft(report(parts), compiled, { year: 2024 }).findings
    .filter((f) => f.rule === 'consistency-summary-total').map((f) => [/\d+(?:万元|[\u3400-\u9fff])/u.exec(f.text)?.[0], f.level]);

describe('a stock of staff counted twice, the verb or the time word left out', () => {
  it('flags the bare count against the hired count, in the opening or in the problems section', () => {
    expect(mismatches({ opening: '全年公职律师5名，', body: '（一）强化法治保障。常年配备公职律师9名，参与重大决策合法性审查。' })).toEqual([['9名', 'hint']]);
    expect(mismatches({ opening: '全年人民调解员46名，', body: '（一）化解纠纷。选聘人民调解员52名，常驻调解室。' })).toEqual([['52名', 'hint']]);
    expect(mismatches({ body: '（一）强化法治保障。常年聘请法律顾问4名，为重大决策提供法律意见。', problems: '一是法治队伍建设有短板，全年法律顾问7名的作用发挥还不充分。' })).toEqual([['7名', 'hint']]);
  });
  it('reads a figure told twice alike as one, not as two parts adding up to a third', () => {
    expect(mismatches({ opening: '全年法律顾问5名，', body: '（一）强化法治保障。常年聘请法律顾问5名，参与合同审查。', problems: '一是全年法律顾问10名的作用还需加强。' })).toEqual([['10名', 'hint']]);
  });
  it('stays silent on one number, a named kind, and parts that add up', () => {
    expect(mismatches({ opening: '全年法律顾问5名，', body: '（一）强化法治保障。常年聘请法律顾问5名，参与合同审查。' })).toEqual([]);
    expect(mismatches({ body: '（一）强化法治保障。常年聘请法律顾问4名，参与合同审查；推动村级法律顾问12名下沉服务。' })).toEqual([]);
    expect(mismatches({ body: '（一）强化法治保障。推动村级法律顾问12名下沉服务；常年聘请法律顾问4名，参与合同审查。' })).toEqual([]);
    expect(mismatches({ opening: '全年人民调解员46名，', body: '（一）化解纠纷。选聘兼职人民调解员20名，常驻调解室。' })).toEqual([]);
    expect(mismatches({ body: '（一）规范执法。开展日常检查60家次、专项检查60家次，全年共检查120家次。' })).toEqual([]);
    expect(mismatches({ body: '（一）强化法治保障。法律顾问全年审查合同29份，出具法律意见12份。', problems: '一是合同管理不够规范，审查合同38份中仍有瑕疵。' })).toEqual([]);
  });
});

describe('a count with its act and noun in the other order', () => {
  it('flags 对N项X实行Y against 实行Y的X达到M项', () => {
    expect(mismatches({ opening: '全年对23项涉企许可事项实行告知承诺制，', body: '（一）优化营商环境。实行告知承诺制的涉企许可事项达到28项，办事更加便利。' })).toEqual([['28项', 'hint']]);
    expect(mismatches({ opening: '全年对12件规范性文件开展合法性审核，', body: '（一）加强文件管理。开展合法性审核的规范性文件共15件，均按期备案。' })).toEqual([['15件', 'hint']]);
  });
  it('stays silent on another act on the noun, or the same number', () => {
    expect(mismatches({ opening: '全年对23项证明事项实行告知承诺制，', body: '（一）优化营商环境。取消的证明事项达到12项，办事更加便利。' })).toEqual([]);
    expect(mismatches({ opening: '全年对23项证明事项实行告知承诺制，', body: '（一）优化营商环境。实行告知承诺制的证明事项达到23项，办事更加便利。' })).toEqual([]);
  });
});

describe('a quoted group counted with the number first, the digits in another order', () => {
  it('flags the restatement whose digits are a typing slip of the count', () => {
    expect(mismatches({ body: '（一）深化普法。全县14个乡镇共培育“学法用法示范户”326户。\n（二）化解纠纷。362户“学法用法示范户”积极参与邻里纠纷调处。' })).toEqual([['362户', 'hint']]);
  });
  it('stays silent on a number that may be some of them', () => {
    expect(mismatches({ body: '（一）深化普法。全县14个乡镇共培育“学法用法示范户”326户。\n（二）化解纠纷。120户“学法用法示范户”积极参与邻里纠纷调处。' })).toEqual([]);
  });
});

describe("the plans section citing the report year's figure", () => {
  it('flags a floor named by the report year (2024年的, 上年的) that is not the body figure', () => {
    expect(mismatches({ body: '（一）强化保障。全年投入普法宣传经费35万元，保障普法阵地建设。', plans: '一是加大投入，普法宣传经费不低于2024年的38万元。' })).toEqual([['38万元', 'hint']]);
    expect(mismatches({ body: '（一）抓学法。组织领导干部法治培训10次。', plans: '一是深化学法，领导干部法治培训不少于上年的12次。' })).toEqual([['12次', 'hint']]);
  });
  it('stays silent on the same figure, another year, or a floor with no year', () => {
    expect(mismatches({ body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，普法宣传经费不低于2024年的35万元。' })).toEqual([]);
    expect(mismatches({ body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，普法宣传经费不低于2023年的30万元。' })).toEqual([]);
    expect(mismatches({ body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，确保普法宣传经费不低于40万元。' })).toEqual([]);
  });
});
