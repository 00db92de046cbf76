// Round 56: an older wording set as the plans' own aim (应对风险 left out), and an old wording named as the start of a change (由“旧”到“新”).
import { describe, expect, it } from 'vitest';
import { textsByRule } from './helpers/draft-check.ts';

const AIM = 'sub-ability-without-risk-aim';
const report = (body: string, plans: string) =>
  `某县人民政府关于2024年度法治政府建设情况的报告\n一、主要工作\n${body}\n二、存在的不足\n一是执法力量不足。\n三、2025年工作安排\n${plans}\n某县人民政府\n2025年1月20日`;

describe('the ability without 应对风险 as the plans aim', () => {
  it('flags the aim in the plans, a verb of raising before it', () => {
    expect(textsByRule(AIM, report('全年办理复议案件12件。', '2025年，将增强各级干部运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定能力。'), 2024)).toEqual(['深化改革、推动发展、化解矛盾、维护稳定能力']);
    expect(textsByRule(AIM, report('全年办理复议案件12件。', '下一步，着力提高镇村干部运用法治方式深化改革、推动发展、化解矛盾、维护稳定的本领，严格规范执法。'), 2025)).toEqual(['深化改革、推动发展、化解矛盾、维护稳定的本领']);
  });
  it('stays silent on an account, a shortcoming, a quotation and the fuller wording', () => {
    expect(textsByRule(AIM, report('干部运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力不断提升。', '持续抓好学法。'), 2024)).toEqual([]);
    expect(textsByRule(AIM, report('全年办理复议案件12件。', '针对运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力还需提升的问题，加强培训。'), 2024)).toEqual([]);
    expect(textsByRule(AIM, report('按照《规定》第四条，提升自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力。', '持续抓好学法。'), 2024)).toEqual([]);
    expect(textsByRule(AIM, report('全年办理复议案件12件。', '全面提高运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定、应对风险能力。'), 2024)).toEqual([]);
  });
});

describe('an old wording named as the start of a change (由“旧”到“新”)', () => {
  const OLD = 'sub-youfa-keyi';
  it('keeps the old series silent where the sentence runs from it to the new one', () => {
    expect(textsByRule(OLD, report('从“有法可依、有法必依、执法必严、违法必究”到“科学立法、严格执法、公正司法、全民守法”，班子成员撰写学习体会。', '持续抓好学法。'), 2024)).toEqual([]);
    expect(textsByRule(OLD, report('组织专题学习，梳理由“有法必依、执法必严、违法必究”发展到“科学立法、严格执法、公正司法、全民守法”的脉络。', '持续抓好学法。'), 2024)).toEqual([]);
  });
  it('still flags the old series used as the current 方针', () => {
    expect(textsByRule(OLD, report('始终坚持“有法可依、有法必依、执法必严、违法必究”，到年底完成执法案卷评查。', '持续抓好学法。'), 2024)).toEqual(['有法可依、有法必依、执法必严、违法必究']);
  });
});
