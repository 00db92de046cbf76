/**
 * Round 39 (outline-prompt, heading-numbering): a template's note on what the drafter may choose or leave out, must
 * not turn a part into, or must account for item by item; and a sub-list's first heading written with its parent's
 * mark. Each sentence is made up for the test; the negatives are a report's own wording of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { check, ofKind } from './helpers/draft-check.ts';

const prompts = (text: string) => ofKind('outline-prompt', text).map(([t]) => t);

const report = (body: string) =>
  `某县水务局2025年法治政府建设年度报告\n2025年，某县水务局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n一是审核力量不足。\n三、下一步安排\n一是加强队伍建设。\n某县水务局\n2026年2月22日`;

describe('a note telling the drafter what to choose or leave out (outline-prompt)', () => {
  it('finds 选填, a part that may be deleted, and 如无… 可删去', () => {
    expect(prompts(report('（一）加强领导。召开会议4次。（本部分内容根据实际工作选填）'))).toEqual(['（本部分内容根据实际工作选填）']);
    expect(prompts(report('（一）加强领导。召开会议4次。提示：若未开展相关工作，可删除此部分。'))).toEqual(['提示：若未开展相关工作，可删除此部分。']);
    expect(prompts(report('（一）加强领导。召开会议4次。【没有此类案件的可不保留本段】'))).toEqual(['【没有此类案件的可不保留本段】']);
    expect(prompts(report('（一）加强领导。召开会议4次。（该项可酌情增删）'))).toEqual(['（该项可酌情增删）']);
    expect(prompts(report('（一）加强领导。召开会议4次。【本栏为必填项】'))).toEqual(['【本栏为必填项】']);
    expect(prompts(report('（一）加强领导。召开会议4次。（请视情况增删小标题）'))).toEqual(['（请视情况增删小标题）']);
    expect(prompts(report('（一）加强领导。召开会议4次。（此部分由法规科补充完善）'))).toEqual(['（此部分由法规科补充完善）']);
  });
  it('stays silent on a report deleting records or articles, and on its own notes', () => {
    expect(prompts(report('（一）清理文件。删除过时信息41条，建议删除第七条。注：数据截至12月25日。'))).toEqual([]);
    expect(prompts(report('（一）规范表单。申请表设选填项2个（以下简称“两项选填”）。'))).toEqual([]);
    expect(prompts(report('（一）严格审查。如无合法性审查意见，则不得提交集体讨论。'))).toEqual([]);
    expect(prompts(report('（一）优化服务。办事指南删去必填项5个，增加条目说明12处（以下数据由统计科提供）。'))).toEqual([]);
  });
});

describe('a note telling the drafter what a part must not be written as (outline-prompt)', () => {
  it('finds a prohibition on writing a part as something else', () => {
    expect(prompts(report('（一）加强领导。召开会议4次。注：成效部分不能写成工作流水账。'))).toEqual(['注：成效部分不能写成工作流水账。']);
    expect(prompts(report('（一）加强领导。召开会议4次。（切勿把问题表述为成绩）'))).toEqual(['（切勿把问题表述为成绩）']);
    expect(prompts(report('（一）加强领导。召开会议4次。注意事项：案例须写明办结时间。'))).toEqual(['注意事项：案例须写明办结时间。']);
    expect(prompts(report('（一）加强领导。召开会议4次。（整改措施须有完成时限，不可空泛）'))).toEqual(['（整改措施须有完成时限，不可空泛）']);
  });
  it('stays silent on a report forbidding acts, or telling how it kept its own account honest', () => {
    expect(prompts(report('（一）规范执法。不得随意执法，防止把检查变成刁难，严禁以罚代管。'))).toEqual([]);
    expect(prompts(report('（一）如实报告。坚持问题导向，防止把问题写成成绩的倾向。'))).toEqual([]);
    expect(prompts(report('（一）安全生产。注意事项：汛期每日巡查堤防。'))).toEqual([]);
  });
});

describe('a note telling the drafter to account item by item (outline-prompt)', () => {
  it('finds a modal before 逐项 / 逐条 and a verb of giving an account', () => {
    expect(prompts(report('（一）加强领导。召开会议4次。提示：整改情况应逐条报告。'))).toEqual(['提示：整改情况应逐条报告。']);
    expect(prompts(report('（一）加强领导。召开会议4次。注：履职情况要对照考核指标逐项作出说明。'))).toEqual(['注：履职情况要对照考核指标逐项作出说明。']);
  });
  it('stays silent on a note introducing the account, and on a report explaining its decisions', () => {
    expect(prompts(report('（一）加强领导。召开会议4次。注：对照职责清单逐项说明如下。'))).toEqual([]);
    expect(prompts(report('（一）公开征求意见。对未采纳的意见逐条说明理由。'))).toEqual([]);
  });
});

const selfReport = (body: string) =>
  `某区教育局2025年度法治建设工作自查报告\n2025年，某区教育局持续推进依法行政。现将有关情况报告如下：\n${body}\n三、存在的问题\n部分文书不规范。\n某区教育局\n2026年3月2日`;
const numbering = (text: string) =>
  check(text, 2025, 'self-inspection-report')
    .filter((f) => f.rule.startsWith('numbering-'))
    .map((f) => f.text);

describe('a sub-list whose first heading has its parent mark (heading-numbering)', () => {
  it('reports the opener once, not the （二） after it', () => {
    expect(numbering(selfReport('一、工作开展情况\n一、健全工作机制。全年召开会议6次。\n（二）规范执法行为。办理案件21件。\n二、组织领导情况\n主要负责人亲自部署。'))).toEqual(['一、']);
    expect(numbering(selfReport('一、工作开展情况\n（一）健全工作机制。\n（二）规范执法。\n二、组织领导情况\n一、压实责任。主要负责人亲自部署。\n（二）健全学法制度。全年学法12次。'))).toEqual(['一、']);
    expect(numbering(selfReport('一、工作开展情况\n（一）健全工作机制\n（一）完善议事规则。全年召开会议6次。\n2.完善考核机制。\n（二）规范执法。\n二、组织领导情况\n主要负责人亲自部署。'))).toEqual(['（一）']);
  });
  it('stays silent on a well-numbered report and keeps a repeated heading with no （二） after it a repeat', () => {
    expect(numbering(selfReport('一、工作开展情况\n（一）健全工作机制。\n（二）规范执法。\n二、组织领导情况\n主要负责人亲自部署。'))).toEqual([]);
    expect(numbering(selfReport('一、工作开展情况\n（一）健全工作机制。\n二、组织领导情况\n二、压实责任。\n三、整改情况'))).toHaveLength(1);
  });
});
