/**
 * Round 60 (number-mismatch): a success count after a 其中 list of handlers closes the list and is of the whole, not of
 * the last part (v62c template); two counts of people sharing only the word for who they are (干部) are two measures
 * (v62b-outline-prompt-10); the opening's count against the body's count of one measure named in other words, for
 * 主动公开(政府)信息, 送法进村, 审查合同 / 经法律顾问审查的合同, 执法人员参训, 审核规范性文件 by the own level's 司法局,
 * and the body restating its one number (v62c-number-mismatch-01, -05, -07, -09; v62d-number-mismatch-02, -03, -05 … -08,
 * -11). Sentences written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const report = (opening: string, body: string, problems = '基层执法力量仍显薄弱。', title = '岚溪县人民政府2025年度法治政府建设情况报告') =>
  `${title}\n2025年，岚溪县深入学习贯彻习近平法治思想，${opening}。现将有关情况报告如下：\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一步打算\n计划组织集体学法8次。\n岚溪县人民政府\n2026年1月12日`;
const mismatches = (text: string) => check(text, 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'number-mismatch'));
const places = (text: string) => mismatches(text).flatMap((f) => (f.places ?? [f]).map((p) => text.slice(p.start, p.end)));

describe('a success count after a list of handlers', () => {
  const opening = '全年审查合同45份';
  it('stays silent when the success count is within the whole', () => {
    const text = report(opening, '全县排查调处矛盾纠纷512件，其中人民调解委员会调处300件、行业性调解组织调处212件，调解成功498件。');
    expect(places(text)).toEqual([]);
  });
  it('stays silent with other handlers and 化解成功', () => {
    const text = report(opening, '全年调解矛盾纠纷88起，其中镇调委会调解50起、村调委会调解38起，化解成功86起。');
    expect(places(text)).toEqual([]);
  });
  it('reports a success count above the whole', () => {
    const text = report(opening, '全县排查调处矛盾纠纷512件，其中人民调解委员会调处300件、行业性调解组织调处212件，调解成功520件。');
    expect(places(text)).toContain('520件');
  });
  it('still reports a success count above the count just before it without a list', () => {
    const text = report(opening, '全年调处矛盾纠纷130件，调解成功133件。');
    expect(places(text)).toContain('133件');
  });
});

describe('people counts sharing only who they are', () => {
  it('stays silent on transposed digits of two acts by 干部', () => {
    const text = report('全年审查合同45份', '组织185名干部参加年度学法考试，合格率100%。严格落实“三个规定”，158名干部签订承诺书。');
    expect(places(text)).toEqual([]);
  });
  it('still reports transposed digits of one act', () => {
    const text = report('全年审查合同45份', '组织185名干部参加年度学法考试，合格率100%。全年参加年度学法考试的158名干部均合格。');
    expect(places(text).length).toBeGreaterThan(0);
  });
});

describe('the opening’s measure named in other words in the body (round 60 measures)', () => {
  const caught: [string, string, string][] = [
    ['主动公开信息1520条', '坚持以公开为常态，岚溪县全年主动公开政府信息1523条。', '1523条'],
    ['全年主动公开政府信息840条', '推进政务公开，主动公开信息846条。', '846条'],
    ['开展送法进村（社区）活动26场', '落实普法责任制，组织送法进村（社区）29场。', '29场'],
    ['审查合同96份', '发挥法律顾问作用，经法律顾问审查的合同98份。', '98份'],
    ['组织执法人员培训420人次', '执法人员参训426人次，执法证件持证率100%。', '426人次'],
    ['培训执法人员300人次', '分层分类开展培训，累计培训执法人员305人次。', '305人次'],
    ['完成规范性文件合法性审核22件', '县司法局法制审核股审核规范性文件24件，提出修改意见30条。', '24件'],
    ['合法性审核行政规范性文件12件', '落实审核机制，对15件行政规范性文件逐件开展合法性审核。', '15件'],
    ['合法性审核行政规范性文件12件', '全年提交审议的14件行政规范性文件均经合法性审核。', '14件'],
  ];
  for (const [opening, body, figure] of caught) {
    it(`reports ${figure}: ${body}`, () => expect(places(report(opening, body))).toContain(figure));
  }
  it('reports the body restating one number twice against the opening', () => {
    const text = report('开展送法进村（社区）活动26场', '组织送法进村（社区）29场，发放资料800份。', '全年虽送法进村（社区）活动29场，但覆盖面不够。');
    expect(places(text)).toContain('26场');
  });
  const silent: [string, string, string?][] = [
    // The same number in other words.
    ['主动公开信息1520条', '岚溪县全年主动公开政府信息1520条。'],
    // The body restating the opening's number in the problems: the body's count is told there.
    ['开展送法进村（社区）活动26场', '组织送法进村（社区）26场。', '全年虽送法进村（社区）活动26场，但覆盖面不够。'],
    // An adviser's count below the opening's whole may be a share of it.
    ['审查合同96份', '发挥法律顾问作用，经法律顾问审查的合同60份。'],
    // Another place's 司法局 is not the report's own reviewer.
    ['完成规范性文件合法性审核22件', '市司法局审核规范性文件24件。'],
    // A kind of document named between the words: a part.
    ['完成规范性文件合法性审核22件', '全年审核涉企规范性文件9件。'],
  ];
  for (const [opening, body, problems] of silent) it(`stays silent: ${opening} / ${body}`, () => expect(places(report(opening, body, problems))).toEqual([]));
});
