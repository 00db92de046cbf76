// Dates and figures of 报告体检 (issue 25): impossible dates, the 落款 against the reporting year,
// another year called "this year", and totals that disagree with the body or with their parts.
import { describe, expect, it } from 'vitest';
import { impossibility } from '../../src/shared/draft-check/checks/dates.ts';
import { readDates } from '../../src/shared/draft-check/date-reader.ts';
import { checkWith } from './helpers/draft-check.ts';

const found = (text: string, rule: string, opts: { year?: number } = {}) => checkWith(text, opts).filter((f) => f.rule === rule);

/** Each text gives no finding of the rule. */
const quiet = (rule: string, texts: string[], opts: { year?: number } = {}) => {
  for (const t of texts) expect(found(t, rule, opts), t).toEqual([]);
};

const report = (opening: string, body: string, signoff = '') =>
  `某镇2026年法治政府建设年度报告\n${opening}\n一、2026年度推进法治政府建设的主要举措和成效\n（一）深化普法宣传\n${body}${signoff ? `\n\n某镇人民政府\n${signoff}` : ''}`;

describe('impossible dates', () => {
  it('flags 2027年2月30日 as an error over the whole date, with the reason', () => {
    const text = '确保2027年2月30日前完成整改。';
    const [f, ...rest] = found(text, 'consistency-impossible-date');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ level: 'error', text: '2027年2月30日' });
    expect(f!.fix).toContain('2027年2月只有28天');
  });
  it('flags a thirteenth month and a 31st of a 30-day month', () => {
    expect(found('于2026年13月5日召开会议。', 'consistency-impossible-date').map((f) => f.text)).toEqual(['2026年13月5日']);
    expect(found('2026年4月31日召开会议。', 'consistency-impossible-date').map((f) => f.text)).toEqual(['2026年4月31日']);
  });
  it('gets leap years right', () => {
    expect(found('2024年2月29日召开会议。', 'consistency-impossible-date')).toEqual([]);
    expect(found('2000年2月29日。', 'consistency-impossible-date')).toEqual([]);
    expect(found('2100年2月29日。', 'consistency-impossible-date')).toHaveLength(1);
    expect(found('2026年2月29日。', 'consistency-impossible-date')).toHaveLength(1);
  });
  it('takes a date without a year from its sentence, and allows 2月29日 when there is none', () => {
    expect(found('2026年2月1日至2月29日开展集中整治。', 'consistency-impossible-date').map((f) => f.text)).toEqual(['2月29日']);
    expect(found('2024年2月1日至2月29日开展集中整治。', 'consistency-impossible-date')).toEqual([]);
    expect(found('每年2月29日前后。', 'consistency-impossible-date')).toEqual([]);
  });
  it('reads full-width digits, dotted dates and dates in Chinese numerals', () => {
    expect(found('２０２７年２月３０日', 'consistency-impossible-date')).toHaveLength(1);
    expect(found('定于2026.6.31完成', 'consistency-impossible-date')).toHaveLength(1);
    expect(found('会议定于二〇二六年二月三十日召开。', 'consistency-impossible-date')).toHaveLength(1);
    expect(impossibility(readDates('二〇二四年二月二十九日')[0]!)).toBeNull();
  });
  it('leaves ranges, phone numbers and months without days alone', () => {
    quiet('consistency-impossible-date', ['2026年1—12月累计办理案件36件。', '联系电话0371-12345678。', '2021-2025年', '1至3月份', '每年3月31日前报送。']);
  });
});

describe('落款 date against the reporting year', () => {
  it('flags a report on 2026 signed in January 2026, once, as an error', () => {
    const text = report('2026年，我镇深入推进法治建设。', '开展普法活动。', '2026年1月15日');
    const fs = checkWith(text).filter((f) => f.rule.startsWith('consistency-'));
    expect(fs.map((f) => [f.rule, f.level, f.text])).toEqual([['consistency-signoff-year', 'error', '2026年1月15日']]);
    expect(fs[0]!.message).toContain('2026年1月');
  });
  it('accepts the next year, a 述法报告 at the year end and a 自查报告 after the first quarter of its year (hints only, round 7)', () => {
    const shufa = (date: string) => `中共某县委书记2026年度述法报告\n一、履职情况\n正文。\n\n述法人：某某\n${date}`;
    expect(found(shufa('2026年11月24日'), 'consistency-signoff-year')).toEqual([]);
    expect(found(shufa('2026年12月20日'), 'consistency-signoff-before-year-end').map((f) => [f.level, f.text])).toEqual([['hint', '2026年12月20日']]);
    expect(found(shufa('2027年1月15日'), 'consistency-signoff-before-year-end')).toEqual([]);
    expect(found('某镇2026年度法治建设工作自查报告\n一、自查情况\n正文。\n\n某镇人民政府\n2026年11月20日', 'consistency-signoff-before-year-end').map((f) => [f.level, f.text])).toEqual([['hint', '2026年11月20日']]);
    expect(found(report('2026年，我镇深入推进法治建设。', '正文。', '2027年1月19日'), 'consistency-signoff-year')).toEqual([]);
    expect(found('某镇2026年法治建设工作自查报告\n一、自查情况\n正文。\n\n某镇人民政府\n2026年7月10日', 'consistency-signoff-year')).toEqual([]);
  });
  it('flags a 法治政府建设年度报告 dated in any month of its own year (it reports on the year just ended, requirements.md 二)', () => {
    for (const date of ['2026年11月24日', '2026年12月25日']) {
      expect(found(report('2026年，我镇深入推进法治建设。', '正文。', date), 'consistency-signoff-year').map((f) => [f.level, f.text]), date).toEqual([['error', date]]);
    }
  });
  it('still flags a year outside the reporting year and the next, at the year', () => {
    expect(found(report('2026年，我镇深入推进法治建设。', '正文。', '2025年12月30日'), 'consistency-signoff-year').map((f) => f.text)).toEqual(['2025']);
  });
  it('gives an impossible 落款 date one finding, not two', () => {
    const rules = checkWith(report('2026年，我镇深入推进法治建设。', '正文。', '2026年2月30日')).map((f) => f.rule);
    expect(rules.filter((r) => r.startsWith('consistency-'))).toEqual(['consistency-impossible-date']);
  });
});

describe('another year called the current one', () => {
  it('flags 今年（2025年） in a report on 2026 as a hint at the year', () => {
    const [f] = found('今年（2025年）共办理行政复议案件12件。', 'consistency-current-year', { year: 2026 });
    expect(f).toMatchObject({ level: 'hint', text: '2025' });
  });
  it('flags a body sentence opening 2025年以来 in a report on 2026', () => {
    const fs = found(report('2026年，我镇深入推进法治建设。', '2025年以来，我镇把法治建设纳入重要议事日程。'), 'consistency-current-year');
    expect(fs.map((f) => f.text)).toEqual(['2025']);
  });
  it('reads body text that follows a heading on the same line', () => {
    const fs = found(report('2026年，我镇深入推进法治建设。', '正文。\n（二）加强组织领导。2025年以来，我镇把法治建设纳入议事日程。'), 'consistency-current-year');
    expect(fs.map((f) => f.text)).toEqual(['2025']);
  });
  it('stays silent on comparisons, multi-year reviews, plans and the section on last year’s feedback', () => {
    quiet('consistency-current-year', [
      report('2026年，我镇深入推进法治建设。', '与2025年相比，案件数下降12%。2021年以来，累计调解纠纷300件。'),
      report('2026年，我镇深入推进法治建设。', '2025年以来，我镇连续两年获评先进单位。'),
      report('2026年，我镇深入推进法治建设。', '2025年以来，累计培训干部1200人次。'),
      report('2026年，我镇深入推进法治建设。', '正文。\n二、2027年工作打算\n2027年，我镇将继续推进法治建设。'),
      report('2026年，我镇深入推进法治建设。', '正文。\n三、上年度述法反馈问题整改情况\n2025年以来，县委反馈的3个问题已全部整改。'),
      '今年（2026年）共办理行政复议案件12件。',
    ], { year: 2026 });
  });
  it('leaves the opening to consistency-opening-year: one mistake, one finding', () => {
    const rules = checkWith(report('2025年以来，我镇深入推进法治建设。', '正文。')).map((f) => f.rule);
    expect(rules).toContain('consistency-opening-year');
    expect(rules).not.toContain('consistency-current-year');
  });
});

describe('figures', () => {
  it('flags a body total that disagrees with the opening, as a hint naming both', () => {
    const text = report('2026年，我镇全年开展普法活动56场。', '共开展普法活动65场，覆盖群众1.2万人次。');
    const [f, ...rest] = found(text, 'consistency-summary-total');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ level: 'hint', text: '65场' });
    expect(f!.message).toContain('全年开展普法活动56场');
  });
  it('takes 各类 as no part of the measure', () => {
    expect(found(report('2026年，我镇开展各类普法活动56场。', '共开展普法活动65场。'), 'consistency-summary-total')).toHaveLength(1);
  });
  it('compares only the same measure, scope and unit, and only totals', () => {
    quiet('consistency-summary-total', [
      report('2026年，我镇全年开展普法活动56场。', '共开展普法活动56场。'),
      report('2026年，我镇全年开展普法活动56场。', '司法所共开展普法活动20场。'),
      report('2026年，我镇全年开展普法活动56场。', '6月份共开展普法活动12场。'),
      report('2026年，我镇全年开展普法活动56场。', '2021年以来共开展普法活动260场。'),
      report('2026年，我镇全年开展普法活动56场。', '共开展普法活动65场次。'),
      report('2026年，我镇全年开展普法活动56场。', '开展“宪法进万家”普法活动12场。'),
      report('2026年，我镇全年开展普法活动56场。', '共开展普法活动60余场。'),
      report('2026年，全县开展普法活动560场。', '我局共开展普法活动56场。'),
      report('2026年，我镇全年开展普法活动56场，其中线上20场。', '其中线上共开展普法活动25场。'),
    ]);
  });
  it('flags parts that add up to more than their total, or a complete list that does not add up', () => {
    expect(found('共调解矛盾纠纷45件，其中婚姻家庭纠纷20件、邻里纠纷18件、土地纠纷10件。', 'consistency-parts-sum').map((f) => [f.text, f.level])).toEqual([['45件', 'hint']]);
    expect(found('共开展普法活动56场，其中线上20场、线下30场。', 'consistency-parts-sum')).toHaveLength(1);
    expect(found('共受理纠纷120件，其中调解成功118件、调解不成功3件。', 'consistency-parts-sum')).toHaveLength(1);
    expect(found('共办理案件56件，其中行政案件20件、民事案件20件、其他案件6件。', 'consistency-parts-sum')).toHaveLength(1);
    expect(found('累计培训1.2万人次，其中干部3000人次、群众8000人次、其他1500人次。', 'consistency-parts-sum')).toHaveLength(1);
    expect(found('开展线上普法20场、线下普法30场，共计56场。', 'consistency-parts-sum').map((f) => f.text)).toEqual(['56场']);
  });
  it('stays silent on partial lists, other units, bracketed breakdowns and exact sums', () => {
    quiet('consistency-parts-sum', [
      '共调解矛盾纠纷45件，其中婚姻家庭纠纷20件、邻里纠纷18件。',
      '共受理纠纷120件，其中调解成功118件、调解不成功2件。',
      '累计培训1.2万人次，其中干部3000人次、群众9000人次。',
      '共开展普法活动56场次，其中线上20场、线下36场。',
      '共调解矛盾纠纷45件，其中婚姻家庭纠纷20件（调解成功19件）、邻里纠纷25件。',
      '共开展普法活动56场，覆盖群众3000余人，其中青少年1200人、老年人800人。',
      '开展线上普法20场、线下普法36场，共计56场。',
      '召开会议3次，开展活动5场，共计8场。',
    ]);
  });
});

describe('round 5: years claimed as the report year', () => {
  const annual = (year: number, body: string, heading = '二、主要举措和成效') =>
    `某区人民政府关于${year}年度法治政府建设工作情况的报告\n${year}年，我区深入推进法治政府建设。\n${heading}\n${body}\n\n某区人民政府\n${year + 1}年1月20日`;
  const years = (text: string) => found(text, 'consistency-current-year').map((f) => f.text);
  it('leaves the next year alone in a 下一步改进措施 section and where nothing is claimed done', () => {
    expect(years(annual(2025, '2026年，推进执法信息化建设，实现执法全流程网上留痕。', '四、下一步改进措施'))).toEqual([]);
    expect(years(annual(2025, '2026年，深化行政执法规范化建设，全面提升执法质效。'))).toEqual([]);
  });
  it('flags the next year written with a result counted', () => {
    expect(years(annual(2025, '2026年，全区共办理行政复议案件36件。'))).toEqual(['2026']);
  });
  it('flags a comparison of the report year with itself, not with the year before', () => {
    expect(years(annual(2025, '全年办理法律援助案件124件，较2025年增长9%。'))).toEqual(['2025']);
    expect(years(annual(2025, '全年办理法律援助案件124件，较2024年增长9%。'))).toEqual([]);
  });
  it('flags a later year-end counted as done, not one set as a deadline', () => {
    expect(years(annual(2025, '截至2026年12月底，全年累计受理群众投诉268件。'))).toEqual(['2026']);
    expect(years(annual(2025, '确保截至2026年12月底前完成整改。'))).toEqual([]);
  });
  it('dates the end of the “八五”普法规划 to 2025 (currency-2026.md)', () => {
    const plan = (year: number, s: string) => found(annual(year, s), 'consistency-plan-year');
    expect(plan(2024, '今年是“八五”普法规划收官之年。').map((f) => f.level)).toEqual(['hint']);
    expect(plan(2026, '今年是“八五”普法收官之年，我区认真做好总结验收。')).toHaveLength(1);
    expect(plan(2025, '今年是“八五”普法规划收官之年。')).toEqual([]);
    expect(plan(2026, '2025年是“八五”普法规划收官之年。')).toEqual([]);
  });
});

describe('round 5: fixed system names with a word swapped', () => {
  const rulesIn = (text: string) => checkWith(text, { year: 2025 }).filter((f) => f.rule.startsWith('system-')).map((f) => [f.rule, f.level]);
  it('flags the names the reference gives, at the level it supports', () => {
    expect(rulesIn('持续完善法律顾问制度和公务律师制度。')).toEqual([['system-gongzhi-lvshi', 'error']]);
    expect(rulesIn('扎实推进“高效办好一件事”改革。')).toEqual([['system-gaoxiao-banchen', 'error']]);
    expect(rulesIn('落实政务服务“好中差评”制度。')).toEqual([['system-hao-cha-ping', 'error']]);
    expect(rulesIn('2个村被命名为全国民主法治模范村（社区）。')).toEqual([['system-minzhu-fazhi-shifan', 'error']]);
    expect(rulesIn('实施乡村“法律明白人”培训工程。')).toEqual([['system-falv-mingbairen-gongcheng', 'hint']]);
    expect(rulesIn('严格落实重大行政决策集体研究决定程序。')).toEqual([['system-juece-chengxu', 'error']]);
  });
  it('leaves the right names and ordinary words alone', () => {
    expect(rulesIn('发挥法律顾问、公职律师作用；围绕“高效办成一件事”推出集成事项；政务服务好评率99.8%；实施“法律明白人”培育工程；人事任免经党组集体研究决定。')).toEqual([]);
  });
});

describe('round 5: expired plans without 《》, and title slips from the sources', () => {
  const rulesIn = (text: string, year: number) => checkWith(text, { year }).map((f) => [f.rule, f.level]);
  it('reads a plan named without 《》, with its period after or before the name', () => {
    expect(rulesIn('对照2015—2020年法治政府建设实施纲要逐项落实。', 2025)).toContainEqual(['expired-document-superseded', 'error']);
    expect(rulesIn('下一步将继续对照法治政府建设实施纲要（2015—2020年）查漏补缺。', 2025)).toContainEqual(['expired-document-superseded', 'error']);
    expect(rulesIn('对照法治政府建设实施纲要（2021—2025年）开展年度自查。', 2026)).toContainEqual(['expired-document-period-ended', 'hint']);
    expect(rulesIn('对照法治政府建设实施纲要（2021—2025年）开展年度自查。', 2025).filter(([r]) => String(r).startsWith('expired-'))).toEqual([]);
  });
  it('flags the 告知承诺制 opinion without 和涉企经营许可事项 and 法制道路', () => {
    expect(rulesIn('落实《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》。', 2025)).toContainEqual(['title-gaozhi-chengnuo-opinion', 'error']);
    expect(rulesIn('落实《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》。', 2025).filter(([r]) => String(r).startsWith('title-'))).toEqual([]);
    expect(rulesIn('坚定不移走中国特色社会主义法制道路。', 2025)).toContainEqual(['sub-fazhi-fazhi', 'error']);
  });
});

describe('round 5: a summary figure against the same words in the body', () => {
  const text = (body: string) =>
    `某街道办事处2025年度法治政府建设自查报告\n2025年，我街道深入推进法治建设。评查行政执法案卷74卷。现将有关情况报告如下。\n一、主要工作\n（一）深化执法监督。${body}\n\n某街道办事处\n2026年1月10日`;
  const totals = (t: string) => checkWith(t, { year: 2025 }).filter((f) => f.rule === 'consistency-summary-total').map((f) => f.text);
  it('compares a body figure in the same words without 共 (and counts 卷)', () => {
    expect(totals(text('评查行政执法案卷69卷，优良率明显提高。'))).toEqual(['69卷']);
    expect(totals(text('评查行政执法案卷74卷，优良率明显提高。'))).toEqual([]);
  });
  it('leaves shorter or other words alone: they may be a part', () => {
    expect(totals(text('其中交通领域评查行政执法案卷20卷。'))).toEqual([]);
  });
});

describe('round 5: 重要 with the first of 组织者、推动者和实践者 (official-phrases.md B6)', () => {
  const order = (t: string) => checkWith(t, { year: 2025 }).filter((f) => f.rule === 'order-zuzhizhe-tuidongzhe').map((f) => [f.text, f.fix]);
  it('moves 重要组织者 whole, and leaves 重要 where it stands when the writer put it before the series', () => {
    expect(order('切实履行法治建设推动者、重要组织者和实践者职责。')).toEqual([['推动者、重要组织者', '改为：重要组织者、推动者']]);
    expect(order('切实履行依法治国重要推动者、组织者和实践者的职责')).toEqual([['推动者、组织者', '改为：组织者、推动者']]);
    expect(order('切实履行依法治国重要组织者、推动者和实践者的职责')).toEqual([]);
  });
});
