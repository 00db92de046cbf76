/**
 * Round 59: a dated target's words under the writer's own later deadline (2028年6月前全区每个行政村至少培养3名) are the unit's
 * own aim, not the ended plan's target (v61c-half-width-punctuation-13, v61c-clean-47); an earlier year opening a clause of
 * the leader's own study or chairing (，2024年自学党内法规11部; ，2023年主持研究法治建设事项8个; v61c-year-contradiction-04,
 * -09, -14); and a short quoted system name with its characters in another order (“评好差” for “好差评”, v61c-system-name-15).
 * Sentences written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const report = (year: number, body: string, plans = '加强学习培训。') =>
  `柘水区人民政府关于${year}年度法治政府建设情况的报告\n${year}年，柘水区深入学习贯彻习近平法治思想。现将有关情况报告如下：\n一、主要举措和成效\n${body}\n二、存在的不足\n学法形式较为单一。\n三、${year + 1}年工作安排\n${plans}\n柘水区人民政府\n${year + 1}年1月10日`;

/** A reader's probes: the words and the span reported, and the look-alikes that stay silent; `where` the words go. */
const TARGET = '每个行政村至少培养3名';
const readers: { title: string; kind: string; year: number; where: 'body' | 'plans'; reported: [string, string][]; silent: string[] }[] = [
  {
    title: 'a dated target under the writer’s own later deadline',
    kind: 'expired-document-as-guidance', year: 2026, where: 'plans',
    // Still reported: followed as a standard with a deadline of its own, tied to the ended plan, put to work this year.
    reported: [['按照每个行政村至少培养3名的标准，2027年底前完成补缺。', TARGET], ['2027年底前，按照“八五”普法规划要求实现每个行政村至少培养3名。', TARGET], ['今年按照每个行政村至少培养3名的标准新培养“法律明白人”40名。', TARGET]],
    silent: ['壮大“法律明白人”队伍，2028年6月前全区每个行政村至少培养3名。', '到2027年底，柘水区每个行政村至少培养3名“法律明白人”。', '充实基层力量，2027年前每个行政村至少培养3名法律明白人。'],
  },
  {
    title: 'an earlier year opening a clause of the leader’s own study or chairing',
    kind: 'year-contradiction', year: 2025, where: 'body',
    reported: [['对照学法清单系统学习，2024年自学党内法规11部。', '2024'], ['主要负责人认真履行第一责任人职责，2023年主持研究法治建设事项8个。', '2023'], ['坚持领导干部带头学法，2024年学习宪法和民法典专题6次。', '2024']],
    // A comparison, a span since or across years, the reported year itself, a year long before.
    silent: ['今年自学法律法规14部，2024年自学11部。', '坚持系统学习，2024年以来自学法律法规30部。', '对照学法清单系统学习，2025年自学法律法规11部。', '对照学法清单系统学习，2019年自学法律法规11部。', '主要负责人认真履行第一责任人职责，2023年至2025年主持研究法治建设事项20个。'],
  },
  {
    title: 'a short quoted system name with its characters in another order',
    kind: 'system-name', year: 2026, where: 'body',
    reported: [['落实政务服务“差好评”制度，全年收到评价1200条。', '“差好评”'], ['落实政务服务“评好差”制度，全年收到评价1200条。', '“评好差”'], ['深化“管放服”改革，全年取消证明事项12项。', '“管放服”']],
    // The right names; a quoted phrase the bank gives no system word after (“跑多次”), turned about in ordinary words.
    silent: ['落实政务服务“好差评”制度，全年收到评价1200条，好评率99%，差评整改率100%。', '深化“放管服”改革，全年取消证明事项12项。', '整治群众办事“跑多次”问题，全年办件1200件。'],
  },
];

for (const { title, kind, year, where, reported, silent } of readers) {
  const found = (words: string) => {
    // 今年… is this year's work: it goes in the body whatever the reader's place.
    const inPlans = where === 'plans' && !words.startsWith('今年');
    return ofKind(kind, inPlans ? report(year, '全年培训执法人员300人次。', words) : report(year, words), year).map(([t]) => t);
  };
  describe(title, () => {
    for (const [words, span] of reported) it(`reports ${span}: ${words}`, () => expect(found(words)).toContain(span));
    for (const words of silent) it(`stays silent: ${words}`, () => expect(found(words)).toEqual([]));
  });
}
