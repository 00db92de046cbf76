import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// Round 53: the opening lists the year's figures, some with no act (公职律师8名, 重大行政决策事项12项), some a kind of
// event (开展法治宣传活动40场); the body states each once in another shape: number first for the team it relied on, a
// 目录's size, the events named by their examples.
const compiled = loadCompiled();
const draft = (opening: string, body: string) =>
  `某市卫生健康委员会2025年法治政府建设年度报告\n2025年，我委坚持依法行政，${opening}。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n基层执法力量仍然薄弱。\n三、下一步工作打算\n下一步，我委将持续用力。\n某市卫生健康委员会\n2026年2月1日\n`;
const numberRules = new Set(compiled.rules.filter((r) => r.kind === 'number-mismatch').map((r) => r.id));
const numbers = (text: string) =>
  checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => numberRules.has(f.rule)).map((f) => f.text);

describe('a listed stock with no act (全委公职律师8名、…)', () => {
  it('pairs it with the body\'s one count of the team or the thing', () => {
    expect(numbers(draft('全委公职律师8名、办理行政复议案件12件', '（一）依法决策。依靠7名公职律师审核各类协议，出具意见书40份。'))).toEqual(['7名']);
    // Another reader may mark the body's number with its noun: one finding, on 14项.
    expect(numbers(draft('带领班子重大行政决策事项12项、办理行政复议案件9件', '（一）依法决策。对14项重大行政决策事项全部进行合法性审查，未发现违法情形。')).map((t) => t.slice(0, 3))).toEqual(['14项']);
  });
  it('stays silent for some of the team, a wider scope, or a thing counted twice', () => {
    expect(numbers(draft('全委公职律师8名、办理行政复议案件12件', '（一）依法决策。选派5名公职律师参加业务培训，提升审查能力。'))).toEqual([]);
    expect(numbers(draft('全市公职律师80名、办理行政复议案件12件', '（一）依法决策。依靠7名公职律师审核各类协议，出具意见书40份。'))).toEqual([]);
    expect(numbers(draft('带领班子重大行政决策事项12项、办理行政复议案件9件', '（一）依法决策。集体审议重大行政决策事项12项，对其中11项重大行政决策事项开展风险评估。'))).toEqual([]);
  });
});

describe('a stock of people taken on (全年配备公职律师6名)', () => {
  it('pairs it with a number-first count claiming the whole team', () => {
    expect(numbers(draft('全年配备公职律师6名', '（一）依法决策。5名公职律师全程参与重大决策论证，提出意见30条。'))).toEqual(['5名']);
  });
  it('stays silent where the body count may be some of them', () => {
    expect(numbers(draft('全年配备公职律师6名', '（一）依法决策。3名公职律师参与重大决策论证，提出意见30条。'))).toEqual([]);
  });
});

describe('a 目录 of decisions: its size is the year\'s decisions', () => {
  it('pairs the listed decisions with the catalogue\'s count', () => {
    expect(numbers(draft('领导班子重大行政决策事项12项、办理行政复议案件9件', '（一）依法决策。编制并公布年度重大行政决策事项目录，确定10项。'))).toEqual(['10项']);
  });
  it('stays silent where the body counts the decisions another time', () => {
    expect(numbers(draft('领导班子重大行政决策事项12项、办理行政复议案件9件', '（一）依法决策。编制并公布年度重大行政决策事项目录，确定10项，审议重大行政决策事项12项。'))).toEqual([]);
  });
});

// Round 53 also paired the opening's 活动 count with a body count told by quoted examples (“法律进社区”“法律进校园”活动20场).
// The blind audit of v54 judged that pair two different measures (case 18) and a 等-closed form unsure (case 10), so the
// reader was withdrawn at merge: these stay silent.
describe('a kind of event told in the body by its examples', () => {
  it('is not compared with the opening\'s events (v54 audit: another measure)', () => {
    expect(numbers(draft('全年开展法治宣传活动40场、办理行政复议案件9件', '（一）深化宣传。举办“健康法治进医院”“法律进乡村”活动36场，覆盖群众5000人次。'))).toEqual([]);
    expect(numbers(draft('全年开展法治宣传活动40场、办理行政复议案件9件', '（一）深化宣传。举办“法律进乡村”活动6场，覆盖群众5000人次。'))).toEqual([]);
    expect(numbers(draft('全年开展法治宣传活动40场、办理行政复议案件9件', '（一）深化宣传。组织法律知识竞赛、普法情景剧等活动6场，覆盖群众5000人次。'))).toEqual([]);
  });
});
