// Round 39: a counted name with one count changed (“双随机、一公开” with 一 made 双 or 两), the 第一责任人 duty named
// after another cause than 法治建设, and a name read after a verb that puts something into it (纳入…考核指标体系),
// where another real modifier in the slot is the writer's own wording, not a slip.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

/** A 2026 annual report around a body, so a sentence reads in its usual place. */
const report = (body: string) =>
  `某区人民政府2026年法治政府建设年度报告\n2026年，区政府扎实推进法治政府建设。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、2027年工作安排\n下一步，我们将持续用力。\n某区人民政府\n2027年2月1日\n`;
const names = (body: string) => ofKind('system-name', report(body));
/** Each sentence gets no system-name finding. */
const silent = (...bodies: string[]) => expect(bodies.flatMap(names)).toEqual([]);

describe('a counted name with one count changed', () => {
  it('hints on 双 or 两 in place of the 一 of “双随机、一公开”, quoted or bare, with or without 、', () => {
    expect(names('市场监管所推行“双随机、双公开”抽查，全年抽查商户31户。')).toEqual([['“双随机、双公开”', 'hint']]);
    expect(names('交通运输局落实“双随机、两公开”监管机制。')).toEqual([['“双随机、两公开”', 'hint']]);
    expect(names('全面实行双随机两公开监管。')).toEqual([['双随机两公开', 'hint']]);
  });
  it('hints on 两 for the 双 of “一岗双责”, quoted', () => {
    expect(names('班子成员落实“一岗两责”，分管领域法治工作同步推进。')).toEqual([['“一岗两责”', 'hint']]);
  });
  it('stays silent on the right names and on counts that are no name', () => {
    silent(
      '全面推行“双随机、一公开”监管，抽查市场主体120户。',
      '开展双随机抽查12次，抽查结果一律公开。',
      '班子成员落实“一岗双责”。',
      '组建两支队伍，开展双向交流。',
    );
  });
});

describe('the 第一责任人 duty named after another cause', () => {
  it('reports 全面依法治国 or 依法治国 in place of 推进法治建设 as an error', () => {
    expect(names('对照全面依法治国第一责任人职责清单逐项抓好落实。')).toEqual([['全面依法治国第一责任人', 'error']]);
    expect(names('区长切实履行推进依法治国第一责任人职责，主持专题会议4次。')).toEqual([['推进依法治国第一责任人', 'error']]);
  });
  it('hints on the local 依法治县 in place of 推进法治建设', () => {
    expect(names('县委书记履行全面依法治县第一责任人职责。')).toEqual([['全面依法治县第一责任人', 'hint']]);
  });
  it('stays silent on the right duty and on a sector\'s own duty', () => {
    silent(
      '区长切实履行推进法治建设第一责任人职责。',
      '学校党组织书记认真履行依法治校第一责任人职责。',
      '局长作为本部门合法性审核工作第一责任人，审核文件9件。',
      '扎实推进全面依法治国在本区落地见效。',
    );
  });
});

describe('a name after a verb that puts something into it', () => {
  it('stays silent on another real modifier in front of 考核指标体系', () => {
    silent(
      '把法治建设成效纳入综合考核指标体系。',
      '将依法行政情况列入年度绩效考核指标体系。',
      '把法治建设成效纳入政绩考核指标体系。',
      '将述法情况纳入年度考核指标体系。',
    );
  });
  it('still hints on a garbled fixed name that follows such a verb', () => {
    expect(names('将执法情况纳入执法全流程记录制度管理。')).toHaveLength(1);
  });
});
