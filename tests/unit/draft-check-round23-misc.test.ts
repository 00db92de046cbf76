/**
 * Years, dates, expired targets and old wording, in shapes the readers did not know: a dated target (到2025年…) kept
 * as the standard of a later year's work; the collective name “一规划两纲要” with a wrong closing year; a 落款 date
 * with a label and no day; the old 十六字方针 named as the era a story begins in. Each has look-alikes that must stay
 * silent. Facts from the reference: the 法律明白人 target “到2025年…每个行政村至少培养3名” and the three plans ending
 * in 2025 (currency-2026.md §1); “一规划两纲要” (requirements.md 四); the old and the current 方针 (official-phrases.md A4).
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { annual, kindProbes, shufa, type Probe } from './helpers/kind-probes.ts';

/** A whole annual report on a year: title, opening, one section of work with the given lines, problems, plans, 落款. */
const whole = (year: number, lines: string[], signoff = `${year + 1}年1月20日`): Probe => ({
  text: [`某县人民政府${year}年法治政府建设年度报告`, `${year}年，我县坚持依法行政，现将有关情况报告如下。`, '一、主要举措和成效', ...lines,
    '二、存在的不足', '执法队伍专业化不足。', '三、下一步打算', `${year + 1}年，继续加强执法监督。`, '某县人民政府', signoff].join('\n'),
  year,
  type: annual,
});

/** A 述法 report on a year with the given closing lines (the 落款). */
const shufaReport = (year: number, signoff: string[]): Probe => ({
  text: [`某县司法局局长${year}年度述法报告`, `${year}年，本人认真履行推进法治建设第一责任人职责。`, '一、主要工作', '全年组织局党组会前学法8次。',
    '二、存在问题', '普法针对性不强。', '三、下一步打算', `${year + 1}年，健全学法制度。`, ...signoff].join('\n'),
  year,
  type: shufa,
});

kindProbes('round 23 (misc)', {
  'expired-document-as-guidance': {
    found: [
      whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，2026年继续按此标准培养法律明白人180名。']),
      whole(2026, ['（一）按照到2025年每个行政村至少培养3名“法律明白人”的目标，今年新培养“法律明白人”96名。']),
      whole(2027, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，本年度仍按这一标准开展培养。']),
    ],
    silent: [
      // The target in its own year, and the target told as reached or reviewed.
      whole(2025, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，新培养法律明白人215名。']),
      whole(2026, ['（一）“到2025年每个行政村至少培养3名法律明白人”的目标已全部完成，2026年开展法律明白人积分管理。']),
      whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求进行总结评估，全县平均每村4.2名。']),
      whole(2026, ['（一）全县各村均已按照到2025年每村至少培养3名“法律明白人”的目标完成培养，2026年开展能力提升培训。']),
      // 继续 without a dated target is ordinary work.
      whole(2026, ['（一）2026年继续按照县委要求培养法律明白人180名。']),
    ],
  },
  'year-contradiction': {
    found: [
      whole(2026, ['（一）今年是“一规划两纲要”的收官之年，县政府全面完成各项任务。']),
      whole(2024, ['（一）2024年是一规划两纲要收官之年，全县对标推进。']),
    ],
    silent: [
      whole(2025, ['（一）今年是“一规划两纲要”的收官之年，县政府全面完成各项任务。']),
      whole(2026, ['（一）在“一规划两纲要”圆满收官的基础上，2026年全县法治建设开局良好。']),
    ],
  },
  'signing-date': {
    found: [
      shufaReport(2026, ['本人签字：王某', '日期：2026年10月']),
      shufaReport(2026, ['述法人：王某', '落款日期：2026年6月']),
    ],
    silent: [
      shufaReport(2026, ['本人签字：王某', '日期：2027年1月']),
      // 11月、12月 of a 述法 year stay a hint of their own rule, no 错误 (round 5).
      shufaReport(2026, ['述法人：王某', '2027年1月15日']),
    ],
  },
  'outdated-wording': {
    found: [
      whole(2025, ['（一）坚持有法可依、有法必依、执法必严、违法必究，全面推进依法行政。']),
      whole(2025, ['（一）我县牢记有法可依、有法必依、执法必严、违法必究的方针，严格执法。']),
    ],
    silent: [
      whole(2025, ['（一）我县法治建设起步于“有法可依、有法必依、执法必严、违法必究”方针提出的年代，如今全面推进科学立法、严格执法、公正司法、全民守法。']),
      whole(2025, ['（一）上世纪八十年代，我县贯彻有法可依、有法必依、执法必严、违法必究的方针，开展法制宣传。']),
    ],
  },
});

describe('round 23 (misc): one mistake, one finding', () => {
  it('a 述法 report signed in October of its year with a bare year and month is one signing-date 错误', () => {
    const p = shufaReport(2026, ['本人签字：王某', '日期：2026年10月']);
    const found = check(p.text, p.year, p.type).filter((f) => rulesIn(f).includes('consistency-signoff-year'));
    expect(found).toHaveLength(1);
    expect(found[0]!.level).toBe('error');
  });
  it('a body line with a year and month but more words is no 落款', () => {
    const p = shufaReport(2026, ['本人签字：王某', '全年学法安排在2026年10月完成']);
    expect(check(p.text, p.year, p.type).flatMap(rulesIn)).not.toContain('consistency-signoff-year');
  });
  it('a target kept as the standard is one hint, at the words that keep it', () => {
    const p = whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，2026年继续按此标准培养法律明白人180名。']);
    const found = check(p.text, p.year, p.type).filter((f) => rulesIn(f).includes('expired-document-period-ended'));
    expect(found).toHaveLength(1);
    expect(found[0]!.level).toBe('hint');
    expect(p.text.slice(found[0]!.start, found[0]!.end)).toBe('2026年继续按此标准');
  });
});
