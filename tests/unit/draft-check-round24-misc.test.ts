/**
 * Wording, marks and leftovers in shapes the readers did not know: an ended or replaced plan named inside its own
 * period (“七五”普法期间, “十三五”时期, 2016年至2020年) is history, not this year's basis; a dated target cited with who it is
 * for between the verb and its year; the report's own year told as 一年来 or 过去一年; 参照 as a verb of citing; 法制 in
 * the school's lesson and the model village; the 四个亲自 quoted with one item left out; a bracketed note on where the
 * seal or signature goes; single quotes inside a book title. Facts from the reference: the plans and periods of
 * currency-2026.md §1 and official-phrases.md A1, A2, D1, D2; the 法律明白人 target (currency-2026.md §1); the four
 * duties of 第四条 (official-phrases.md B9); 民主法治示范村 (D7).
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';
import { countyReport, inReport, kindProbes, self, shufa } from './helpers/kind-probes.ts';

const SEVENTH = '《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》';
const EIGHTH = '《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）》';

kindProbes(
  'round 24 (misc)',
  {
    'outdated-wording': {
      found: [
        inReport(`全区依据${SEVENTH}开展送法下乡活动45场。`, 2024),
        inReport(`2024年，我县依据${SEVENTH}开展普法。`, 2024),
      ],
      silent: [
        // The replaced plan's full title inside its own period, in several shapes.
        inReport(`“七五”普法期间，全区依据${SEVENTH}完成了普法阵地建设。`, 2024),
        inReport(`“七五”普法时期，我县按照${SEVENTH}建成法治文化阵地20个。`, 2023),
        inReport(`2016年至2020年，全镇对照${SEVENTH}建成普法宣传栏38块。`, 2024),
        inReport(`2018年，全区依据${SEVENTH}建成普法阵地35个。`, 2024),
        inReport(`“十三五”期间，全县贯彻${SEVENTH}，群众法治意识明显增强。`, 2025),
      ],
    },
    'expired-document-as-guidance': {
      found: [
        // The report's own year told as a span is no past period.
        inReport('一年来，我县按照《法治政府建设实施纲要（2021—2025年）》的部署推进依法行政。', 2026),
        inReport('过去一年，我局依据《法治社会建设实施纲要（2020—2025年）》开展普法。', 2026),
        inReport('这一年，本人对照《法治中国建设规划（2020—2025年）》部署全年法治建设。', 2026, shufa),
        // 参照 cites as the other verbs do.
        inReport('我县参照中发〔2021〕33号文件要求推进依法行政。', 2026),
        inReport('我县参照“六五”普法规划开展法治宣传。', 2024),
        // A dated target with who it is for between the verb and its year.
        inReport('全县对照每村到2025年至少培养3名“法律明白人”的目标，新培养法律明白人96名。', 2026),
        inReport('我镇依据各行政村到2025年至少培养3名法律明白人的要求开展培养。', 2026),
        // A period that has not ended, or a period named as a thing, frames nothing.
        inReport('“十五五”期间，我县将继续贯彻《法治政府建设实施纲要（2021—2025年）》。', 2026),
        inReport('全区在“八五”普法期间建成的阵地基础上，按照“八五”普法规划开展今年的普法活动。', 2026),
        inReport('“十三五”期间建成的示范点，今年继续按照《法治政府建设实施纲要（2015—2020年）》管理。', 2025),
      ],
      silent: [
        inReport(`“八五”普法期间，全区依据${EIGHTH}建成普法阵地120个。`, 2026),
        inReport('“八五”普法期间，全区依据中发〔2021〕26号文件建成普法阵地120个。', 2026),
        inReport('“十四五”以来，我县贯彻落实《法治中国建设规划（2020—2025年）》，法治建设取得明显成效。', 2026),
        inReport('2021—2025年间，全县依据《法治社会建设实施纲要（2020—2025年）》创建民主法治示范村45个。', 2026),
        inReport('2023—2025年期间，我局落实国办发〔2023〕27号文件，执法质量明显提升。', 2026),
        inReport(`“七五”普法期间，全区依据${SEVENTH}完成了普法阵地建设。`, 2024),
        inReport('五年来，我县按照《法治政府建设实施纲要（2021—2025年）》完成了各项目标任务。', 2026),
        // The target in its own year; kept on a superior's notice until the next plan comes out (currency-2026.md §1).
        inReport('我镇按照每个行政村到2025年至少培养3名“法律明白人”的标准，新培养法律明白人96名。', 2025),
        inReport('在新一轮法治社会建设规划出台前，我县根据《法治社会建设实施纲要（2020—2025年）》的任务分工开展工作。', 2026),
        inReport('按照市司法局的通知，本报告仍参照《法治政府建设实施纲要（2021—2025年）》的体系编排。', 2026),
      ],
    },
    'fazhi-fazhi': {
      found: [
        inReport('全县新建成法制示范村12个。', 2024),
        inReport('新增法制示范社区5个。', 2025),
        inReport('全县中小学均开设法制课，每学期安排6课时。', 2025, self),
        inReport('局长带头讲法制课2次。', 2025, shufa),
        inReport('组建法制讲师团，深入村居宣讲民法典。', 2025),
        inReport('组织中小学生开展法制主题班会80场。', 2025),
      ],
      silent: [
        inReport('重大执法决定均经法制审核，县直部门均设立法制机构。', 2025),
        inReport('聘请法治副校长86名，讲授法治课30堂。', 2025),
        inReport('创建全国民主法治示范村1个。', 2025),
        inReport('承担省级法制课题1项。', 2025),
        inReport('“六五”普法期间建成的法制宣传栏已全部更新。', 2025),
      ],
    },
    'four-personally': {
      found: [
        inReport('县长对法治政府建设亲自部署、亲自过问、亲自督办。', 2025),
        inReport('书记做到亲自过问、亲自协调、亲自督办。', 2025, shufa),
        inReport('坚持亲自部署、亲自过问和亲自协调。', 2025),
        inReport('做到重要工作亲自部署、重大问题亲自过问、重要任务亲自督办。', 2025, shufa),
        inReport('坚持重要工作亲自部署，重点环节亲自协调，重要任务亲自督办。', 2025),
      ],
      silent: [
        inReport('坚持亲自部署、亲自过问、亲自协调、亲自督办。', 2025),
        inReport('对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', 2025),
        inReport('书记亲自过问、亲自督办信访积案。', 2025),
        inReport('局长亲自部署、亲自推动、亲自督办执法规范化工作。', 2025),
      ],
    },
    placeholder: {
      found: ['金沙县自然资源局\n（此处加盖公章）', '金沙县自然资源局【此处盖章】', '述法人：王某（此处签名）', '金沙县自然资源局（盖章处）', '〔请加盖单位公章〕'].map(
        (signoff) => inReport(withSignoff(signoff), 2026),
      ),
      // A bare （盖章） after the organ marks where the seal goes on a form (ruled for v16).
      silent: [inReport(withSignoff('白沙镇人民政府（盖章）'), 2026)],
    },
    'quotation-marks': {
      found: [
        inReport('坚持和发展新时代‘枫桥经验’。', 2026),
        inReport('编印《医疗纠纷"以案说法"手册》。', 2026),
        inReport('编印《以案说法手册》，开展‘法律进乡村’活动。', 2026),
      ],
      silent: [
        inReport('编印《医疗纠纷‘以案说法’手册》。', 2026),
        inReport('印发《关于开展‘法律进乡村’活动的通知》。', 2026),
        inReport('开展“‘法’润万家”系列普法活动。', 2026),
      ],
    },
  },
  (p) => (p.text.includes('\n一、') ? p.text : countyReport(p)),
);

/** A short annual report whose 落款 holds the given lines before its date. */
function withSignoff(signoff: string): string {
  return `某县人民政府2026年法治政府建设年度报告\n一、主要工作\n全年审查规范性文件18件。\n二、存在的不足\n执法力量薄弱。\n三、下一步工作安排\n加强执法培训。\n${signoff}\n2027年1月20日`;
}

describe('round 24 (misc): one mistake, one finding', () => {
  it('a seal note is one placeholder 错误, not an outline prompt', () => {
    const found = check(withSignoff('某县人民政府\n（此处加盖公章）'), 2026).filter((f) => f.text === '（此处加盖公章）');
    expect(found).toHaveLength(1);
    expect(kindOf.get(found[0]!.rule)).toBe('placeholder');
    expect(found[0]!.level).toBe('error');
  });
  it('a note on what to write in the same shape stays an outline prompt', () => {
    const kinds = check(withSignoff('某县人民政府\n（此处补充典型案例）'), 2026).flatMap(rulesIn).map((r) => kindOf.get(r));
    expect(kinds).toContain('outline-prompt');
    expect(kinds).not.toContain('placeholder');
  });
  it('the 四个亲自 with one verb changed is one finding, the changed verb, not also a dropped item', () => {
    const found = check(countyReport(inReport('坚持亲自部署、亲自过问、亲自协调、亲自督促。')), 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'four-personally'));
    expect(found.map((f) => f.text)).toEqual(['亲自督促']);
  });
  it('three of the four is a hint: the writer may mean only the duties named', () => {
    const found = check(countyReport(inReport('县长对法治政府建设亲自部署、亲自过问、亲自督办。')), 2025).filter((f) => rulesIn(f).includes('order-si-ge-qinzi-item-dropped'));
    expect(found.map((f) => [f.text, f.level])).toEqual([['亲自部署、亲自过问、亲自督办', 'hint']]);
  });
  it('a replaced plan cited as this year\'s basis is still one 错误', () => {
    const found = check(countyReport(inReport(`全区依据${SEVENTH}开展送法下乡活动45场。`, 2024)), 2024).filter((f) => f.level === 'error' && !/^structure/.test(f.rule));
    expect(found).toHaveLength(1);
  });
  it('a dated target cited with who it is for is marked from the verb', () => {
    const text = countyReport(inReport('我镇依据各行政村到2025年至少培养3名法律明白人的要求开展培养。', 2026));
    const found = check(text, 2026).filter((f) => rulesIn(f).includes('expired-document-period-ended'));
    expect(found.map((f) => f.text)).toEqual(['依据各行政村到2025年至少培养3名法律明白人的要求']);
  });
});
