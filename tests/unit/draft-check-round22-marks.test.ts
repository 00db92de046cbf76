/**
 * Quotation marks and years, in the shapes the readers did not know: a quotation with one side typed as an ASCII
 * mark (one finding, at that mark, with a fix that replaces only it); a numbered item whose year names a document
 * made or carried out in the year (not the heading's year); 新的一年 with the year in brackets; and a revised law's year
 * of force counted far off with 新修订 before it. Each has look-alikes that must stay silent. Facts from the reference:
 * 行政处罚法 revised 2021-01-22, in force 2021-07-15 (central-documents.md); 行政复议法 in force from 2024-01-01
 * (central-documents.md 5); “两个确立”, “枫桥经验”, “放管服” (official-phrases.md).
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { annual, kindProbes, type Probe } from './helpers/kind-probes.ts';

/** A whole report on a year: title, opening, one section of work with the given lines, problems, plans, 落款. */
const whole = (year: number, lines: string[], plans: string[] = [`${year + 1}年，继续加强执法监督。`]): Probe => ({
  text: [`某县人民政府${year}年法治政府建设年度报告`, `${year}年，我县坚持依法行政，现将有关情况报告如下。`, '一、主要举措和成效', ...lines,
    '二、存在的不足', '执法队伍专业化不足。', '三、下一步打算', ...plans, '某县人民政府', `${year + 1}年1月20日`].join('\n'),
  year,
  type: annual,
});

kindProbes('round 22 (marks)', {
  'quotation-marks': {
    found: [
      whole(2025, ['（一）深刻领悟“两个确立"的决定性意义。']),
      whole(2025, ['（一）坚持和发展新时代"枫桥经验”，化解矛盾纠纷。']),
      whole(2025, ['（一）深化“放管服\'改革，优化营商环境。']),
    ],
    silent: [
      whole(2025, ['（一）深刻领悟“两个确立”的决定性意义。']),
      // A second-level quotation inside a first-level one.
      whole(2025, ['（一）开展“‘法’润万家”系列普法活动。']),
      // An apostrophe inside a Latin word is no quotation mark.
      whole(2025, ['（一）与Xi\'an律师事务所签订法律顾问合同。']),
    ],
  },
  'year-contradiction': {
    found: [
      // 新的一年 in a report is the year after the one reported on.
      whole(2025, ['（一）全年办理行政复议案件42件。'], ['新的一年（2025年），县政府将持续推进执法监督平台建设。']),
      whole(2024, ['（一）全年办理行政复议案件42件。'], ['新一年（2024年），继续深化综合行政执法改革。']),
      // The revised 行政处罚法 took effect in 2021: 2025 is not its first year, however far off the count.
      whole(2025, ['（一）今年是新修订的行政处罚法施行第一年，我局制定轻微违法行为不予处罚清单。']),
      whole(2024, ['（一）2024年是修订后的行政处罚法施行的第一年，全县开展执法人员轮训。']),
      // A heading on plans with a year that is not the next one is still found.
      { ...whole(2025, ['（一）全年办理行政复议案件42件。']), text: whole(2025, ['（一）全年办理行政复议案件42件。']).text.replace('三、下一步打算', '三、2025年工作打算') },
    ],
    silent: [
      whole(2025, ['（一）全年办理行政复议案件42件。'], ['新的一年（2026年），县政府将持续推进执法监督平台建设。']),
      whole(2021, ['（一）今年是新修订的行政处罚法施行第一年，我局制定轻微违法行为不予处罚清单。']),
      whole(2025, ['（一）2025年是新修订的行政复议法施行的第二年，全县认真贯彻新法。']),
      // A year after a verb that makes or carries out a document names the document, a plan of the report's year.
      whole(2025, ['（一）出台政府规章2部。', '（二）编制2025年度立法计划并全部完成。']),
      whole(2025, ['（一）印发2025年度普法责任清单。']),
      whole(2025, ['（一）落实2025年度行政执法检查计划。']),
      // A plan of the year told as carried out is work done, not a heading on plans.
      whole(2025, ['（一）2025年度立法计划全部完成。']),
    ],
  },
});

describe('round 22 (marks): one mistake, one finding', () => {
  const quoteFindings = (p: Probe) => check(p.text, p.year, p.type).filter((f) => rulesIn(f).some((r) => /quote/.test(r)));
  it('a closing side typed as an ASCII mark is one 错误 at that mark, fixed to ”', () => {
    const p = whole(2025, ['（一）推动“小事不出村、大事不出镇、矛盾不上交"。']);
    const found = quoteFindings(p);
    expect(found.map((f) => [f.text, f.level, f.fix])).toEqual([['"', 'error', '改为：”']]);
    expect(p.text[found[0]!.start - 1]).toBe('交');
  });
  it('an opening side typed as an ASCII mark is fixed to “', () => {
    const found = quoteFindings(whole(2025, ['（一）坚持"以公开为常态、不公开为例外”，主动公开政府信息。']));
    expect(found.map((f) => [f.text, f.fix])).toEqual([['"', '改为：“']]);
  });
  it('a lone full-width mark with no ASCII partner is still unpaired', () => {
    const found = quoteFindings(whole(2025, ['（一）深入开展“八五普法宣传。']));
    expect(found.map((f) => [f.rule, f.text])).toEqual([['consistency-unpaired-quote', '“']]);
  });
  it('a document of the report year named in an item gives no heading-year 错误, a plans heading still does', () => {
    const item = whole(2025, ['（二）编制2025年度立法计划并全部完成。']);
    expect(check(item.text, 2025, annual).filter((f) => rulesIn(f).includes('consistency-heading-year'))).toEqual([]);
    const heading = item.text.replace('三、下一步打算', '三、2025年工作打算');
    expect(check(heading, 2025, annual).filter((f) => rulesIn(f).includes('consistency-heading-year')).map((f) => [f.text, f.level])).toEqual([['2025', 'error']]);
  });
});
