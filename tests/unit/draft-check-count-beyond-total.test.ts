import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (opening: string, body: string, problems: string) =>
  `某市市场监督管理局2025年度法治政府建设情况报告\n2025年，我局坚持依法行政，${opening}现报告如下。\n一、主要工作\n${body}\n二、存在的问题\n${problems}\n三、下一步打算\n继续抓好法治建设。\n`;
const counts = (opening: string, body: string, problems: string) =>
  checkDraft(report(opening, body, problems), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total' || f.rule === 'consistency-parts-sum');
const body = '（一）抓执法。办理行政处罚案件64件。（二）抓普法。开展“八五”普法宣传。';

describe('a later number-first count larger than the year’s one total', () => {
  it('marks sessions told as 培训班 and later as 培训 (举办法治培训班 … N场法治培训)', () => {
    const found = counts('全年举办法治培训班12场，', body, '一是执法人员能力不足，15场法治培训仍以讲授为主。');
    expect(found.map((f) => f.level)).toEqual(['hint']);
  });
  it('marks the staff training told with its audience (开展干部法治培训 … N次法治培训均)', () => {
    expect(counts('', '（一）抓学习。全年开展干部法治培训9次。（二）抓执法。办理行政处罚案件64件。', '一是学用结合不够，19次法治培训均安排在上半年。')).toHaveLength(1);
  });
  it('marks a group told as a team and later by its members (法律顾问团队共N名 … M名法律顾问参与)', () => {
    expect(counts('聘请常年法律顾问团队共5名，', body, '一是法律顾问作用发挥不充分，8名法律顾问参与决策论证的次数偏少。')).toHaveLength(1);
  });
  it('marks the reviewed documents and their review opinions (对N件文件进行合法性审核 … M件文件审核意见)', () => {
    expect(counts('全年对14件行政规范性文件进行合法性审核，', body, '一是审核力量不足，41件行政规范性文件审核意见采纳情况未跟踪。')).toHaveLength(1);
  });
});

describe('look-alikes that stay silent', () => {
  it('a smaller later count may be a part of the total (3名法律顾问 of 7)', () => {
    expect(counts('聘请法律顾问7名、公职律师3名，', body, '一是3名法律顾问参与重大决策论证的深度不够。')).toEqual([]);
  });
  it('a share named as such (培训中的3场, 其中, 另有)', () => {
    expect(counts('全年举办法治培训班20场，', body, '一是20场培训中的3场法治培训覆盖基层所站。')).toEqual([]);
    expect(counts('全年举办法治培训班20场，', body, '一是另有25场法治培训由各科室自行组织。')).toEqual([]);
  });
  it('another measure of the same unit, or another thing after the shared words', () => {
    expect(counts('全年举办法治培训班20场，', body, '一是26场法治讲座覆盖面不广。')).toEqual([]);
    expect(counts('全年举办法治培训班20场，', body, '一是法治培训师资不足，26场法治培训师资课程更新慢。')).toEqual([]);
  });
  it('another period or an agreeing number', () => {
    expect(counts('全年举办法治培训班20场，', body, '一是近三年来60场法治培训覆盖全体干部，但实效不足。')).toEqual([]);
    expect(counts('全年举办法治培训班20场，', body, '一是20场法治培训覆盖全体在编干部，但案例教学偏少。')).toEqual([]);
  });
  it('two earlier counts of the thing: only a digit slip of one speaks', () => {
    const twice = (later: string) => counts('全年举办法治培训班20场，', '（一）抓学习。开展干部法治培训18场。（二）抓执法。办理行政处罚案件64件。', `一是${later}场法治培训覆盖面不广。`);
    expect(twice('25')).toEqual([]);
    expect(twice('81')).toHaveLength(1);
  });
});

describe('short things named by the act before them', () => {
  it('marks 审查合同N份 … M份合同审查意见 and 组织旁听庭审 … 次旁听庭审活动均', () => {
    expect(counts('全年审查合同16份，', body, '一是合同管理不够规范，26份合同审查意见未逐项反馈。')).toHaveLength(1);
    expect(counts('全年组织旁听庭审3次，', body, '一是5次旁听庭审活动均未组织讨论。')).toHaveLength(1);
  });
  it('stays silent when the short thing is not reviewed (签订合同 … 合同审查意见) or is too general (案件)', () => {
    expect(counts('全年签订合同16份，', body, '一是26份合同审查意见未逐项反馈。')).toEqual([]);
    expect(counts('全年办理案件16件，', body, '一是26件案件均未按期办结。')).toEqual([]);
  });
});

describe('the later count in a duty paragraph, not the problems section', () => {
  it('marks 配备法律顾问N名 … M名法律顾问均列席 in the body', () => {
    expect(counts('配备法律顾问6名，', '（一）抓决策。重大决策前听取法律意见，8名法律顾问均列席党组会议。（二）抓执法。办理行政处罚案件64件。', '一是基层力量不足。')).toHaveLength(1);
  });
  it('stays silent when the later clause names another scope (各乡镇)', () => {
    expect(counts('配备法律顾问6名，', '（一）抓决策。指导各乡镇聘请法律顾问，重点领域8名法律顾问均列席会议。（二）抓执法。办理行政处罚案件64件。', '一是基层力量不足。')).toEqual([]);
  });
});

describe('a stock of people held at a date', () => {
  it('stays silent when more people pass through the year’s work than the holders counted (持证执法人员共N名 … 对M名持证执法人员开展轮训)', () => {
    expect(counts('全局持证执法人员共90名，', '（一）抓执法。对96名持证执法人员开展轮训。（二）抓普法。开展“八五”普法宣传。', '一是基层力量不足。')).toEqual([]);
    expect(counts('现有在编干部共40名，', '（一）抓学习。44名在编干部均参加网上学法考试。（二）抓普法。开展“八五”普法宣传。', '一是基层力量不足。')).toEqual([]);
  });
});
