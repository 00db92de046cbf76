/**
 * Years in two shapes a new writer gives a report: next year's plans dated with the reported year or an earlier one
 * (with any plan word, the planning unit before it, 下一步 before the year, and what the plan will do after it, however
 * it reads: 纳入考核, 较上年), and a year's own report filed before that year closed or a later year's report told as
 * done. Facts from the reference: the annual report is on 上一年度 and filed by 3月1日 or 4月1日 of the next year
 * (requirements.md 二); the 述法 is held with the 年终述职 (requirements.md 三), so a 述法报告 may be written at the year's
 * end. Beside each, the legitimate look-alikes. Sentences are written here, not taken from the eval sets.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { annual, kindProbes, self, shufa, type Probe } from './helpers/kind-probes.ts';

type Kind = Probe['type'];

const titleOf = (year: number, type: Kind) =>
  type === shufa ? `镇党委书记${year}年度述法报告` : type === self ? `某区市场监管局${year}年度法治建设自查报告` : `某区人民政府${year}年法治政府建设年度报告`;

/** The whole report each probe is checked in, keyed by the probe: a probe's own text is its planted sentence. */
const reports = new WeakMap<Probe, string>();
const draftOf = (p: Probe) => reports.get(p) ?? p.text;

function report(year: number, type: Kind, work: string, plans: string, signoff: string, planted: string): Probe {
  const probe = { text: planted, year, type };
  reports.set(probe, [titleOf(year, type), `${year}年，我区坚持依法行政。现将有关情况报告如下。`, '一、推进法治建设的主要做法', work,
    '二、存在的问题', '基层执法力量不足。', '三、下一步工作打算', plans, '某区人民政府', signoff].join('\n'));
  return probe;
}
/** The sentence in the work section of a report signed early the next year. */
const work = (year: number, sentence: string, type: Kind = annual): Probe => report(year, type, sentence, '加强执法培训。', `${year + 1}年2月10日`, sentence);
/** The sentence in the plans section. */
const plan = (year: number, sentence: string, type: Kind = annual, signoff = `${year + 1}年2月10日`): Probe =>
  report(year, type, '全年审查规范性文件21件。', sentence, signoff, sentence);
/** A 述法报告 with no plans heading, its last paragraph the planted sentence, signed after the year. */
function closing(year: number, sentence: string, signoff = `${year + 1}年1月12日`): Probe {
  const probe = { text: sentence, year, type: shufa };
  reports.set(probe, [titleOf(year, shufa), `${year}年，我认真履行推进法治建设第一责任人职责。`, '一、履职情况', '全年主持党委会专题研究法治工作4次。', sentence, '述法人：王强', signoff].join('\n'));
  return probe;
}

kindProbes('round 25 (years)', {
  'year-contradiction': {
    found: [
      // Next year's plans dated with the reported year, the plan's object naming 考核, 述法, 较 or 问题 after its verb.
      plan(2025, '2025年将把合法性审查情况纳入部门年度考核。'),
      plan(2026, '2026年力争行政复议纠错率较上年下降。'),
      plan(2025, '2025年，县政府将对照督察反馈意见开展全面自查。'),
      plan(2024, '2023年，我镇将继续深化述法评议结果运用。'),
      plan(2025, '2025年我局计划修订行政执法公示目录。'),
      plan(2025, '2025年准备修订镇村两级法律顾问考核办法。'),
      plan(2026, '2026年全区拟开展行政执法案卷评查。'),
      plan(2026, '2026年我局将持续开展行政执法质量评查。'),
      plan(2025, '下一步，2025年将继续推进镇级合法性审查全覆盖。', shufa),
      closing(2025, '下一步，2025年我将把述法工作情况纳入年度考核。'),
      closing(2024, '明年，2024年我将着力解决行政执法中存在的问题。'),
      plan(2025, '力争到2025年实现行政执法全过程记录全覆盖。'),
      plan(2025, '（一）2025年，着力加强执法监督。'),
      plan(2025, '2025年，重点推进行政执法规范化建设。'),
      plan(2025, '2025年，拟修订《区政府重大行政决策程序规定》。'),
      plan(2025, '今后一年，2025年我区力争实现合法性审查全覆盖。'),
      plan(2026, '确保到2026年全区法律顾问覆盖率达到100%。'),
      // A year's own report filed within that year, or a later year's told as done.
      work(2025, '按时报送2026年度法治政府建设情况报告。'),
      work(2025, '于2025年3月公开2025年度法治政府建设年度报告。'),
      work(2026, '2026年2月，区政府向市政府报送了《2026年度法治政府建设情况报告》。'),
      work(2025, '2024年12月，完成2025年度法治建设工作年度报告撰写。'),
      work(2025, '本年度门户网站发布2026年度政务公开工作年报。'),
      work(2024, '局长参加了2025年度述法评议。', shufa),
      work(2025, '接受2026年度法治建设考核，获评优秀等次。'),
      plan(2025, '2026年3月1日前报送2026年度法治政府建设情况报告。'),
      // Round 24's families in other shapes: a part of the year, a comparison, a report period, a plan's year.
      work(2026, '全年共受理行政复议申请64件，其中2025年第四季度受理18件。'),
      work(2025, '本年度共开展执法检查120次，其中2024年下半年70次。'),
      work(2025, '本次自查时间范围为2024年1月1日至12月31日。', self),
      work(2025, '全年共调处矛盾纠纷320件，其中2024年1至6月调处150件。'),
      work(2025, '按要求在门户网站公开了2026年度法治政府建设年度报告。'),
      work(2026, '2026年是“八五”普法规划收官之年，全区认真做好总结验收。'),
    ],
    silent: [
      plan(2025, '2026年将把合法性审查情况纳入部门年度考核。'),
      plan(2025, '针对2025年度考核反馈的问题，将逐项整改。'),
      plan(2025, '2025年，县委考核反馈问题3个，将逐项整改到位。'),
      plan(2025, '2025年底前将完成反馈问题整改。', shufa, '2025年12月20日'),
      plan(2026, '2027年力争行政复议纠错率较上年下降。'),
      plan(2025, '力争到2026年实现行政执法全过程记录全覆盖。'),
      plan(2025, '继续巩固2021年至2025年法治政府建设示范创建成果。'),
      work(2025, '按照规划，到2025年全区法律顾问覆盖率已达到100%。'),
      plan(2025, '2025年，执法规范化水平有待进一步提高。'),
      plan(2025, '2025年，重点领域执法仍有薄弱环节，需持续改进。'),
      plan(2025, '对标2025年度考核排名靠后的指标，2026年力争进入全市前列。'),
      work(2025, '全年共调处矛盾纠纷320件，其中2025年1至6月调处150件。'),
      work(2025, '今年以来受理复议申请52件，较2024年1至6月增加8件。'),
      work(2026, '2026年1—6月办理案件40件，2025年1—6月办理32件。'),
      work(2025, '2025年3月，区政府向市政府报送2024年度法治政府建设情况报告。'),
      work(2025, '2025年1月，区委依法治区办组织召开2025年度述法评议会。'),
      closing(2025, '下一步，我将在2026年继续抓好述法反馈问题整改。'),
      closing(2025, '下一步，2026年我将把述法工作情况纳入年度考核。'),
      work(2025, '2024年，我县将法治建设纳入高质量发展考核，当年覆盖28个部门。'),
      work(2026, '2026年1月31日前发布2025年度政府信息公开工作年度报告。'),
      work(2026, '2026年3月，报送2025年度法治政府建设情况报告。'),
      work(2026, '按时公开2025年度法治政府建设年度报告。'),
      work(2026, '2026年12月，撰写2026年度述法报告并在年终述职中述法。', shufa),
      work(2025, '编制2026年度普法责任清单。'),
      work(2025, '参加2024年度述法评议，反馈问题已整改。'),
      plan(2025, '2027年3月1日前报送2026年度法治政府建设情况报告。'),
      plan(2025, '将于2026年3月1日前报送2025年度法治政府建设情况报告。'),
      work(2026, '全年办理行政复议案件96件，比2025年多12件。'),
      work(2026, '本次自查时间范围为2026年1月1日至12月31日。', self),
      work(2025, '2025年是“八五”普法规划收官之年，全区认真做好总结验收。'),
    ],
  },
  'impossible-date': {
    found: [work(2026, '于2026年2月29日前报送2025年度法治政府建设情况报告。'), plan(2025, '2026年4月31日前完成执法案卷评查。')],
    silent: [work(2024, '于2024年2月29日前报送2023年度法治政府建设情况报告。'), plan(2025, '2026年4月30日前完成执法案卷评查。')],
  },
}, draftOf);

describe('round 25 (years): one mistake, one finding, at the wrong year', () => {
  it('marks the later year of a report told as filed, once', () => {
    const p = work(2025, '已于2026年1月20日公布2026年度政务公开工作年报。');
    const years = check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).some((r) => /year/.test(r))).map((f) => f.text);
    expect(years).toEqual(['2026']);
  });
  it('marks a plan dated with the reported year as a plan, naming the next year', () => {
    const p = plan(2025, '2025年将把合法性审查情况纳入部门年度考核。');
    const f = check(draftOf(p), p.year, p.type).find((x) => rulesIn(x).includes('consistency-current-year'));
    expect(f?.fix).toContain('2026');
  });
});
