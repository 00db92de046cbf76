/**
 * Issue 25, round 57, number-mismatch: one count of a thing told in words of one act (化解/调处, 举办/开展/组织, 涉及)
 * with one number off: restated number first in the problems part (N件X中), with 的 after the act or the organ added
 * (涉及我局的X) elsewhere; only where such a look back ties the counts. Probes in words of their own, not items of any set.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

type Hit = { text: string; places: string[] };
const hits = (text: string, year = 2025): Hit[] =>
  check(text, year)
    .filter((f) => kindOf.get(f.rule) === 'number-mismatch')
    .map((f) => ({ text: f.text, places: (f.places ?? [f]).map((p) => text.slice(p.start, p.end)) }));
const touches = (found: Hit[], words: string) => found.some((h) => h.text.includes(words) || h.places.some((p) => p.includes(words) || words.includes(p)));

const report = (opening: string, body: string, problems = '二是执法队伍专业化水平有待提高。', plans = '2026年，将持续提升依法行政水平。') =>
  `柘川县司法局关于2025年度法治政府建设情况的报告\n2025年，我局坚持以习近平法治思想为指导，${opening}，法治政府建设取得新进展，现将有关情况报告如下。\n一、主要举措和成效\n（一）依法履职。${body}\n（二）强化监督。开展执法案卷评查，评查案卷52卷。\n二、存在的问题和不足\n对照上级要求，还存在一些差距：一是法治督察成果运用不够充分；${problems}\n三、2026年工作安排\n${plans}\n柘川县司法局\n2026年1月22日`;

describe('one count told in words of one act', () => {
  it('the problems part restates the count number first with another number', () => {
    const t = report('全年受理行政复议申请30件', '坚持和发展新时代“枫桥经验”，排查化解各类矛盾纠纷312件，成功化解298件。', '二是318件矛盾纠纷中仍有14件未能化解。');
    expect(touches(hits(t), '318件矛盾纠纷')).toBe(true);
  });
  it('the act with 的 before the number, against the body in another act of one sense', () => {
    const t = report('全年审核规范性文件12件', '各级调解组织调处矛盾纠纷75件，调解成功70件。', '二是化解的81件矛盾纠纷中，部分纠纷反复性较强。');
    expect(touches(hits(t), '81件矛盾纠纷')).toBe(true);
  });
  it('the odd one of three counts is marked: the opening against body and problems', () => {
    const t = report('全年开展普法宣传活动64场', '结合“法律进乡村”，组织普法宣传活动61场。', '二是61场普法宣传活动中面向新业态从业者的偏少。');
    const found = hits(t);
    expect(touches(found, '开展普法宣传活动64场')).toBe(true);
  });
  it('the organ added in the body, tied by the problems part\'s look back', () => {
    const t = report('全年涉及行政诉讼案件9件', '年内涉及我局的行政诉讼案件11件，负责人出庭应诉9件。', '二是9件行政诉讼案件中有2件败诉。');
    expect(touches(hits(t), '行政诉讼案件11件')).toBe(true);
  });
  it('two words-first counts without a look back are left to the ledger', () => {
    expect(hits(report('全年审核规范性文件12件', '开展法治讲座6场。', '二是开展法治讲座8场以上，但覆盖面不够。'))).toEqual([]);
  });
});

describe('look-alikes stay silent', () => {
  it('the same number told three ways', () => {
    expect(hits(report('全年调处矛盾纠纷312件', '排查化解各类矛盾纠纷312件，成功化解298件。', '二是312件矛盾纠纷中仍有14件未能化解。'))).toEqual([]);
  });
  it('a part, a share of an occasion, a doer of its own and a plan keep their own numbers', () => {
    expect(hits(report('全年调处矛盾纠纷312件', '其中调处物业纠纷外的矛盾纠纷280件；成功化解矛盾纠纷298件。'))).toEqual([]);
    expect(hits(report('全年开展普法宣传活动64场', '“宪法宣传周”期间开展普法宣传活动12场。'))).toEqual([]);
    expect(hits(report('全年调处矛盾纠纷312件', '12个村调解委员会调处矛盾纠纷207件。'))).toEqual([]);
    expect(hits(report('全年调处矛盾纠纷312件', '落实调解制度。', undefined, '2026年计划调处矛盾纠纷350件。'))).toEqual([]);
  });
  it('another act on the same thing is another measure', () => {
    expect(hits(report('全年受理行政复议案件30件', '依法办结行政复议案件27件。', '二是27件行政复议案件中有3件被纠错。'))).toEqual([]);
  });
  it('three numbers for one thing are left to other readers', () => {
    expect(hits(report('全年调处矛盾纠纷312件', '排查化解各类矛盾纠纷315件。', '二是318件矛盾纠纷中仍有14件未能化解。')).filter((h) => h.places.some((p) => p.includes('318件')) && h.places.some((p) => p.includes('315件')))).toEqual([]);
  });
});

describe('two body counts', () => {
  it('two doers in the body, one number each, stay silent', () => {
    expect(hits(report('全年审核规范性文件12件', '调处矛盾纠纷96件，其中邻里纠纷40件。各级调解组织排查化解矛盾纠纷388件，调解成功率95.1%。'))).toEqual([]);
  });
});
