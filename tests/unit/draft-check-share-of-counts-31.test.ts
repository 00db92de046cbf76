import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) => `某区城市管理局2024年法治政府建设年度报告\n2024年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某区城市管理局\n2025年2月1日\n`;
const rates = (body: string) => checkDraft(draft(body), compiled, { year: 2024 }).findings.filter((f) => f.rule === 'consistency-rate').map((f) => f.text);

describe('a share or rate against its own sentence counts', () => {
  it('flags a share of a whole named with 中', () => {
    expect(rates('全局80名执法人员中取得法律职业资格的10名，占比25%。')).toEqual(['占比25%']);
  });
  it('flags a rate whose count qualifies the act (妥善办结)', () => {
    expect(rates('受理群众投诉200件，妥善办结180件，办结率100%。')).toEqual(['办结率100%']);
  });
  it('stays silent when the share or rate follows from the counts', () => {
    expect(rates('全局80名执法人员中取得法律职业资格的20名，占比25%。')).toEqual([]);
    expect(rates('受理群众投诉200件，妥善办结180件，办结率90%。')).toEqual([]);
    expect(rates('受理群众投诉200件，妥善办结180件，满意率98%。')).toEqual([]);
  });
});
