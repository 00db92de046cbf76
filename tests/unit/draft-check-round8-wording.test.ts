/**
 * Issue 25, round 8 (wording): general catches from the reference and the phrase bank, each case a shape of
 * text written here (no sentence of the evaluation sets), with the forms the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, ofKind } from './helpers/draft-check.ts';

/** The kind each finding speaks for (its own rule's), with its text. */
/** Every kind the findings carry, own or merged. */
const kindsOf = (text: string) => check(text).flatMap((f) => [f.rule, ...(f.merged ?? [])].map((r) => kindOf.get(r)));
const spoken = (text: string, year = 2026) => check(text, year).map((f) => [kindOf.get(f.rule), f.text]);
/** The findings of one kind (own or merged), as [text, level]. */

describe('outline prompts in any bracket', () => {
  it('a bracket opening with a fill-in verb and describing what to write speaks as an outline prompt, not a placeholder', () => {
    for (const [open, close] of [['【', '】'], ['（', '）'], ['〖', '〗'], ['［', '］']]) {
      const prompt = `${open}填写全年行政复议案件数量和纠错率${close}`;
      expect(spoken(`（二）行政复议工作。${prompt}\n`)).toContainEqual(['outline-prompt', prompt]);
      expect(spoken(`（二）行政复议工作。${prompt}\n`).filter(([k]) => k === 'placeholder')).toEqual([]);
    }
  });
  it('a bracket naming only the slot stays a placeholder (（此处填写数量）); 【填写次数】 is both (round 15)', () => {
    expect(check('全年开展普法活动【填写次数】次。').length).toBe(1);
    expect([...new Set(kindsOf('全年开展普法活动【填写次数】次。'))].sort()).toEqual(['outline-prompt', 'placeholder']);
    expect(spoken('全年办理行政复议案件（此处填写数量）件。').map(([k]) => k)).toEqual(['placeholder']);
  });
  it('a label alone in its bracket (【要写】, 〖可用事实〗) opens a prompt that runs to the line’s end', () => {
    expect(ofKind('outline-prompt', '三、下一年度安排\n【要写】结合上级工作要点列出下一年度安排\n')).toEqual([['【要写】结合上级工作要点列出下一年度安排', 'error']]);
    expect(ofKind('outline-prompt', '推进法治副校长全覆盖。〖可用事实：全区中小学校数〗\n').map(([t]) => t)).toEqual(['〖可用事实：全区中小学校数〗']);
  });
  it('a note to fill in or an aside is not a prompt', () => {
    for (const text of ['工作亮点（待补充）。', '【典型案例】某村调解一起土地纠纷。', '全年办理案件35件（列举如下）。', '（注：数据截至12月31日）']) {
      expect(ofKind('outline-prompt', text)).toEqual([]);
    }
  });
});

describe('the 四个亲自 with the verbs alone', () => {
  it('a near verb in a run of 亲自… where the other verbs are the four is a four-personally error', () => {
    for (const [text, wrong] of [['坚持亲自部署、亲自过问、亲自商议、亲自督办。', '亲自商议'], ['做到亲自研究、亲自过问、亲自协调和亲自督办。', '亲自研究'], ['对法治工作亲自部署、亲自过问、亲自协调、亲自督查。', '亲自督查']]) {
      expect(ofKind('four-personally', text)).toEqual([[wrong, 'error']]);
    }
  });
  it('the four verbs, or two 亲自 in prose, are left alone', () => {
    for (const text of ['坚持亲自部署、亲自过问、亲自协调、亲自督办。', '局长亲自部署、亲自推动执法规范化工作。', '书记亲自过问、亲自督办信访积案。']) {
      expect(ofKind('four-personally', text)).toEqual([]);
    }
  });
});

describe('the 2015 纲要 goal with its list (基本建成……的法治政府)', () => {
  it('is an outdated-wording hint after 2021', () => {
    expect(ofKind('outdated-wording', '围绕到2025年基本建成职能科学、权责法定、执法严明的法治政府目标推进工作。', 2025)).toEqual([['基本建成', 'hint']]);
  });
  it('is left alone for the 2020 deadline, the 2035 goal, the 2015—2020 纲要 recalled and before 2021', () => {
    for (const text of ['《法治政府建设实施纲要（2015—2020年）》提出到2020年基本建成职能科学、权责法定的法治政府。', '到2035年基本建成法治国家、法治政府、法治社会。', '全面建设职能科学、权责法定、执法严明的法治政府。']) {
      expect(ofKind('outdated-wording', text, 2025)).toEqual([]);
    }
    expect(ofKind('outdated-wording', '努力基本建成职能科学、权责法定的法治政府。', 2019)).toEqual([]);
  });
});

describe('法律 and 法治 swapped in a quoted name of the bank', () => {
  it('“法治明白人” is a system-name hint with the bank’s name as fix (D6)', () => {
    const found = check('实施“法治明白人”培养工程。').filter((f) => kindOf.get(f.rule) === 'system-name');
    expect(found.map((f) => [f.level, f.fix])).toEqual([['hint', '改为：“法律明白人”']]);
    expect(ofKind('system-name', '实施“法律明白人”培养工程，培育“法治带头人”。')).toEqual([]);
  });
});

describe('法制 inside the name of a plan that was still 法制宣传教育 (D2)', () => {
  it('is not a fazhi-fazhi finding; 法制宣传教育 elsewhere still is', () => {
    expect(ofKind('fazhi-fazhi', '深入实施“六五”法制宣传教育规划。')).toEqual([]);
    expect(ofKind('fazhi-fazhi', '深入开展法制宣传教育。').length).toBe(1);
  });
});

describe('prompts in more bracket shapes and phrasings', () => {
  it('a bracket asking the writer (请…写明, 参照…列出, 注：此段需补充) or a label in 〈〉 <> ｛｝ is an outline prompt', () => {
    for (const text of ['（请结合本单位实际写明两项具体做法）', '【参照上年报告列出主要数据】', '［注：此段需补充典型案例］', '〈要写：学法情况〉', '<可用事实：会议次数>', '｛填写：案件数｝']) {
      expect(ofKind('outline-prompt', `二、主要做法\n${text}\n`)).toEqual([[text, 'error']]);
    }
  });
  it('an aside that refers the reader on is not a prompt', () => {
    for (const text of ['具体做法（请见附件2）。', '（根据省司法厅统计口径）', '全年x<5的情形为零。']) expect(ofKind('outline-prompt', text)).toEqual([]);
  });
});

describe('one item of a fixed series with its two words swapped', () => {
  it('next to a neighbour of the series it is a series-order hint with the item as written as fix', () => {
    const found = check('建设职能科学、权责法定、执法严明、公正公开、智能高效、廉洁诚信、人民满意的法治政府。').filter((f) => kindOf.get(f.rule) === 'series-order');
    expect(found.map((f) => [f.text, f.level, f.fix])).toEqual([['执法严明、公正公开', 'hint', '改为：执法严明、公开公正']]);
  });
  it('the swapped words alone, away from the series, are the writer’s own', () => {
    expect(ofKind('series-order', '坚持公正公开办理每一起案件。')).toEqual([]);
  });
});

describe('more near words in names', () => {
  it('“法制明白人” and a homophone slip (行政执法公式制度) are system-name hints', () => {
    expect(ofKind('system-name', '培养“法制明白人”骨干。').map(([t]) => t)).toEqual(['“法制明白人”']);
    expect(ofKind('system-name', '全面推行行政执法公式制度。')).toEqual([['行政执法公式制度', 'hint']]);
  });
});

describe('法制 in a sentence about a period that was still 法制宣传教育', () => {
  it('is history; the same words about this year are not', () => {
    expect(ofKind('fazhi-fazhi', '“六五”普法期间，我县深入开展法制宣传教育。')).toEqual([]);
    expect(ofKind('fazhi-fazhi', '“八五”普法期间，我县深入开展法制宣传教育。').length).toBe(1);
  });
});

describe('more placeholder and prompt shapes', () => {
  it('a slot name in [] or {} and one question mark for a count are placeholders', () => {
    expect(spoken('全年受理[数字]件。')).toEqual([['placeholder', '[数字]']]);
    expect(spoken('{单位名称}2026年度法治政府建设情况报告')).toContainEqual(['placeholder', '{单位名称}']);
    expect(spoken('全年办理案件？件，办结？件。')).toEqual([['placeholder', '？'], ['placeholder', '？']]);
    expect(ofKind('placeholder', '是否按期办结？件件有回音。')).toEqual([]);
  });
  it('a prompt line after a bullet or with a dash, 要点 with an instruction, 此处应有 in [] are outline prompts', () => {
    for (const [text, found] of [['★要写：法治督察情况', '要写：法治督察情况'], ['要写——履职情况', '要写——履职情况'], ['（要点：写清楚履职情况）', '（要点：写清楚履职情况）'], ['[此处应有案例]', '[此处应有案例]']]) {
      expect(ofKind('outline-prompt', `二、主要做法\n${text}\n`)).toEqual([[found, 'error']]);
    }
    expect(ofKind('outline-prompt', '工作要点：依法、规范、高效。（要点：依法、规范、高效）')).toEqual([]);
  });
});

describe('series the order rules could not see', () => {
  it('the compact 五公开 with 公开 on another item, and C5 with its last verbs traded, are series-order findings', () => {
    expect(ofKind('series-order', '推进决策、执行、管理、结果、服务公开。').map(([t]) => t)).toEqual(['结果、服务公开']);
    expect(ofKind('series-order', '推进决策、执行、管理、服务、结果公开。')).toEqual([]);
    expect(ofKind('series-order', '形成办事依法、遇事找法、解决问题靠法、化解矛盾用法的氛围。')).toEqual([['解决问题靠法、化解矛盾用法', 'hint']]);
  });
});

describe('a prompt that holds a placeholder', () => {
  it('speaks for it: the prompt is deleted whole, the XX inside goes with it', () => {
    const found = check('二、主要做法\n〔可用事实：全年办理案件XX件〕\n');
    const prompt = found.find((f) => f.text === '〔可用事实：全年办理案件XX件〕');
    expect(kindOf.get(prompt!.rule)).toBe('outline-prompt');
    expect((prompt!.merged ?? []).map((r) => kindOf.get(r))).toContain('placeholder');
    expect(found.filter((f) => kindOf.get(f.rule) === 'placeholder')).toEqual([]);
  });
  it('a placeholder outside any prompt still speaks for itself', () => {
    expect(spoken('全年受理XX件。')).toEqual([['placeholder', 'XX']]);
  });
});

describe('a title one character off', () => {
  it('a short title of a law or regulation with one character changed in place is a document-title finding', () => {
    expect(ofKind('document-title', '贯彻《优化营商坏境条例》。').map(([t]) => t)).toEqual(['《优化营商坏境条例》']);
    expect(ofKind('document-title', '学习《中华人民共和国行政诉公法》。').map(([t]) => t)).toEqual(['《中华人民共和国行政诉公法》']);
  });
  it('another law two characters away, and the exact titles, are not', () => {
    expect(ofKind('document-title', '学习《中华人民共和国行政诉讼法》和《中华人民共和国行政许可法》，贯彻《优化营商环境条例》。')).toEqual([]);
  });
});

describe('a title one numeral off', () => {
  it('names another text, not a slip', () => {
    expect(ofKind('document-title', '对照《国民经济和社会发展第十三个五年规划纲要》。')).toEqual([]);
  });
});
