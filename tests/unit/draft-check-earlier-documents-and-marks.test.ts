import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const findings = (text: string, year = 2025) => checkDraft(text, compiled, { year }).findings;
const of = (text: string, rule: string, year = 2025) => findings(text, year).filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const report = (body: string, year = 2025) =>
  `某县人力资源和社会保障局${year}年度法治政府建设情况报告\n${year}年，我局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n下一步，我局将持续用力。\n某县人力资源和社会保障局\n${year + 1}年2月1日\n`;

describe('earlier central documents cited as the basis of the year (local practice, 提示)', () => {
  const rule = 'expired-document-predecessor';
  it('flags a cited earlier document, whatever the citing verb or issuer', () => {
    expect(of(report('本局严格依照《全面推进依法行政实施纲要》的规定开展本年度执法监督工作。'), rule)).toEqual([['依照《全面推进依法行政实施纲要》', 'hint']]);
    expect(of(report('县政府以国务院《关于加强法治政府建设的意见》为指导，推进依法行政。'), rule)).toEqual([['以国务院《关于加强法治政府建设的意见》', 'hint']]);
    expect(of(report('镇党委根据2008年国务院《关于加强市县政府依法行政的决定》的现行要求部署全年工作。'), rule)).toEqual([['根据2008年国务院《关于加强市县政府依法行政的决定》', 'hint']]);
    expect(of(report('我们把《国务院关于加强法治政府建设的意见》作为本年度考核的主要依据。'), rule)).toEqual([['把《国务院关于加强法治政府建设的意见》', 'hint']]);
    expect(of(report('《全面推进依法行政实施纲要》确定的今年任务已逐项分解到科室。'), rule)).toEqual([['《全面推进依法行政实施纲要》', 'hint']]);
  });
  it('stays silent on history, on reading it, and on the current 纲要', () => {
    expect(of(report('自2004年国务院印发《全面推进依法行政实施纲要》以来，我县依法行政水平不断提升。'), rule)).toEqual([]);
    expect(of(report('回顾法治政府建设历程，《全面推进依法行政实施纲要》首次提出建设法治政府的目标。'), rule)).toEqual([]);
    expect(of(report('2010年国务院《关于加强法治政府建设的意见》曾对领导干部学法提出要求。'), rule)).toEqual([]);
    expect(of(report('组织干部学习《全面推进依法行政实施纲要》等文件的历史沿革。'), rule)).toEqual([]);
    expect(of(report('按照《法治政府建设实施纲要（2021—2025年）》部署，推进依法行政。'), rule)).toEqual([]);
  });
});

describe('a dated target followed for a later year even though the sentence says work was done', () => {
  const rule = 'expired-document-period-ended';
  it('flags the target when the completion is the later year’s own work', () => {
    expect(of(report('按照到2025年每个行政村至少培养3名“法律明白人”的要求，今年完成培养任务。', 2026), rule, 2026).map(([t]) => t)).toEqual(['按照到2025年每个行政村至少培养3名“法律明白人”的要求']);
    expect(of(report('对照到2024年年底基本建成行政执法监督工作体系的要求，力争完成2026年任务。', 2026), rule, 2026).map(([t]) => t)).toEqual(['对照到2024年年底基本建成行政执法监督工作体系的要求']);
  });
  it('stays silent when the target is told as met in its own year', () => {
    expect(of(report('到2024年年底基本建成行政执法监督工作体系的目标已于2024年如期完成。', 2026), rule, 2026)).toEqual([]);
    expect(of(report('按照到2025年每个行政村至少培养3名“法律明白人”的要求，2025年已完成培养任务。', 2026), rule, 2026)).toEqual([]);
  });
});

describe('notes to the drafter, 述职述德, a lone （1）, mixed straight quotes', () => {
  it('flags a note telling the drafter to analyse or to adapt the title', () => {
    expect(of(report('（要点：剖析问题产生的深层次原因）'), 'existence-drafting-note').length + findings(report('（要点：剖析问题产生的深层次原因）')).filter((f) => /note|outline|drafter/.test(f.rule)).length).toBeGreaterThan(0);
    expect(findings(report('（标题可按本单位名称调整）')).some((f) => f.text.includes('标题可按本单位名称调整'))).toBe(true);
  });
  it('leaves a bare list of principles under 要点 silent', () => {
    expect(findings(report('（要点：依法、规范、高效）')).some((f) => f.text.includes('要点'))).toBe(false);
  });
  it('flags 述职述德 of the principal leaders, not the full list with 述法', () => {
    expect(of(report('各单位主要负责人述职述德情况纳入年度考核。'), 'system-shufa-shude')).toEqual([['主要负责人述职述德', 'hint']]);
    expect(of(report('各单位主要负责人述职述德述廉述法，接受评议。'), 'system-shufa-shude')).toEqual([]);
  });
  it('reads a lone （1） between a measure and the next part as the measure list’s next item', () => {
    const text = report('（一）加强学法。全年学法12次。\n（1）依法化解矛盾纠纷。调处纠纷30件。');
    expect(findings(text).some((f) => f.text.startsWith('（1）') || f.text.includes('（1）'))).toBe(true);
    const proper = report('（一）加强学法。全年学法12次。\n（1）依法化解矛盾纠纷。调处纠纷30件。\n（2）健全机制。建成站点3个。');
    expect(findings(proper).some((f) => f.text.includes('（1）') || f.text.includes('（2）'))).toBe(false);
  });
  it('flags a straight double quote closed by a straight single one, and the reverse', () => {
    expect(of(report('中心组专题学习"两个确立\'的决定性意义。'), 'consistency-quote-style')).toEqual([['"两个确立\'', 'hint']]);
    expect(of(report('深入学习\'十个明确"的内涵。'), 'consistency-quote-style')).toEqual([['\'十个明确"', 'hint']]);
    expect(of(report('中心组专题学习“两个确立”的决定性意义。'), 'consistency-quote-style')).toEqual([]);
  });
});
