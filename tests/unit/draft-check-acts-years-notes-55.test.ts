/**
 * Issue 25, round 55: two acts on one noun are two counts (报备 and 清理 规范性文件); the report's own work under the year of
 * its 落款; 集体讨论通过 as the fifth step of the decision procedure; an editor's note left in the body; an ended plan made
 * the next year's 纲. Probes in words of their own, not items of any set.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, textsByRule } from './helpers/draft-check.ts';

const mismatches = (text: string, year = 2025) => check(text, year).filter((f) => kindOf.get(f.rule) === 'number-mismatch').map((f) => f.text);

const report = (opening: string, body: string) =>
  `青山县审计局关于2025年度法治政府建设情况的报告\n2025年，我局坚持以习近平法治思想为指导，${opening}，现将有关情况报告如下。\n一、主要举措和成效\n（一）完善制度体系。${body}\n二、存在的问题\n执法队伍专业化水平有待提高。\n青山县审计局\n2026年1月15日`;

describe('two acts on one noun are two counts', () => {
  it('报备 and 清理 of 规范性文件, or 报备 and 公开, stay apart whatever the numbers', () => {
    expect(mismatches(report('向上级报备规范性文件7件', '以制度建设为抓手，清理规章以外的规范性文件31件，执法争议明显减少；全年向上级报备规范性文件7件。'))).toEqual([]);
    expect(mismatches(report('向市政府报备行政规范性文件4件', '开展文件专项清理，清理行政规范性文件26件。'))).toEqual([]);
  });
  it('the same act restated with another number is still read', () => {
    expect(mismatches(report('向上级报备规范性文件7件', '严格备案管理，全年向上级报备规范性文件9件，报备率100%。'))).not.toEqual([]);
  });
});

const shufa = (duty: string, signed = '2025年1月20日', plans = '2025年，拟开展年终集中述法2次。') =>
  `玉泉县水利局局长2024年度述法报告\n2024年，本人认真履行推进法治建设第一责任人职责，现就有关情况述法如下。\n一、履行职责情况\n（一）带头学法。参加集中学法8次。\n二、履行第一责任人职责情况\n${duty}\n三、存在的问题和不足\n法治宣传的针对性还不够强。\n四、下一步改进举措\n${plans}\n述法人：玉泉县水利局局长　林远\n${signed}`;
const years = (text: string) => check(text, 2024, 'shufa-report').filter((f) => kindOf.get(f.rule) === 'year-contradiction').map((f) => f.text);

describe('the own work told under the year of the 落款', () => {
  it('a clause or sentence opened by the 落款 year, then the teller and an act told as done', () => {
    expect(years(shufa('严格履行第一责任人职责，把法治建设纳入年度工作计划，2025年，本人主持召开法治建设专题会议3次。'))).toEqual(['2025']);
    expect(years(shufa('2025年，我局组织开展行政执法案卷评查2次，发现问题均已整改。'))).toEqual(['2025']);
  });
  it('a plan, a comparison, the plan section, or a clause naming the reported year stay silent', () => {
    expect(years(shufa('2025年，本人将主持召开法治建设专题会议不少于3次。'))).toEqual([]);
    expect(years(shufa('全年主持研究法治建设议题6次，较上年增加2次。'))).toEqual([]);
    expect(years(shufa('全年主持召开法治建设专题会议3次。', '2025年1月20日', '2025年，本人主持召开专题会议研究整改。'))).toEqual([]);
    expect(years(shufa('严格履行第一责任人职责，2025年，本人主持召开会议专题研究2024年度述法工作。'))).toEqual([]);
    expect(years(shufa('2024年，本人主持召开法治建设专题会议3次。'))).toEqual([]);
  });
});

describe('集体讨论通过 in the list of the decision procedure', () => {
  const names = (text: string) => check(text, 2025).filter((f) => kindOf.get(f.rule) === 'system-name').map((f) => f.text);
  it('as the fifth step after another one', () => {
    expect(names('把公众参与、专家论证、风险评估、合法性审查、集体讨论通过作为重大行政决策必经程序。')).toEqual(['集体讨论通过']);
    expect(names('决策草案经合法性审查和集体研究通过后公布。')).toEqual(['集体研究通过']);
  });
  it('a text passed by a meeting is not the procedure', () => {
    expect(names('《行政执法责任制实施方案》经局党组会议集体讨论通过后印发。')).toEqual([]);
    expect(names('年度普法计划经局务会集体讨论通过。')).toEqual([]);
    expect(names('《管理办法》经合法性审查，集体讨论通过后印发。')).toEqual([]);
  });
});

describe('an editor\'s note left in the body', () => {
  it('an editor\'s label in a bracket, and a part told to draw in a leader\'s words', () => {
    expect(textsByRule('outline-prompt', '推进公共法律服务进园区。（编者按：这里宜补一段成效）')).toEqual(['（编者按：这里宜补一段成效）']);
    expect(textsByRule('outline-prompt', '全年办结信访事项41件。【编辑注：核对后删去】')).toEqual(['【编辑注：核对后删去】']);
    expect(check('推进公共法律服务进园区。此处可引用县委书记讲话原文。', 2025).some((f) => kindOf.get(f.rule) === 'outline-prompt')).toBe(true);
  });
  it('a report quoting a leader\'s instruction, or an editor named in passing, stays silent', () => {
    expect(check('认真落实县委书记批示精神，此处整改已完成。（编辑部负责人列席会议）', 2025).filter((f) => kindOf.get(f.rule) === 'outline-prompt')).toEqual([]);
    expect(check('此处引用了市长讲话原文。', 2025).filter((f) => kindOf.get(f.rule) === 'outline-prompt')).toEqual([]);
  });
});

describe('an ended plan made the next year\'s 纲', () => {
  const expired = (text: string) => check(text, 2025, 'shufa-report').filter((f) => kindOf.get(f.rule) === 'expired-document-as-guidance').map((f) => f.text);
  const plans = (line: string) => `2025年度述法报告\n一、履职情况\n全年主持学法6次。\n二、下一步工作安排\n${line}\n述法人：县长　周平\n2026年1月10日`;
  it('以…为纲, 为蓝图, 为路线图 in the next year\'s plans', () => {
    expect(expired(plans('2026年继续以《法治中国建设规划（2020—2025年）》为纲推进各项工作。'))).not.toEqual([]);
    expect(expired(plans('2026年仍以《法治政府建设实施纲要（2021—2025年）》为路线图，补齐短板。'))).not.toEqual([]);
  });
  it('the plan recalled as history, or a current text as the 纲, stays silent', () => {
    expect(expired(plans('回顾《法治中国建设规划（2020—2025年）》实施以来的成效，总结经验。'))).toEqual([]);
    expect(expired(plans('2026年以党中央关于法治中国建设的最新部署为纲推进各项工作。'))).toEqual([]);
  });
});
