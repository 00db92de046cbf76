/**
 * Fixed names: a word of a name swapped for a near word (告知承诺制 → 告知备案制; 集体讨论决定 → 集体研究决定 away from
 * the list of procedures; 记录和责任追究规定 → 记录和问责规定), a count in a name of counted parts changed (“一规划两纲要”
 * → “一规划三纲要”), and one wrong name written twice (one mistake, one finding, every place listed). Plain variants
 * that must be found and legitimate look-alikes that must stay silent, written from ../shared/reference
 * (central-documents.md 1 and 3; official-phrases.md E1, E3, G1, G3; requirements.md 四), not from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';
import { kindProbes, plain, self, shufa } from './helpers/kind-probes.ts';

kindProbes('round 24 (names)', {
  'system-name': {
    found: [
      // 承诺 swapped for a word of filing or a near word
      plain(2025, '县市场监管局全面实行涉企经营许可事项告知备案制。', self),
      plain(2026, '推行证明事项告知报备制，梳理可承诺事项31项。'),
      plain(2025, '扎实推进证明事项告知许诺制。'),
      // the fifth decision procedure, away from the other four or only beside 重大行政决策
      plain(2025, '决策草案经公众参与、专家论证、风险评估和合法性审查后，由县政府常务会议集体研究确定。'),
      plain(2026, '重大行政决策事项均提交区政府常务会议集体审议决定。'),
      plain(2025, '严格履行重大行政决策法定程序，所有决策事项均经集体研究讨论。', shufa),
      // 责任追究 in the names of the 干预司法 规定 and 制度
      plain(2025, '严格执行司法机关内部人员过问案件的记录和追责规定。', shufa),
      plain(2025, '落实领导干部干预司法活动、插手具体案件处理的记录、通报和追究责任制度。', self),
      // a count of a name of counted parts changed, quoted or not, or 二 for 两
      plain(2024, '对照“两规划两纲要”做好年度任务分解。'),
      plain(2024, '县政府统筹推进一规划三纲要落地见效。'),
      plain(2025, '认真对标“一规划二纲要”开展自查。', self),
      plain(2025, '村级重大事项全面推行“五议两公开”。', self),
      plain(2025, '严格落实“三会两课”制度。', self),
      // the count written right after the procedures or systems listed in full
      plain(2025, '重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定六项法定程序。'),
      plain(2026, '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度等四项制度。', self),
    ],
    silent: [
      // the right names
      plain(2025, '全面推行证明事项和涉企经营许可事项告知承诺制，办理承诺件3160件。'),
      plain(2025, '严格执行司法机关内部人员过问案件的记录和责任追究规定。', shufa),
      plain(2024, '统筹推进“一规划两纲要”在本地贯彻落实。'),
      plain(2025, '村级重大事项全面推行“四议两公开”。', self),
      plain(2025, '对调价方案依次开展公众参与、专家论证、风险评估、合法性审查，再提交县政府常务会议集体讨论决定。'),
      // 集体研究 of other matters, or in another sentence
      plain(2025, '重大事项决策、重要干部任免等“三重一大”事项均经党组会议集体研究决定。', self),
      plain(2025, '全年作出重大行政决策3项。干部任免事项经局党组集体研究决定。', self),
      // 问责 and 备案 as ordinary words, or in another system's name
      plain(2025, '对违规过问案件的人员严肃问责。', shufa),
      plain(2025, '落实执法全过程记录和问责制度。', self),
      plain(2025, '规范性文件全部按时报送备案，备案审查纠错2件。'),
      plain(2025, '企业投资项目实行备案制管理。'),
      plain(2025, '重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。'),
      plain(2025, '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度“三项制度”。', self),
      plain(2025, '全年重大执法决定法制审核5项。', self),
    ],
  },
  'document-title': {
    found: [
      // a word of a cited title swapped, the title's opening kept and its document word (规定) closing it
      plain(2025, '严格执行《司法机关内部人员过问案件的记录和问责规定》。', shufa),
    ],
    silent: [
      plain(2025, '严格执行《司法机关内部人员过问案件的记录和责任追究规定》。', shufa),
      plain(2025, '认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》。', shufa),
    ],
  },
});

describe('round 24 (names): one wrong name written twice is one finding', () => {
  const names = (text: string) =>
    check(text, 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'system-name'));

  it('lists every place of the same wrong name in one finding at the first', () => {
    const text = '落实法律顾问、公务律师制度，局机关设立公务律师3名。';
    const found = names(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.indexOf('公务律师'));
    expect(found[0]!.places?.map((p) => text.slice(p.start, p.end))).toEqual(['公务律师', '公务律师']);
    expect(found[0]!.message).toContain('全文共 2 处');
  });

  it('keeps two different wrong names apart', () => {
    const text = '落实法律顾问、公务律师制度，全面推行证明事项告知备案制。';
    expect(names(text)).toHaveLength(2);
  });

  it('keeps a name written once as it was, with no places', () => {
    const found = names('落实法律顾问、公务律师制度。');
    expect(found).toHaveLength(1);
    expect(found[0]!.places).toBeUndefined();
  });
});
