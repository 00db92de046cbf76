import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (opening: string, body: string, problems: string) =>
  `某县应急管理局2025年度法治建设工作报告\n2025年，我局坚持依法行政，${opening}现报告如下。\n一、主要工作\n${body}\n二、存在的问题\n${problems}\n三、下一步打算\n继续抓好法治建设。\n`;
const numberHints = (opening: string, body: string, problems = '一是基层执法力量不足。') =>
  checkDraft(report(opening, body, problems), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total');
/** This round's reader speaks of one paragraph (同一段里); other readers may also read a pair with specific words. */
const confirmedHints = (opening: string, body: string, problems = '一是基层执法力量不足。') => numberHints(opening, body, problems).filter((f) => f.message.startsWith('同一段里'));
const spans = (found: ReturnType<typeof numberHints>, opening: string, body: string, problems = '一是基层执法力量不足。') =>
  found.map((f) => report(opening, body, problems).slice(f.start, f.end));

describe('one measure told twice in a paragraph, one number confirmed by its parts', () => {
  it('marks the unconfirmed count after a link word (同时 …), at its own number', () => {
    const body = '（一）抓执法培训。依托网络学院组织在线测试，同时举办法治培训9场。全年举办法治培训7场，其中集中培训4场、网络培训3场，参训560人次。';
    const found = numberHints('', body);
    expect(found.map((f) => f.level)).toEqual(['hint']);
    expect(spans(found, '', body)).toEqual(['9场']);
  });
  it('marks a count framed by a topic given by examples (围绕…等内容)', () => {
    const body = '（一）抓执法培训。全年举办法治培训12场，其中市级培训5场、县级培训7场。围绕安全生产法、消防法等内容举办法治培训15场，参训900人次。';
    expect(spans(numberHints('', body), '', body)).toEqual(['15场']);
  });
  it('stays silent when another word narrows one side, the parts do not add up, or the numbers agree', () => {
    expect(confirmedHints('', '（一）抓干部学法。上半年举办法治培训3场。全年举办法治培训7场，其中集中培训4场、网络培训3场。')).toEqual([]);
    expect(confirmedHints('', '（一）抓干部学法。为新录用人员举办法治培训2场。全年举办法治培训7场，其中集中培训4场、网络培训3场。')).toEqual([]);
    expect(confirmedHints('', '（一）抓干部学法。同时举办法治培训9场。全年举办法治培训7场，其中集中培训4场、网络培训2场。')).toEqual([]);
    expect(confirmedHints('', '（一）抓干部学法。同时举办法治培训7场。全年举办法治培训7场，其中集中培训4场、网络培训3场。')).toEqual([]);
  });
  it('stays silent when the two counts stand in two paragraphs (two events may share words)', () => {
    expect(confirmedHints('', '（一）抓干部学法。同时举办法治培训9场。\n（二）抓制度建设。全年举办法治培训7场，其中集中培训4场、网络培训3场。')).toEqual([]);
  });
});

describe('one measure told twice in a paragraph, one number confirmed by an equal statement elsewhere', () => {
  it('marks the body count that disagrees with the opening and its own restatement, a narrowing lead notwithstanding when it exceeds the whole', () => {
    const opening = '全年开展普法活动46场，';
    const body = '（一）落实普法责任制。对重点企业开展专项走访，本年度开展普法活动48场。覆盖群众2万人次，全年开展普法活动46场。';
    expect(spans(confirmedHints(opening, body), opening, body)).toEqual(['48场']);
  });
  it('stays silent on a narrowed count smaller than the confirmed whole (a part)', () => {
    expect(confirmedHints('全年开展普法活动46场，', '（一）落实普法责任制。聚焦安全生产领域，开展普法活动12场。覆盖群众2万人次，全年开展普法活动46场。')).toEqual([]);
  });
  it('stays silent when nothing confirms either number, or a third count makes it a series', () => {
    expect(confirmedHints('', '（一）规范合同管理。本年度审查行政合同48份。合同备案率达到100%，全年审查行政合同46份。')).toEqual([]);
    expect(confirmedHints('全年审查行政合同46份，', '（一）规范合同管理。本年度审查行政合同48份。全年审查行政合同46份。年内审查行政合同50份。')).toEqual([]);
  });
});

describe('a standing group restated number-first as the whole (N名…中仍有)', () => {
  it('marks the problems section’s group size against the stock (现有公职律师6名 … 8名公职律师中仍有)', () => {
    const body = '（一）健全公职律师制度。充实公职律师队伍，现有公职律师6名，全年出具法律意见32份。';
    const problems = '一是8名公职律师中仍有部分人员参与决策论证不够深入。';
    expect(spans(numberHints('', body, problems), '', body, problems)).toHaveLength(1);
  });
  it('stays silent when the sizes agree, or the earlier count is no stock (cases of two stages)', () => {
    expect(numberHints('', '（一）健全公职律师制度。现有公职律师6名，全年出具法律意见32份。', '一是6名公职律师中仍有部分人员参与决策论证不够深入。')).toEqual([]);
    expect(numberHints('', '（一）应诉工作。全年办理行政诉讼案件12件。', '一是15件行政诉讼案件中有2件败诉。')).toEqual([]);
  });
});
