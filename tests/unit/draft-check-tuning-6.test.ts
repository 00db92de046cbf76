/**
 * Issue 25, round 6: the general changes made while studying the v1 to v5 sets (all development
 * data now). Each case is a shape of text, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import { byRule, kindOf } from './helpers/draft-check.ts';

describe('四个亲自 with a wrong object or a wrong verb', () => {
  const pairs = ['重要工作亲自部署', '重大问题亲自过问', '重点环节亲自协调', '重要任务亲自督办'];
  const series = (replaceAt: number, wrong: string) => `对法治建设${pairs.map((p, i) => (i === replaceAt ? wrong : p)).join('、')}，全年研究法治议题5次。`;
  it('an object swapped for a near one (重大任务, 重要环节, 重大工作, 重点问题) is four-personally, in any place of the series', () => {
    for (const [at, wrong] of [[3, '重大任务亲自督办'], [2, '重要环节亲自协调'], [0, '重大工作亲自部署'], [1, '重点问题亲自过问']] as const) {
      const findings = byRule('si-ge-qinzi-verb', series(at, wrong));
      expect(findings.map((f) => f.text)).toEqual([wrong]);
      expect(kindOf.get(findings[0].rule)).toBe('four-personally');
    }
  });
  it('a verb swapped (督促, 安排, 推动, 研究) is four-personally too, not a system name', () => {
    for (const [at, wrong] of [[3, '重要任务亲自督促'], [0, '重要工作亲自安排'], [2, '重点环节亲自推动'], [1, '重大问题亲自研究']] as const) {
      const findings = byRule('si-ge-qinzi-verb', series(at, wrong));
      expect(findings.map((f) => [f.text, kindOf.get(f.rule)])).toEqual([[wrong, 'four-personally']]);
    }
  });
  it('the exact series, the series pair by pair with 对, and the same words in ordinary sentences stay silent', () => {
    expect(byRule('si-ge-qinzi-verb', series(-1, ''))).toEqual([]);
    expect(byRule('si-ge-qinzi-verb', '对重要工作亲自部署，对重大问题亲自过问，对重点环节亲自协调，对重要任务亲自督办。')).toEqual([]);
    expect(byRule('si-ge-qinzi-verb', '对重大任务亲自督办，确保按期完成。')).toEqual([]);
    expect(byRule('si-ge-qinzi-verb', '县长对重点问题亲自研究解决，全年召开专题会议3次。')).toEqual([]);
  });
});

describe('near misses of the bank’s system names', () => {
  const rule = 'phrase-near-miss-names';
  it('a bank name with one near-synonym swapped is a system-name hint whose fix is the bank’s name', () => {
    for (const [wrong, right] of [['执法全流程记录制度', '执法全过程记录制度'], ['全国一体化网上政务服务平台', '全国一体化在线政务服务平台'], ['行政执法协调监管工作体系', '行政执法协调监督工作体系'], ['“好坏评”', '“好差评”'], ['“一网统办”', '“一网通办”']]) {
      const findings = byRule(rule, `全面推行${wrong}，成效明显。`);
      expect(findings.map((f) => f.text)).toEqual([wrong]);
      expect(findings[0].level).toBe('hint');
      expect(kindOf.get(findings[0].rule)).toBe('system-name');
      expect(findings[0].fix).toBe(`改为：${right}`);
    }
  });
  it('the two 评价 names swapped with each other are found, each where it stands', () => {
    expect(byRule(rule, '推行现场服务“一事一评”、网上服务“一次一评”。').map((f) => f.text)).toEqual(['现场服务“一事一评”', '网上服务“一次一评”']);
    expect(byRule(rule, '推行现场服务“一次一评”、网上服务“一事一评”。')).toEqual([]);
  });
  it('the bank’s own names, and 监管 as a word of its own, stay silent', () => {
    const clean = '依托全国一体化在线政务服务平台，落实执法全过程记录制度，完善行政执法协调监督工作体系，加强市场监管制度建设，推行“互联网+监管”和“一网通办”，落实“好差评”制度。';
    expect(byRule(rule, clean)).toEqual([]);
  });
});

describe('year claims', () => {
  const annual = (year: number, body: string) => `某区人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n${body}\n二、存在的不足\n队伍不足。\n三、${year + 1}年安排\n加强队伍。`;
  it('a plan with its period in its title: its last year is the period’s last year', () => {
    expect(byRule('consistency-plan-year', annual(2024, '2024年是《法治中国建设规划（2020—2025年）》的收官之年，全区对标推进。')).length).toBe(1);
    expect(byRule('consistency-plan-year', annual(2026, '2026年是《法治中国建设规划（2020—2025年）》实施的最后一年，全区对标推进。'), 2026).length).toBe(1);
    expect(byRule('consistency-plan-year', annual(2025, '2025年是《法治中国建设规划（2020—2025年）》的收官之年，全区对标推进。'), 2025)).toEqual([]);
    expect(byRule('consistency-plan-year', annual(2026, '在《法治中国建设规划（2020—2025年）》收官的基础上，2026年对照新要求推进。'), 2026)).toEqual([]);
  });
  it('a list item framed as another whole year (（一）2024年全年，…) in a report on 2025', () => {
    expect(byRule('consistency-current-year', annual(2025, '（一）2024年全年，区政府审查合同40份。'), 2025).map((f) => f.text)).toEqual(['2024']);
    expect(byRule('consistency-current-year', annual(2025, '（一）2025年全年，区政府审查合同40份。'), 2025)).toEqual([]);
  });
  it('本年度 with a date in another year, and the year’s work said done within a later year', () => {
    expect(byRule('consistency-current-year', annual(2025, '本年度，区政府于2024年5月出台执法监督办法。'), 2025).map((f) => f.text)).toEqual(['2024']);
    expect(byRule('consistency-current-year', annual(2025, '本年度，区政府于2025年5月出台执法监督办法。'), 2025)).toEqual([]);
    expect(byRule('consistency-current-year', annual(2024, '全年开展普法活动6次，均在2025年内完成。'), 2024).map((f) => f.text)).toEqual(['2025']);
    expect(byRule('consistency-current-year', annual(2024, '全年开展普法活动6次，均在2024年内完成。'), 2024)).toEqual([]);
    expect(byRule('consistency-current-year', annual(2024, '力争剩余任务在2025年内完成。'), 2024)).toEqual([]);
  });
});

describe('an old wording told as history', () => {
  const rule = 'phrase-zizhi-fazhi-dezhi-xiangcun-2017';
  it('健全自治、法治、德治相结合的乡村治理体系 (official-phrases.md F3, 已扩展为F4) is flagged as this year’s wording', () => {
    expect(byRule(rule, '健全自治、法治、德治相结合的乡村治理体系，全镇15个村全部建立村规民约。').length).toBe(1);
  });
  it('the same words in a sentence telling how the wording changed (…，此后中央提出…) are not', () => {
    expect(byRule(rule, '党的十九大报告提出健全自治、法治、德治相结合的乡村治理体系，此后中央提出健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。')).toEqual([]);
  });
});

describe('法制 in 法治是最好的营商环境', () => {
  it('is flagged with the fazhi rule (official-phrases.md C6); the right wording is not', () => {
    expect(byRule('sub-fazhi-fazhi', '牢固树立法制是最好的营商环境理念。').map((f) => f.text)).toEqual(['法制是最好的营商环境']);
    expect(byRule('sub-fazhi-fazhi', '牢固树立法治是最好的营商环境理念。')).toEqual([]);
  });
});

describe('an earlier text of a current law named by its year', () => {
  const rule = 'expired-document-number';
  it('2017年修正的《行政复议法》 in a report after the 2023 text took effect (2024) is flagged, in a report on 2023 it is not', () => {
    const text = '我局根据2017年修正的《中华人民共和国行政复议法》办理行政复议案件72件。';
    expect(byRule(rule, text, 2025).map((f) => f.text)).toEqual(['2017年修正的《中华人民共和国行政复议法》']);
    expect(byRule(rule, text, 2023)).toEqual([]);
  });
  it('the current text named by its own year (2023年修订的, 2019年施行的) is not flagged', () => {
    expect(byRule(rule, '根据2023年修订的《中华人民共和国行政复议法》办理案件。', 2025)).toEqual([]);
    expect(byRule(rule, '按照2019年施行的《中华人民共和国政府信息公开条例》办理申请。', 2025)).toEqual([]);
    expect(byRule(rule, '按照2008年施行的《中华人民共和国政府信息公开条例》办理申请。', 2025).length).toBe(1);
  });
});
