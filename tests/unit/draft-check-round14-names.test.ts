// Round 14 (names): probes invented from ../shared/reference, not copied from the evaluation sets. Each positive is a
// fixed name (official-phrases.md D4 D5 D6, E4; requirements.md's 委员会 and its office; the bank's 互联网+ and
// 高效办成一件事 names) written with one short change a writer might make: a character changed or added inside the
// quotation marks, a short word dropped or changed between a long head and a long tail. The silent ones are the legitimate
// look-alikes: the writer's own level or organ, forms the bank writes, short quoted slogans, local names with a word
// added or changed outside quotation marks.
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';
import { kindProbes, type KindProbes } from './helpers/kind-probes.ts';
import { fixedNameList, indexNames, nearNameSpans } from '../../src/shared/draft-check/fixed-names.ts';

const y = (text: string) => ({ text, year: 2026 });

export const PROBES: KindProbes = {
  'system-name': {
    found: [
      y('全面落实国家机关“谁执法谁普及”普法责任制，制定年度普法责任清单。'),
      y('各执法部门认真落实“谁执法谁讲法”普法责任制。'),
      y('实施乡村（社区）“法律明白员”培养工程，每个行政村培养3名。'),
      y('深入实施“法律明白人士”培养工程，全年培训骨干420人次。'),
      y('在更多领域更大范围实现“高效办成一桩事”，全年办理1.2万件。'),
      y('深入推进“互联网+政府服务”，网上可办率达到98%。'),
      y('主持召开市委全面依法治市委员会会议2次，听取市委全面依法治市办公室工作汇报。'),
      y('严格执行重大执法决定审核制度，全年审核重大执法决定56件。'),
      y('按照中央全面依法治国办公室部署，开展法治督察。'),
      y('建立重大行政决策过程记录和材料存档制度，决策档案全部归档。'),
      y('严格落实执法过程记录制度，配备执法记录仪120台。'),
      y('每个行政村培养“法律明白者”3名。'),
      // Round 15 re-ruled 培育工程 (official-phrases.md D6 and the work norm's title spell 培养): a hint now.
      y('推进“法律明白人”培育工程，全年培训骨干420人次。'),
    ],
    silent: [
      y('主持召开市委全面依法治市委员会会议2次，听取市委全面依法治市委员会办公室工作汇报。'),
      y('区委依法治区办公室牵头制定年度工作要点。'),
      y('落实国家机关“谁执法谁普法”普法责任制，制定年度普法责任清单。'),
      y('实施乡村（社区）“法律明白人”培养工程，每个行政村培养3名。'),
      y('市行政复议办公室全年受理复议案件86件。'),
      y('落实党组理论学习中心组学法制度，全年集体学法6次。'),
      y('建立意见采纳情况公开反馈机制，回应企业诉求。'),
      y('严格执行规范性文件合法性审查制度。'),
      y('开展执法案卷“一案一评”，评查案卷120卷。'),
      y('依托全国一体化政务服务平台，实现高频事项“一网通办”。'),
      y('聘任行政执法监督员，完善行政执法监督员制度。'),
      y('完善法治政府建设考核评价机制。'),
      y('中央依法治国办部署开展法治督察。'),
      y('坚持“谁主管谁负责”原则，压实各方责任。'),
      y('开展“互联网+普法”行动，推送普法信息1.2万条。'),
      y('建立重大行政决策过程记录和材料归档制度。'),
      y('严格落实执法全过程记录制度，配备执法记录仪120台。'),
      y('坚持和发展新时代“枫桥经验”，推广“枫桥式”工作法。'),
      y('全面落实行政执法“三项制度”，公示执法信息2300条。'),
      y('完善群众意见的采纳情况反馈机制。'),
      y('开展“送法进牧区”活动12场。'),
      y('组织“国家宪法日”主题活动。'),
      y('按照“谁执法谁公示”的要求公开执法信息。'),
      y('健全行政执法监督体制机制，开展执法案卷评查。'),
      y('县委依法治县委办公室负责统筹协调，县委全面依法治县委办公室印发工作要点。'),
      y('中央全面依法治国委员会办公室印发通知，省委全面依法治省委员会办公室组织督察。'),
      y('每个行政村培养“法律明白人”3名，按照“谁执法谁普法”的要求落实责任。'),
      y('严格执行重大执法决定法制审核制度，全年审核重大执法决定56件。'),
    ],
  },
};

kindProbes('round 14 (names)', PROBES);

describe('round 14 (names): the likeness matcher', () => {
  const names = fixedNameList(['全面依法治〔县〕委员会', '实行国家机关“谁执法谁普法”的普法责任制', '乡村（社区）“法律明白人”培养工程'], []);
  const index = indexNames(names);
  it('reads the fixed names from the wordings, each level form apart, with the 委员会 office', () => {
    expect(names).toContain('全面依法治县委员会办公室');
    expect(names).toContain('全面依法治市委员会');
    expect(names).toContain('"法律明白人"培养工程');
  });
  it('finds a span one short change away from a name, and not the name itself', () => {
    const text = '听取全面依法治县办公室汇报，全面依法治县委员会办公室牵头。';
    expect(nearNameSpans(text, index).map((s) => text.slice(s.start, s.end))).toEqual(['全面依法治县办公室']);
  });
  it('reports the fixed name as the fix, replacing only the span, as a hint of the system-name kind', () => {
    const found = check('实施“法律明白员”培养工程。').filter((f) => kindOf.get(f.rule) === 'system-name');
    expect(found.map((f) => [f.text, f.level, f.fix])).toEqual([['“法律明白员”培养工程', 'hint', '改为：“法律明白人”培养工程']]);
  });
});
