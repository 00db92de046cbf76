/**
 * Round 49 families: a bracket labelling the draft an outline to follow (（参考提纲）), a note telling the drafter to
 * attach a document (此处需附…清单), the 四个亲自 in the verb-first form with one item left out, 法制审核 in the name of the
 * third 三项制度 recalled as another legal word, an inline series repeating a number in one paragraph (第二，…；第二，),
 * the report's own data cut-off at an earlier year's end, and 现将…一并报告 naming another year. Sentences written for
 * these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf, rulesIn } from './helpers/draft-check.ts';

const annual = (year: number, opening: string, body: string, title = `某县司法局关于${year}年度法治政府建设情况的报告`) =>
  `${title}\n${opening}\n一、主要举措和成效\n（一）规范执法。${body}\n二、存在的问题\n学法形式较为单一。\n三、下一年度工作安排\n加强学习培训。\n某县司法局\n${year + 1}年1月10日`;
const ofKind = (kind: string, text: string, year: number) =>
  checkWith(text, { year }).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === kind)).map((f) => f.text);
const OPEN = '2025年，我局坚持依法行政，现将有关情况报告如下。';

describe('a drafter note or an outline label left in the draft', () => {
  const caught: [string, string, string][] = [
    ['某县司法局2025年度述法报告（参考提纲）', '全年审核文件12件。', '（参考提纲）'],
    ['某县司法局2025年度法治政府建设情况报告（示范文本）', '全年审核文件12件。', '（示范文本）'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '全年审核文件12件。\n注意：此处需附相关制度文件清单。', '注意：此处需附相关制度文件清单。'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '全年审核文件12件。\n提示：本段应附上执法检查情况统计表。', '提示：本段应附上执法检查情况统计表。'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '全年审核文件12件。此处需附评查案卷目录。', '此处需附评查案卷目录。'],
  ];
  for (const [title, body, span] of caught) {
    it(`reports: ${span}`, () => expect(ofKind('outline-prompt', annual(2025, OPEN, body, title), 2025)).toContain(span));
  }
  const silent: [string, string][] = [
    ['某县司法局2025年度法治政府建设情况报告（征求意见稿）', '全年审核文件12件。'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '全年审核文件12件，相关制度文件清单附后。'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '此处设立法律服务点，附近群众办事更加便捷。'],
    ['某县司法局关于2025年度法治政府建设情况的报告', '编制执法事项清单并向社会公布。'],
  ];
  for (const [title, body] of silent) {
    it(`stays silent: ${title} ${body}`, () => expect(ofKind('outline-prompt', annual(2025, OPEN, body, title), 2025)).toEqual([]));
  }
});

/** A family read in a body sentence: each caught sentence reports its span under the kind, each look-alike stays silent. */
function bodyFamily(title: string, kind: string, caught: [string, string][], silent: string[]) {
  describe(title, () => {
    for (const [body, span] of caught) it(`reports: ${body}`, () => expect(ofKind(kind, annual(2025, OPEN, body), 2025)).toContain(span));
    for (const body of silent) it(`stays silent: ${body}`, () => expect(ofKind(kind, annual(2025, OPEN, body), 2025)).toEqual([]));
  });
}

bodyFamily('the 四个亲自 verb first with an item left out', 'four-personally', [
  ['主要负责人坚持亲自部署重要工作、亲自过问重大问题、亲自督办重要任务。', '亲自部署重要工作、亲自过问重大问题、亲自督办重要任务'],
  ['下一步将继续亲自部署重要工作、亲自过问重大问题、亲自协调重点环节。', '亲自部署重要工作、亲自过问重大问题、亲自协调重点环节'],
], ['主要负责人坚持亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督办重要任务。', '局长亲自部署重要工作、亲自过问重大问题。', '书记亲自部署重要工作、亲自推动重点项目、亲自督办信访积案。']);

bodyFamily('the third of the 三项制度 named with another legal word', 'system-name', [
  ['全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法律审查制度。', '重大执法决定法律审查'],
  ['严格执行重大执法决定合规审核制度。', '重大执法决定合规审核'],
  ['落实重大执法决定法务审查制度，审查案件21件。', '重大执法决定法务审查'],
], ['全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。', '重大行政决策全部经过合法性审查。', '重大执法决定均经法制审核，法律顾问出具审查意见8份。']);

bodyFamily('an inline series repeating its number in one sentence', 'heading-numbering', [
  ['第一，健全依法决策机制；第二，加强执法队伍建设；第二，深化普法依法治理。', '第二'],
  ['一是健全制度；二是规范执法；二是强化监督。', '二是'],
], ['第一，健全依法决策机制；第二，加强执法队伍建设；第三，深化普法依法治理。', '本人作为第一责任人，第一时间部署整改。', '一是健全制度；二是规范执法。二是强化监督，坚持一是一、二是二。', '一是健全制度；二是规范执法。\n二是强化监督。']);

describe('the report year contradicted in its own cut-off or reporting clause', () => {
  const caught: [string, string][] = [
    ['2025年，我局坚持依法行政，现报告如下。本报告数据统计截至2024年12月31日。', '2024'],
    ['2025年，我局坚持依法行政，现报告如下。文中统计数据均截止到2024年底。', '2024'],
    ['现将本人2025年度履行推进法治建设第一责任人职责情况报告如下。现将本人2024年度履职情况一并报告。', '2024'],
  ];
  for (const [opening, span] of caught) {
    it(`reports: ${opening}`, () => expect(ofKind('year-contradiction', annual(2025, opening, '全年审核文件12件。'), 2025)).toContain(span));
  }
  const silent: [string, string][] = [
    ['2025年，我局坚持依法行政，现报告如下。本报告数据统计截至2025年12月20日。', '全年审核文件12件。'],
    [OPEN, '截至2024年12月31日，全县累计培养法律明白人830名，2025年新增54名。'],
    [OPEN, '据统计，截至2024年底全县共有执法人员310名。'],
    ['现将本人2025年度履职情况及2024年度述法评议意见整改情况一并报告如下。', '全年审核文件12件。'],
  ];
  for (const [opening, body] of silent) {
    it(`stays silent: ${opening} ${body}`, () => expect(ofKind('year-contradiction', annual(2025, opening, body), 2025)).toEqual([]));
  }
});
