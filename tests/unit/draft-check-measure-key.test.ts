import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (opening: string, body: string, problems = '基层力量薄弱。') =>
  `某市水务局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一年度主要安排\n下一步，我局将持续用力。\n某市水务局\n2026年2月1日\n`;
const marked = (opening: string, body: string, problems?: string) =>
  checkDraft(draft(opening, body, problems), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => f.text);

describe('one measure key restated with another number (measure-key.ts)', () => {
  it('flags a noun before the number restated with the number before the noun (上述)', () => {
    expect(marked('', '年内共收到上级巡视整改意见12条，已逐条建立台账。', '上述14条巡视整改意见中仍有个别需要长期整改。')).toEqual([expect.stringMatching(/14条/)]);
  });
  it('flags the noun after both numbers when the later refers back', () => {
    expect(marked('全年6项水利规划调整事项均履行法定程序，', '上述9项水利规划调整事项未出现被撤销情形。')).toHaveLength(1);
  });
  it('flags a count named by its act and 的 (审查的44份)', () => {
    expect(marked('全年审查水事合同协议41份，', '在审查的44份水事合同协议中，均出具书面意见。')).toHaveLength(1);
  });
  it('flags a people count restated after the act it names', () => {
    expect(marked('组织62名科级干部旁听行政诉讼庭审，', '旁听行政诉讼庭审的66名科级干部均提交了心得。')).toHaveLength(1);
  });
});

describe('look-alikes that stay silent', () => {
  it('two numbered items counting the same noun', () => {
    expect(marked('', '（一）开展节水宣传活动12场。\n（二）开展河湖保护宣传活动15场。')).toEqual([]);
  });
  it('a stock against the year’s new count', () => {
    expect(marked('', '年内新培养河湖管护志愿者37名。全市现有河湖管护志愿者325名，覆盖全部河段。')).toEqual([]);
  });
  it('last year’s figure and a comparison', () => {
    expect(marked('', '全年查处水事违法案件30件，比上年减少12件。2024年查处水事违法案件42件。')).toEqual([]);
  });
  it('a count referred to by another act (已公开的)', () => {
    expect(marked('全年共审议水利规划调整事项22项，', '在已公开的20项水利规划调整事项中，防洪类12项。')).toEqual([]);
  });
  it('two acts on one noun', () => {
    expect(marked('', '全年受理行政复议申请案件18件。依法审结行政复议申请案件15件，其余在审。')).toEqual([]);
  });
  it('a part introduced by 其中 and a target', () => {
    expect(marked('', '全年开展执法案卷评查120卷，其中重点评查案卷40卷。计划明年评查执法案卷150卷。')).toEqual([]);
  });
});
