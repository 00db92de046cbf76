/**
 * Issue 25, round 56, number-mismatch: a count granted by ，但 alone in the problems part; a count named by the way the
 * work was done (告知承诺方式, 容缺受理); the opening's act in other words of one sense (化解/调处, 清理取消/精简取消); a
 * meeting's count against the chief's own 主持研究; 组织N次X read with its thing after the number; halves followed by
 * their own year total. Probes in words of their own, not items of any set.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

type Hit = { text: string; places: string[] };
const hits = (text: string, year = 2025, type?: Parameters<typeof check>[2]): Hit[] =>
  check(text, year, type)
    .filter((f) => kindOf.get(f.rule) === 'number-mismatch')
    .map((f) => ({ text: f.text, places: (f.places ?? [f]).map((p) => text.slice(p.start, p.end)) }));
const touches = (found: Hit[], words: string) => found.some((h) => h.text.includes(words) || h.places.some((p) => p.includes(words) || words.includes(p)));

const annual = (opening: string, body: string, problems = '执法队伍专业化水平有待提高。', plans = '2026年，将持续提升依法行政水平。') =>
  `青禾县人民政府关于2025年度法治政府建设情况的报告\n2025年，县政府坚持以习近平法治思想为指导，${opening}，法治政府建设取得新进展。\n现将有关情况报告如下。\n一、主要举措和成效\n（一）深化改革。${body}\n二、存在的不足\n${problems}\n三、2026年工作安排\n${plans}\n青禾县人民政府\n2026年1月18日`;

describe('a count granted by ，但 alone in the problems part', () => {
  const shufa = (body: string, problems: string) =>
    `石岭县林业局局长2025年度述法报告\n2025年，本人认真履行推进法治建设第一责任人职责，现就有关情况述法如下。\n一、学法用法情况\n${body}\n二、存在的问题\n对照要求，主要存在以下不足：一是执法文书制作不够规范；${problems}\n三、下一步打算\n持续抓好学法用法。\n述法人：石岭县林业局局长　周明\n2026年1月20日`;
  it('the earlier count with its doer, the granted one with its act only, other number', () => {
    expect(touches(hits(shufa('局党组理论学习中心组围绕民法典开展专题学法9次。', '二是全年开展专题学法8次，但学习成果转化不够。'), 2025, 'shufa-report'), '8次')).toBe(true);
    expect(touches(hits(shufa('局机关开展法治讲座6场，干部参与面广。', '二是开展法治讲座7场，但覆盖基层站所不够。'), 2025, 'shufa-report'), '7场')).toBe(true);
  });
  it('the same number, another measure, or a bound stays silent', () => {
    expect(hits(shufa('局党组理论学习中心组围绕民法典开展专题学法9次。', '二是全年开展专题学法9次，但学习成果转化不够。'), 2025, 'shufa-report')).toEqual([]);
    expect(hits(shufa('局党组理论学习中心组围绕民法典开展专题学法9次。', '二是开展专题培训3次，但培训内容针对性不强。'), 2025, 'shufa-report')).toEqual([]);
    expect(hits(shufa('局机关开展法治讲座6场，干部参与面广。', '二是开展法治讲座8场以上，但覆盖基层站所不够。'), 2025, 'shufa-report')).toEqual([]);
  });
});

describe('a count named by the way the work was done', () => {
  it('the same way, 办理 and 办件 one act, another number', () => {
    expect(touches(hits(annual('以容缺受理方式办理事项326件', '推行容缺受理，通过容缺受理方式办理事项329件，群众办事更便捷。')), '329件')).toBe(true);
    expect(touches(hits(annual('推进减证便民', '全面推行证明事项告知承诺制，以告知承诺方式办理事项1204件。', '一是虽告知承诺办件1240件，但核查不够及时。')), '1240件')).toBe(true);
  });
  it('办结 against 办理 only when one digit differs and nothing else counts the way', () => {
    expect(touches(hits(annual('通过告知承诺方式办结事项1520件', '以告知承诺方式办理事项1530件，企业办事更便捷。')), '1530件')).toBe(true);
    expect(hits(annual('通过告知承诺方式办结事项1310件', '以告知承诺方式办理事项1530件，企业办事更便捷。'))).toEqual([]);
  });
  it('another year, or another way, stays silent', () => {
    expect(hits(annual('以告知承诺方式办理事项1530件', '2024年以告知承诺方式办理事项1280件，今年继续扩面。'))).toEqual([]);
    expect(hits(annual('以告知承诺方式办理事项1530件', '推行容缺受理，以容缺受理方式办理事项1280件。'))).toEqual([]);
  });
});

describe("the opening's act in other words of one sense", () => {
  it('化解 and 调处, 精简取消 and 清理取消, the body counting the thing once', () => {
    expect(touches(hits(annual('排查化解矛盾纠纷120件', '坚持和发展新时代“枫桥经验”，调处矛盾纠纷112件，调解成功108件。')), '112件')).toBe(true);
    expect(touches(hits(annual('精简取消证明事项12项', '深入开展“减证便民”行动，清理取消证明事项10项。')), '10项')).toBe(true);
  });
  it('another doer, a second count of the thing, 调解 (one way of settling), or 清理 alone stays silent', () => {
    expect(hits(annual('化解矛盾纠纷120件', '发挥人民调解作用，全年调解矛盾纠纷96件。'))).toEqual([]);
    expect(hits(annual('排查化解矛盾纠纷120件', '乡镇人民调解委员会调处矛盾纠纷112件。'))).toEqual([]);
    expect(hits(annual('化解矛盾纠纷120件', '调处矛盾纠纷112件，另在诉前化解涉企矛盾纠纷8件。'))).toEqual([]);
    expect(hits(annual('取消证明事项12项', '开展证明事项专项清理，清理证明事项30项。'))).toEqual([]);
  });
});

describe("a meeting's count and the chief's own chairing are two measures", () => {
  const duty = (meetings: string, chaired: string) =>
    annual('持续推进法治政府建设', `普法工作扎实开展。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n${meetings}县长认真履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，${chaired}`);
  it('常务会议专题研究…工作N次 against 主持研究…事项M次 stays silent', () => {
    expect(hits(duty('县政府常务会议专题研究法治建设工作4次，审议相关议题6个。', '全年主持研究法治建设事项7次。'))).toEqual([]);
  });
  it('two counts of the meetings with two numbers are still read', () => {
    expect(touches(hits(duty('县政府常务会议专题研究法治建设工作4次，审议相关议题6个。', '全年召开县政府常务会议研究法治建设工作6次。')), '6次')).toBe(true);
  });
});

describe('组织N次X names its thing after the number', () => {
  const shufa = (body: string, plans: string) =>
    `石岭县林业局局长2025年度述法报告\n2025年，本人认真履行推进法治建设第一责任人职责，现就有关情况述法如下。\n一、学法用法情况\n${body}\n二、存在的问题\n执法文书制作不够规范。\n三、2026年工作思路\n${plans}\n述法人：石岭县林业局局长　周明\n2026年1月20日`;
  it('another thing after the number stays silent', () => {
    expect(hits(shufa('全年组织局党组理论学习中心组专题学法4次。', '一是加强行政执法监督，组织6次执法专项监督。'), 2025, 'shufa-report')).toEqual([]);
  });
  it('the same thing after the number is still read', () => {
    expect(touches(hits(shufa('全年组织干部旁听庭审4次，干部参与面广。', '回顾全年，组织3次旁听庭审，干部受到教育。'), 2025, 'shufa-report'), '3次')).toBe(true);
  });
});

describe('halves followed by their own year total', () => {
  const halves = (total: number) =>
    annual('持续推进法治政府建设', `全年组织旁听庭审3次，干部参加46人次。从进度看，上半年完成5次，下半年完成6次，全年专题学法${total}次。`);
  it('the halves belong to the total after them, not the count before', () => {
    expect(hits(halves(11))).toEqual([]);
    expect(touches(hits(halves(12)), '6次')).toBe(true);
  });
});
