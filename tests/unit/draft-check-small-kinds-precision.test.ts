// Round 30 of issue 25, the small kinds: one odd heading gives one finding at it; a history frame around an ended plan,
// stays silent; the years of carrying out a meeting's spirit, plans dated in
// the reported year in a self-inspection signed after it, and notes to the drafter in other words are caught.
import { describe, expect, it } from 'vitest';
import { check, ofKind, rulesIn, kindOf } from './helpers/draft-check.ts';

const kindTexts = (kind: string, text: string, year = 2026, type?: Parameters<typeof check>[2]) => ofKind(kind, text, year, type).map(([t]) => t);

/** An annual report on 2026 with the given headings and bodies between a title and a signoff. */
const annual = (lines: string[]) => `某区人民政府2026年度法治政府建设情况报告\n2026年，区政府深入推进法治政府建设。现报告如下：\n${lines.join('\n')}\n某区人民政府\n2027年1月20日`;

describe('heading-numbering: a parent mark among its children is one finding, at it', () => {
  it('（一） 二、 （三） then 二、: the first 二、 alone', () => {
    const text = annual(['一、主要举措和成效', '（一）深化复议体制改革。办理复议案件40件。', '二、强化规范性文件审核。审核文件12件。', '（三）推进严格执法。开展检查30次。', '二、党政主要负责人履职情况', '主要负责同志带头学法。', '三、存在的不足', '基层力量薄弱。', '四、下一年度工作安排', '继续推进。']);
    const found = kindTexts('heading-numbering', text);
    expect(found).toEqual(['二、']);
    expect(check(text).find((f) => kindOf.get(f.rule) === 'heading-numbering')!.start).toBe(text.indexOf('二、强化'));
  });
  it('一、 then a measure written as 二、 with its body, then 二、 the part: the measure alone', () => {
    const text = annual(['一、主要举措和成效', '二、健全依法决策机制，决策质量提升。全年审查重大决策8项。', '二、党政主要负责人履职情况', '带头学法。', '三、存在的不足', '力量薄弱。', '四、下一年度工作安排', '继续推进。']);
    expect(kindTexts('heading-numbering', text)).toEqual(['二、']);
    expect(check(text).find((f) => kindOf.get(f.rule) === 'heading-numbering')!.start).toBe(text.indexOf('二、健全'));
  });
  it('a part numbered on from the sub-list (（三）存在的不足 before 四、): one finding at （三）, none at 四、', () => {
    const text = annual(['一、主要举措和成效', '办理复议案件40件。', '二、主要负责人履职情况', '（一）抓学法。集体学法6次。', '（二）抓决策。审查决策8项。', '（三）存在的问题', '基层力量薄弱。', '四、下一年度工作安排', '继续推进。']);
    const found = check(text).filter((f) => kindOf.get(f.rule) === 'heading-numbering');
    expect(found.map((f) => f.text)).toEqual(['（三）']);
  });
  it('stays silent on a plain repeat of two part titles and on proper lists', () => {
    const proper = annual(['一、主要举措和成效', '（一）深化改革。办理案件40件。', '（二）强化审核。审核文件12件。', '二、履职情况', '带头学法。', '三、存在的不足', '力量薄弱。', '四、下一年度工作安排', '继续推进。']);
    expect(kindTexts('heading-numbering', proper)).toEqual([]);
    // 二、 二、 both part titles with no body on their lines: an ordinary repeat, reported at the second.
    const repeat = annual(['一、主要举措和成效', '办理案件40件。', '二、履职情况', '带头学法。', '二、存在的不足', '力量薄弱。', '三、下一年度工作安排', '继续推进。']);
    const found = check(repeat).filter((f) => kindOf.get(f.rule) === 'heading-numbering');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(repeat.indexOf('二、存在'));
  });
});

describe('expired-document-as-guidance: the years since an ended plan came out are history', () => {
  const ended = '《法治政府建设实施纲要（2015—2020年）》';
  it.each([
    `对照${ended}实施以来的历年考核结果，执法规范化始终是短板。`,
    `梳理${ended}印发以来的督察反馈，共有问题12个。`,
    `回看${ended}施行期间的评估报告，基层执法仍显薄弱。`,
  ])('silent: %s', (s) => {
    expect(kindTexts('expired-document-as-guidance', annual(['一、主要举措和成效', s]))).toEqual([]);
  });
  it.each([`对照${ended}逐项抓好落实。`, `按照${ended}要求，推进执法规范化。`])('still caught: %s', (s) => {
    expect(kindTexts('expired-document-as-guidance', annual(['一、主要举措和成效', s])).length).toBe(1);
  });
});

describe('year-contradiction', () => {
  const shufa = (sentence: string, year: number) => `${year}年度述法报告（某县县长）\n${sentence}现将有关情况述法如下。\n一、履职情况\n带头学法。\n某某\n${year + 1}年1月10日`;
  it.each([
    ['今年是全面贯彻党的二十大精神的第一年，', 2024],
    ['2025年是深入贯彻落实党的二十大精神的开局之年，', 2025],
    ['今年是学习贯彻二十大精神的第三年，', 2026],
  ] as const)('the years of carrying out the congress spirit counted from 2023: %s', (s, y) => {
    expect(kindTexts('year-contradiction', shufa(s, y), y, 'shufa-report').length).toBeGreaterThan(0);
  });
  it.each([
    ['2023年是全面贯彻党的二十大精神的开局之年，', 2023],
    ['今年是全面贯彻党的二十大精神的第二年，', 2024],
    ['今年是贯彻落实党的二十大精神的关键之年，', 2025],
  ] as const)('silent when the count is right: %s', (s, y) => {
    expect(kindTexts('year-contradiction', shufa(s, y), y, 'shufa-report')).toEqual([]);
  });
  const self = (plan: string, date: string) => `某校2025年度法治建设工作自查报告\n根据上级通知，我校对照考核细则开展自查，现报告如下。\n一、自查情况\n开展法治讲座6场。\n二、下一步整改措施\n${plan}\n某校\n${date}`;
  it('a self-inspection signed in the next year plans for that year, not the reported one', () => {
    expect(kindTexts('year-contradiction', self('2025年，我校将修订学校章程，完善评价机制。', '2026年2月10日'), 2025, 'self-inspection-report')).toEqual(['2025']);
  });
  it('a self-inspection signed during its year may plan for the rest of it', () => {
    expect(kindTexts('year-contradiction', self('2025年，我校将修订学校章程，完善评价机制。', '2025年9月10日'), 2025, 'self-inspection-report')).toEqual([]);
  });
});

describe('outline-prompt: notes to the drafter in other words', () => {
  const kinds = (text: string) => check(text, 2026).flatMap((f) => rulesIn(f).map((r) => kindOf.get(r)));
  it.each([
    '某镇2026年度法治政府建设情况报告（范本）\n2026年，我镇推进法治建设。',
    '某镇2026年度法治政府建设情况报告\n（写作提示：存在问题不少于3条，对应整改措施）\n2026年，我镇推进法治建设。',
    '某镇2026年度法治政府建设情况报告\n2026年，我镇推进法治建设。\n注：成文日期按实际印发时间填写。',
    '某镇2026年度法治政府建设情况报告\n（结尾段：简要概括下一年度思路，约200字左右）\n2026年，我镇推进法治建设。',
    '某镇2026年度法治政府建设情况报告（题目按“单位＋年度＋文种”格式撰写）\n2026年，我镇推进法治建设。',
    '某镇2026年度法治政府建设情况报告\n（围绕年度考核指标撰写，注意数据口径一致）\n2026年，我镇推进法治建设。',
    '某镇2026年度法治政府建设情况报告\n2026年，我镇推进法治建设。\n注：第三部分应突出问题导向，篇幅约占全文四分之一。',
  ])('caught: %s', (text) => {
    expect(kinds(text)).toContain('outline-prompt');
  });
  it.each([
    '某镇2026年度法治政府建设情况报告\n2026年，我镇编印《法治读本》（约3万字），发放2000册。',
    '某镇2026年度法治政府建设情况报告\n2026年，我镇推进法治建设。\n注：本报告数据截至2026年12月20日。',
    '某镇2026年度法治政府建设情况报告\n2026年，我镇推广合同示范文本12份，覆盖企业300家。',
  ])('silent: %s', (text) => {
    expect(kinds(text)).not.toContain('outline-prompt');
  });
});
