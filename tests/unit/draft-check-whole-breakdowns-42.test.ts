import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { partsNameTheWhole } from '../../src/shared/draft-check/whole-breakdown.ts';

const compiled = loadCompiled();
const draft = (body: string) => `某区司法局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某区司法局\n2026年2月1日\n`;
const sums = (body: string) =>
  checkDraft(draft(body), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-parts-sum').map((f) => [f.text, f.level]);

describe('a 其中 list whose words make it the whole of its total', () => {
  it('flags the states of one act that do not add up (done and not yet done)', () => {
    expect(sums('巡察发现问题共40个，其中已完成整改31个、正在整改5个。')).toEqual([['40个', 'hint']]);
    expect(sums('自查发现问题12个，其中尚未整改到位4个、已整改到位6个。')).toEqual([['12个', 'hint']]);
    expect(sums('受理信访事项60件，其中已办结45件、正在办理8件。')).toEqual([['60件', 'hint']]);
  });
  it('flags parts that the total names one by one', () => {
    expect(sums('全年收到人大代表建议和政协提案共45件，其中人大代表建议20件、政协提案22件。')).toEqual([['45件', 'hint']]);
    expect(sums('镇政府配备法律顾问与公职律师共16名，其中外聘法律顾问9名、公职律师4名。')).toEqual([['16名', 'hint']]);
  });
  it('flags every member of a closed set listed with a sum short of the total', () => {
    expect(sums('审结行政诉讼案件52件，其中一审30件、二审15件、再审3件。')).toEqual([['52件', 'hint']]);
    expect(sums('全市共有行政执法人员1200名，其中市级300名、县级600名、乡镇级250名。')).toEqual([['1200名', 'hint']]);
  });
  it('stays silent when such a list adds up', () => {
    expect(sums('巡察发现问题共40个，其中已完成整改35个、正在整改5个。')).toEqual([]);
    expect(sums('全年收到人大代表建议和政协提案共42件，其中人大代表建议20件、政协提案22件。')).toEqual([]);
    expect(sums('审结行政诉讼案件48件，其中一审30件、二审15件、再审3件。')).toEqual([]);
  });
  it('stays silent on a 其中 list that may pick out only some parts', () => {
    expect(sums('共调解矛盾纠纷45件，其中婚姻家庭纠纷20件、邻里纠纷18件。')).toEqual([]);
    // The total names two kinds, the parts a third: not the total's own parts.
    expect(sums('聘请法律顾问和公职律师共15名，其中公职律师6名、外聘律师5名。')).toEqual([]);
    // 一审 and 二审 without 再审: the set is not listed in full.
    expect(sums('办理行政诉讼案件60件，其中一审42件、二审10件。')).toEqual([]);
    // Done and in hand are two acts (办结, 办理): some may be neither.
    expect(sums('受理信访事项60件，其中已办结45件、正在调查5件。')).toEqual([]);
  });
});

describe('a list closed by a total that names its own measure', () => {
  it('flags parts that add up to more than the total', () => {
    expect(sums('开展法治讲座6场、以案释法4场、宪法宣誓2场，全年共组织法治活动11场。')).toEqual([['共组织法治活动11场', 'hint']]);
    expect(sums('旁听庭审4次、集体学法6次，全年共开展学法活动9次。')).toEqual([['共开展学法活动9次', 'hint']]);
  });
  it('stays silent when the named total may be wider, or is another count', () => {
    expect(sums('开展法治讲座6场、以案释法4场，全年共开展普法活动30场。')).toEqual([]);
    expect(sums('新聘法律顾问2名、公职律师1名，法律顾问共12名。')).toEqual([]);
    expect(sums('受理婚姻纠纷30件、邻里纠纷25件，调解成功共50件。')).toEqual([]);
    expect(sums('检查企业30家、门店25家，发现问题企业共20家。')).toEqual([]);
    expect(sums('办理行政复议案件30件、行政诉讼案件25件，较上年共减少8件。')).toEqual([]);
  });
});

describe('partsNameTheWhole', () => {
  it('reads states, named parts and closed sets', () => {
    expect(partsNameTheWhole('反馈问题共', ['已整改', '正在整改'])).toBe(true);
    expect(partsNameTheWhole('配备法律顾问和公职律师共', ['外聘法律顾问', '公职律师'])).toBe(true);
    expect(partsNameTheWhole('受理行政诉讼案件', ['一审', '二审', '再审'])).toBe(true);
    expect(partsNameTheWhole('开展执法检查', ['上半年', '下半年'])).toBe(true);
  });
  it('does not read a selection as the whole', () => {
    expect(partsNameTheWhole('调解矛盾纠纷', ['婚姻家庭纠纷', '邻里纠纷'])).toBe(false);
    expect(partsNameTheWhole('反馈问题共', ['已整改', '已销号'])).toBe(false);
    expect(partsNameTheWhole('受理行政诉讼案件', ['一审', '二审'])).toBe(false);
    expect(partsNameTheWhole('配备法律顾问和公职律师共', ['公职律师'])).toBe(false);
  });
});

describe('a total and its parts doing the same act in another sentence', () => {
  const report = (opening: string, body: string, plan = '下一步，我局将持续用力。') =>
    `某市司法局2025年法治政府建设年度报告\n2025年，${opening}\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n${plan}\n某市司法局\n2026年2月1日\n`;
  const found = (text: string) =>
    checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-parts-sum').map((f) => f.text);
  it('flags parts joined by 和 or 、 that add up to more than the total', () => {
    expect(found(report('我局组织全市法治督察，共对15个单位开展实地督察。', '对8个县区和9个市直部门开展实地督察，发现问题63个。'))).toEqual(['15个']);
    expect(found(report('全年共为32家企业开展“法治体检”。', '组织律师为20家民营企业、14家个体工商户开展“法治体检”，提出法律建议80条。'))).toEqual(['32家']);
  });
  it('stays silent when they add up or fall short, are narrowed to some, open, or planned', () => {
    expect(found(report('全年共为32家企业开展“法治体检”。', '组织律师为20家民营企业、12家个体工商户开展“法治体检”。'))).toEqual([]);
    expect(found(report('全年共为120名群众提供法律咨询。', '为30名老人和50名妇女提供法律咨询。'))).toEqual([]);
    expect(found(report('全年共为32家企业开展“法治体检”。', '其中为20家民营企业、14家个体工商户开展“法治体检”。'))).toEqual([]);
    expect(found(report('全年共为32家企业开展“法治体检”。', '为20家民营企业和14家个体工商户等开展“法治体检”。'))).toEqual([]);
    expect(found(report('全年共对15个单位开展实地督察。', '完善督察制度。', '2026年，对8个县区和9个市直部门开展实地督察。'))).toEqual([]);
    // Another act on the parts (发现问题, not 开展实地督察): nothing to add up.
    expect(found(report('全年共对15个单位开展实地督察。', '对8个县区和9个市直部门进行了回访。'))).toEqual([]);
  });
});
