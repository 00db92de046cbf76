/**
 * Issue 25, round 7 (wording): general catches built from the reference and the phrase bank, not from any
 * item of the evaluation sets. Each case is a shape of text: a name, series or title with one word changed.
 */
import { describe, expect, it } from 'vitest';
import { namesInTitles } from '../../src/shared/draft-check/near-miss-names.ts';
import { loadSources } from '../../scripts/lib/content-rules.ts';
import { compiled, kindOf, ofKind } from './helpers/draft-check.ts';
/** The findings of one kind, as [text, level]. */

describe('system names with one word swapped', () => {
  it('the 三项制度, the 执法监督 system and the 涉企检查 slogans, each with a near word, are system-name hints', () => {
    // A quoted slogan is found without its quotation marks (the bank writes 五个严禁 bare).
    for (const [wrong, found] of [['行政执法公开制度', '行政执法公开制度'], ['执法全过程监督制度', '执法全过程监督制度'], ['行政执法统筹监督工作体系', '行政执法统筹监督工作体系'], ['“五个不准”', '五个不准'], ['“八个不准”', '八个不准']]) {
      expect(ofKind('system-name', `本年度全面落实${wrong}，成效明显。`)).toEqual([[found, 'hint']]);
    }
  });
  it('a slogan’s count one off is found, quoted when the words after the count are ordinary (“四项制度”)', () => {
    expect(ofKind('system-name', '严格执行“四个严禁”。').map(([t]) => t)).toEqual(['四个严禁']);
    expect(ofKind('system-name', '全面推行行政执法“四项制度”。').map(([t]) => t)).toEqual(['行政执法“四项制度”']);
    expect(ofKind('system-name', '严格落实“四项制度”。').map(([t]) => t)).toEqual(['“四项制度”']);
    expect(ofKind('system-name', '年内新建两项制度，修订四项制度。')).toEqual([]);
  });
  it('two neighbouring words of a long name swapped, or a count inside a name, are found; 制度/机制 only for a name an official title spells', () => {
    expect(ofKind('system-name', '构建行政执法监督协调工作体系。').map(([t]) => t)).toEqual(['行政执法监督协调工作体系']);
    expect(ofKind('system-name', '严格执行行政执法四项制度。').map(([t]) => t)).toEqual(['行政执法四项制度']);
    expect(ofKind('system-name', '落实行政执法公示机制。').map(([t]) => t)).toEqual(['行政执法公示机制']);
    expect(ofKind('system-name', '健全矛盾纠纷多元化解机制，完善多元化解制度。')).toEqual([]);
  });
  it('专家论证 or 风险评估 with a near word inside the list of five procedures is a system-name hint', () => {
    expect(ofKind('system-name', '严格履行公众参与、专家评审、风险评估、合法性审查、集体讨论决定程序。')).toEqual([['专家评审', 'hint']]);
    expect(ofKind('system-name', '组织专家评审3次。')).toEqual([]);
  });
  it('the 普法 duty, 包容审慎 and 示范 names with a near word are found', () => {
    expect(ofKind('system-name', '落实“谁执法谁宣传”普法责任制。')).toHaveLength(1);
    expect(ofKind('system-name', '构建“大宣传”格局，开展宪法宣传周活动。')).toEqual([]);
  });
  it('a word put into the 行政复议委员会 of the 2023 law, and 包容审慎监管 reordered, are hints; 行政复议咨询委员会 is not', () => {
    expect(ofKind('system-name', '组建区行政复议审理委员会。')).toEqual([['行政复议审理委员会', 'hint']]);
    expect(ofKind('system-name', '对新业态实行审慎包容监管。')).toEqual([['审慎包容监管', 'hint']]);
    expect(ofKind('system-name', '召开行政复议咨询委员会会议，对新业态实行包容审慎监管。')).toEqual([]);
  });
  it('the right names stay silent', () => {
    const clean = '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，加快构建行政执法协调监督工作体系，严格落实“五个严禁”“八个不得”，学习“十个坚持”到“十一个坚持”的发展。';
    expect(ofKind('system-name', clean)).toEqual([]);
  });
  it('names are read from the official titles too, cut at the words around them', () => {
    const names = namesInTitles(loadSources().map((s) => s.title));
    expect(names).toContain('行政执法公示制度');
    expect(names).toContain('执法全过程记录制度');
    expect(names.every((n) => !/关于|的/.test(n))).toBe(true);
  });
});

describe('outdated wording from the reference’s list of changes', () => {
  it('the 2015 goal in any phrasing after 2021 is an error; the goal dated to 2020 is history', () => {
    expect(ofKind('outdated-wording', '我局朝着基本建成法治政府的目标努力。', 2024)).toEqual([['基本建成法治政府', 'error']]);
    expect(ofKind('outdated-wording', '2015年的纲要提出到2020年基本建成法治政府。', 2024)).toEqual([]);
  });
  it('守法诚信 before 法治政府 is the old goal; before 法治社会 it is the current list', () => {
    expect(ofKind('outdated-wording', '以建设守法诚信的法治政府为目标。', 2024)).toEqual([['守法诚信的法治政府', 'error']]);
    expect(ofKind('outdated-wording', '建设信仰法治、公平正义、保障权利、守法诚信、充满活力、和谐有序的社会主义法治社会。', 2024)).toEqual([]);
  });
  it('二十届二中、三中全会 without 四中 is a hint from the report on 2025, not before', () => {
    expect(ofKind('outdated-wording', '深入学习贯彻党的二十大和二十届二中、三中全会精神。', 2025)).toEqual([['二十届二中、三中全会精神', 'hint']]);
    expect(ofKind('outdated-wording', '深入学习贯彻党的二十大和二十届二中、三中全会精神。', 2024)).toEqual([]);
  });
  it('the 十九届 plenums listed one by one, or 党的十九大精神 alone, are hints from 2023', () => {
    expect(ofKind('outdated-wording', '深入贯彻党的十九大和十九届五中、六中全会精神。', 2024)).toHaveLength(1);
    expect(ofKind('outdated-wording', '深入学习贯彻党的十九大精神。', 2024)).toEqual([['党的十九大精神', 'hint']]);
    expect(ofKind('outdated-wording', '深入学习贯彻党的十九大精神。', 2022)).toEqual([]);
  });
  it('处理好全面依法治国的辩证关系 (十个坚持) is a hint after 2020, silent when the sentence recalls 2018', () => {
    expect(ofKind('outdated-wording', '专题学习坚持处理好全面依法治国的辩证关系。', 2024)).toEqual([['处理好全面依法治国的辩证关系', 'hint']]);
    expect(ofKind('outdated-wording', '2018年提出的“十个坚持”包括坚持处理好全面依法治国的辩证关系。', 2024)).toEqual([]);
  });
  it('an old wording listed with 顿号 is the same old wording run together or with commas', () => {
    for (const text of ['健全自治法治德治相结合的乡村治理体系。', '健全自治，法治，德治相结合的乡村治理体系。']) expect(ofKind('outdated-wording', text, 2024)).toHaveLength(1);
    expect(ofKind('outdated-wording', '坚持有法必依、执法必严、违法必究。', 2024)).toEqual([['有法必依、执法必严、违法必究', 'hint']]);
  });
  it('a plan’s closing named in another clause does not make an old wording history; in the same clause it still may', () => {
    expect(ofKind('outdated-wording', '2025年是纲要收官之年，市政府以基本建成法治政府为目标推进工作。', 2025)).toEqual([['基本建成法治政府', 'error']]);
    expect(ofKind('outdated-wording', '回顾以往，到2020年基本建成法治政府的目标已经实现。', 2025)).toEqual([]);
  });
  it('a sentence telling how a wording changed (从…发展为…) names the old wording without using it', () => {
    const told = '法治方针从“有法可依、有法必依、执法必严、违法必究”发展为“科学立法、严格执法、公正司法、全民守法”。';
    expect(ofKind('outdated-wording', told, 2024)).toEqual([]);
    expect(ofKind('outdated-wording', '坚持有法可依、有法必依、执法必严、违法必究。', 2024)).toHaveLength(1);
  });
});

describe('series the reference quotes from the documents', () => {
  it('营商环境 series, the 复议 principles and 行政检查 requirements out of order are series-order hints', () => {
    for (const [text, moved] of [['坚持市场化、国际化、法治化原则。', '国际化、法治化'], ['营造稳定、透明、公平、可预期的环境。', '透明、公平'], ['坚持公正、合法、公开、高效、便民、为民的原则。', '公正、合法'], ['确保行政检查严格规范、于法有据、公正文明、精准高效。', '严格规范、于法有据']]) {
      expect(ofKind('series-order', text)).toEqual([[moved, 'hint']]);
    }
  });
  it('the 枫桥经验 summary and the 十五五 建议’s pair out of order are found too', () => {
    expect(ofKind('series-order', '做到大事不出镇、小事不出村、矛盾不上交。')).toHaveLength(1);
    expect(ofKind('series-order', '聚焦建设更高水平的社会主义法治国家、建设更加完善的中国特色社会主义法治体系。')).toHaveLength(1);
  });
  it('three or more of the 十一个坚持 out of order are a hint; two in prose are not', () => {
    expect(ofKind('series-order', '领会坚持以人民为中心、坚持党对全面依法治国的领导、坚持中国特色社会主义法治道路等核心要义。')).toHaveLength(1);
    expect(ofKind('series-order', '坚持以人民为中心，坚持党对全面依法治国的领导。')).toEqual([]);
  });
  it('the series in order, with or without 顿号, stay silent', () => {
    expect(ofKind('series-order', '坚持市场化、法治化、国际化原则，营造稳定、公平、透明、可预期的良好环境，打造市场化法治化国际化一流营商环境。')).toEqual([]);
  });
});

describe('四个亲自 with a near object', () => {
  it('关键环节 or 重大事项 in place of one of the four objects is four-personally, only inside the series', () => {
    expect(ofKind('four-personally', '对重要工作亲自部署，重大问题亲自过问，关键环节亲自协调，重要任务亲自督办。')).toEqual([['关键环节亲自协调', 'error']]);
    expect(ofKind('four-personally', '重要工作亲自部署、重大事项亲自过问、重点环节亲自协调、重要任务亲自督办。')).toEqual([['重大事项亲自过问', 'error']]);
    expect(ofKind('four-personally', '主要负责人对关键环节亲自把关。')).toEqual([]);
  });
  it('with the verb first, a near object or a near verb next to another pair is found too', () => {
    expect(ofKind('four-personally', '坚持亲自部署重要工作、亲自过问重大问题、亲自协调关键环节、亲自督办重要任务。')).toEqual([['亲自协调关键环节', 'error']]);
    expect(ofKind('four-personally', '坚持亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督促重要任务。')).toEqual([['亲自督促重要任务', 'error']]);
    expect(ofKind('four-personally', '坚持亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督办重要任务。')).toEqual([]);
  });
});

describe('blanks and prompts', () => {
  it('a month or day written as 〇 is a blank date; a date in Chinese numerals is not', () => {
    expect(ofKind('placeholder', '某局\n2027年〇月〇日').map(([t]) => t)).toEqual(['〇月〇日']);
    expect(ofKind('placeholder', '某局\n2027年2月〇日').map(([t]) => t)).toEqual(['〇日']);
    expect(ofKind('placeholder', '二〇二七年一月十五日')).toEqual([]);
  });
  it('a bracket holding only the name of a blank is a placeholder; an aside is not', () => {
    expect(ofKind('placeholder', '述法人：（姓名）').map(([t]) => t)).toEqual(['（姓名）']);
    expect(ofKind('placeholder', '各成员单位（部门）按时报送，负责人（含副职）出庭应诉。')).toEqual([]);
  });
  it('a run of symbols between words or digits, and an empty square or lenticular bracket, are blanks; a bullet is not', () => {
    expect(ofKind('placeholder', '全年办理案件▲▲件，负责人：【 】。').map(([t]) => t)).toEqual(['▲▲', '【 】']);
    expect(ofKind('placeholder', '▲全年办理案件35件。\n★ 法律顾问全覆盖。')).toEqual([]);
  });
  it('a bracket that addresses the writer or sets a length is an outline prompt; an aside, a date note or a fill note is not', () => {
    for (const prompt of ['（本部分约500字）', '（写具体事例）', '（列举典型案例）', '（提示：写明整改时限）', '（可选）', '（注：此处写典型案例）', '【本段不超过300字】']) {
      expect(ofKind('outline-prompt', `二、存在的不足\n${prompt}\n三、下一步`).map(([t]) => t)).toEqual([prompt]);
    }
    expect(ofKind('outline-prompt', '全年办理案件35件（列举如下）。（注：数据截至12月31日）（写于2026年1月）')).toEqual([]);
    expect(ofKind('outline-prompt', '全年办理案件（此处填写数量）件。')).toEqual([]);
  });
  it('a line opening with 填写： is an outline prompt; 填写 inside a sentence is not', () => {
    expect(ofKind('outline-prompt', '二、存在的不足\n填写：不足及原因\n三、下一步').map(([t]) => t)).toEqual(['填写：不足及原因']);
    expect(ofKind('outline-prompt', '组织各单位认真填写：执法人员信息表。')).toEqual([]);
  });
});

describe('法制 in the names of 普法 activities', () => {
  it('法制课堂, 法制讲座, 法制乡村 are fazhi-fazhi hints; 法制审核 and 法制机构 stay silent', () => {
    expect(ofKind('fazhi-fazhi', '开展法制课堂进校园活动，举办法制讲座。').map(([t, l]) => [t, l])).toEqual([['法制课堂', 'hint'], ['法制讲座', 'hint']]);
    expect(ofKind('fazhi-fazhi', '重大执法决定均经法制审核，各部门设立法制机构。')).toEqual([]);
    expect(ofKind('fazhi-fazhi', '建设中国特色社会主义法制体系。')).toEqual([['社会主义法制体系', 'error']]);
  });
});

describe('titles of the reference’s central texts', () => {
  const generated = compiled.rules.filter((r) => r.id.startsWith('title-source-'));
  it('each long central title without a typed rule gets one, graded as document-title', () => {
    expect(generated.length).toBeGreaterThan(0);
    for (const r of generated) expect(kindOf.get(r.id)).toBe('document-title');
  });
  it('a long title with a few words put in before its end is found; a text named by adding 实施条例 at the end is another text', () => {
    expect(ofKind('document-title', '根据《国务院办公厅关于在线政务服务的若干规定》推进工作。')).toHaveLength(1);
    expect(ofKind('document-title', '依据《中华人民共和国行政复议法实施条例》办理。')).toEqual([]);
  });
  it('a title with two of its words in another order is found by any title rule', () => {
    expect(ofKind('document-title', '贯彻《关于建立领导干部应知应会国家法律和党内法规清单制度的意见》。')).toHaveLength(1);
    expect(ofKind('document-title', '落实《司法机关内部人员过问案件的记录和追究责任规定》。')).toHaveLength(1);
    expect(ofKind('document-title', '落实《司法机关内部人员过问案件的记录和责任追究规定》。')).toEqual([]);
  });
  it('a title with 若干 left out or one word changed is found; the exact title and an unknown text are not', () => {
    expect(ofKind('document-title', '根据《国务院关于在线政务服务的规定》推进工作。').map(([t]) => t)).toEqual(['《国务院关于在线政务服务的规定》']);
    expect(ofKind('document-title', '根据《国务院关于在线政务服务的若干规定》推进工作。')).toEqual([]);
    expect(ofKind('document-title', '根据《国务院关于加强市县政府依法行政的决定》推进工作。')).toEqual([]);
  });
});
