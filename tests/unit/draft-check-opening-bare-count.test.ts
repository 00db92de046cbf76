import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (opening: string, body: string) =>
  `某县自然资源局2024年法治政府建设年度报告\n2024年，我局坚持依法行政，${opening}现将有关情况报告如下。\n一、主要举措和成效\n（一）健全制度。${body}\n（二）规范执法。开展执法人员轮训4期。\n二、存在的不足\n队伍力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县自然资源局\n2025年2月10日\n`;
const marked = (opening: string, body: string) =>
  checkDraft(draft(opening, body), compiled, { year: 2024 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => f.text);

describe('an opening total naming only the thing, against the body’s one count of it (opening-bare-count.ts)', () => {
  it('flags a verbless year total against the one reviewed count, other things joined before it', () => {
    expect(marked('全年合同138份，', '本年度审核土地出让协议及合同131份，未出现程序瑕疵。')).toEqual([expect.stringMatching(/131份/)]);
  });
  it('flags 年内 and a review written after 对…', () => {
    expect(marked('年内规范性文件26件，', '对规范性文件逐件进行合法性审核22件，全部按时备案。')).toEqual([expect.stringMatching(/22件/)]);
  });
  it('flags the one act on the thing whatever the verb', () => {
    expect(marked('全年征收协议64份，', '依法签订征收协议61份。')).toHaveLength(1);
  });
});

describe('the act written between 对… and the number (measure-ledger.ts)', () => {
  it('flags the opening’s review restated as 对各类合同进行合法性审核', () => {
    expect(marked('全年审查合同47份，', '年内对各类合同进行合法性审核41份。')).toEqual([expect.stringMatching(/41份/)]);
  });
  it('reads 涉政府合同 as the government’s contracts, not a kind of them', () => {
    expect(marked('全年合法性审查合同72份，', '本年度审核涉政府合同66份。')).toHaveLength(1);
  });
});

describe('look-alikes that stay silent', () => {
  it('a kind of the thing in the body', () => {
    expect(marked('全年合同138份，', '审核涉企合同31份。')).toEqual([]);
    expect(marked('全年合同138份，', '审核其中的采购合同31份。')).toEqual([]);
    expect(marked('全年审查合同47份，', '对采购合同进行合法性审核24份。')).toEqual([]);
  });
  it('two counts of the thing in the body: which one the opening sums is unsure', () => {
    expect(marked('全年合同138份，', '审核合同131份，签订合同125份。')).toEqual([]);
  });
  it('the opening’s number told in the body', () => {
    expect(marked('全年合同138份，', '审核合同138份，未出现程序瑕疵。')).toEqual([]);
  });
  it('a general noun against a named kind of case', () => {
    expect(marked('全年案件57件，', '办理行政复议案件15件。')).toEqual([]);
  });
  it('the body counting more things than the opening names', () => {
    expect(marked('全年行政协议42份，', '组织法律顾问审核行政协议和合同24份。')).toEqual([]);
  });
  it('last year’s count of the thing', () => {
    expect(marked('全年合同138份，', '2023年审核合同112份。')).toEqual([]);
  });
});
