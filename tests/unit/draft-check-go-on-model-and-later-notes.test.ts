// Round 35: notes to the drafter on how to go on (以下请…展开), a model to follow (参考格式：…), a part left for later
// (（待补充）。 ending its clause) and a note's label after a comma are outline prompts; a bracket asking for words in the
// middle of a sentence is a slot as well; a report's own brackets, notes and 有待完善 stay silent.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const spansOf = (kind: string, text: string) => ofKind(kind, text).map(([t]) => t);

/** Each family with its shapes, as [text, the span reported]. */
const FAMILIES: [string, [string, string][]][] = [
  [
    'how to go on',
    [
      ['（二）规范行政执法。（以下请结合本单位职责展开）全年办结执法案件40件。', '（以下请结合本单位职责展开）'],
      ['（三）深化普法宣传。（下文请围绕“八五”普法规划撰写）', '（下文请围绕“八五”普法规划撰写）'],
      ['二、履职情况【以下根据本局实际情况补充】', '【以下根据本局实际情况补充】'],
      ['（以下需补充两个典型事例）', '（以下需补充两个典型事例）'],
      ['三、存在问题（请联系督察反馈意见细化）', '（请联系督察反馈意见细化）'],
    ],
  ],
  [
    'a model or format to follow',
    [
      ['三、存在问题（参考格式：问题—原因—整改）', '（参考格式：问题—原因—整改）'],
      ['四、下一步打算【格式参照：上年度报告第四部分】', '【格式参照：上年度报告第四部分】'],
      ['（写法示例：针对执法不规范问题，制定整改清单）', '（写法示例：针对执法不规范问题，制定整改清单）'],
      ['（一）强化组织领导（参考句式：坚持以……为指导）', '（参考句式：坚持以……为指导）'],
      ['二、存在的不足\n参考格式：表现—原因—改进方向\n一是执法力量不足。', '参考格式：表现—原因—改进方向'],
    ],
  ],
  [
    'a part left for later, the bracket ending its clause or line',
    [
      ['三是推进执法监督平台建设（待补充）。', '（待补充）'],
      ['二是健全合法性审查机制（待完善）；三是加强培训。', '（待完善）'],
      ['（三）典型案例（内容待补充）', '（内容待补充）'],
      ['四、下一步工作安排（此部分待填写）', '（此部分待填写）'],
      ['一是规范行政裁量权基准（具体措施待细化）。', '（具体措施待细化）'],
    ],
  ],
  [
    "a note's label after a comma",
    [
      ['对照考核指标逐项开展自查，注：本报告篇幅控制在2000字以内。现将情况报告如下。', '注：本报告篇幅控制在2000字以内。'],
      ['全年办结复议案件52件，提示：此处请补充纠错率。', '提示：此处请补充纠错率。'],
    ],
  ],
];

describe.each(FAMILIES)('outline prompt: %s', (_family, cases) => {
  it.each(cases)('%s', (text, span) => {
    expect(spansOf('outline-prompt', text)).toContain(span);
  });
});

describe('a bracket asking for words in the middle of a sentence is a slot as well as a note', () => {
  it.each([
    ['在【此处补充重点领域】方面持续用力，推动依法行政。', '【此处补充重点领域】'],
    ['由（请补充牵头单位）负责督促整改。', '（请补充牵头单位）'],
  ])('%s', (text, span) => {
    expect(spansOf('outline-prompt', text)).toContain(span);
    expect(spansOf('placeholder', text)).toContain(span);
  });
  it('ending its clause it is the note alone', () => {
    expect(spansOf('placeholder', '三是完善考核机制（此处补充典型案例）。')).toEqual([]);
  });
  it('before its measure word a bare （待补充） is the slot alone', () => {
    const text = '全年办理行政复议案件（待补充）件。';
    expect(spansOf('outline-prompt', text)).toEqual([]);
    expect(spansOf('placeholder', text)).toContain('（待补充）');
  });
});

describe('look-alikes stay silent', () => {
  it.each([
    '市司法行政机关（以下简称市司法局）牵头组织培训。',
    '推荐学习书目（参考文献：《习近平法治思想学习纲要》）共5本。',
    '督察反馈的8个问题已全部整改（问题清单见附件）。',
    '印发《行政执法案卷评查办法（试行）》。',
    '对照《法治政府建设实施纲要（2021—2025年）》逐项推进。',
    '执法监督机制有待完善，考核评价质量有待提高。',
    '部分配套制度亟待完善（以下两项尚在起草）。',
    '开展专项执法检查3次（围绕食品安全开展）。',
    '各乡镇结合实际参照执行（格式统一、内容完整）。',
    '合同审查制度建设（已完善）。',
    '全年办理案件35件，注：数据截至12月20日。',
    '形成问题清单、整改清单、责任清单（结构参照省厅模板）。',
    '各单位按统一格式报送材料（格式参照附件1）。',
    '加强执法监督，提示：各单位要严格落实。',
  ])('%s', (text) => {
    expect(spansOf('outline-prompt', text)).toEqual([]);
  });
});
