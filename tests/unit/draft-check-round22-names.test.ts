/**
 * Names and wording: the 2015 纲要's dropped goal words applied to one organ (法治机关, 法治政府部门), and a list of named
 * systems followed by a new clause that names one of its items again. Plain variants that must be found and
 * legitimate look-alikes that must stay silent, written from ../shared/reference (official-phrases.md A1, A2, A9;
 * central-documents.md 3 on 法律顾问、公职律师、公司律师), not taken from the evaluation sets.
 */
import { kindProbes, plain, self, shufa } from './helpers/kind-probes.ts';

kindProbes('round 22 (names)', {
  'outdated-wording': {
    found: [
      plain(2025, '县司法局以建设守法诚信的法治机关为目标，全面推进依法行政。', self),
      plain(2026, '厅党组坚持建设权责法定、执法严明、守法诚信的法治政府部门。', self),
      plain(2025, '我局着力打造公开公正、守法诚信的法治机关。', shufa),
      plain(2024, '局党委提出建设廉洁高效的法治机关，推动各项工作依法开展。', self),
    ],
    silent: [
      plain(2025, '县司法局以建设廉洁诚信、人民满意的法治机关为目标，全面推进依法行政。', self),
      plain(2025, '建设信仰法治、公平正义、保障权利、守法诚信、充满活力、和谐有序的社会主义法治社会。'),
      plain(2025, '引导企业和群众守法诚信，营造良好法治环境。', self),
      plain(2025, '对照2015年纲要“守法诚信的法治政府”目标，回顾我局法治机关建设历程。', self),
      plain(2025, '机关作风廉洁高效，推进法治机关建设取得新成效。', self),
    ],
  },
  'system-name': {
    found: [
      // the last item of the list changed, with a plain separator
      plain(2025, '全面形成法律顾问、公职律师、公职顾问制度体系。'),
      plain(2025, '推进法律顾问、公职律师、公司法务制度建设。', self),
    ],
    silent: [
      // a new clause after the list names an item already in it
      plain(2025, '市县党政机关普遍设立法律顾问、公职律师，全县公职律师共有36名。'),
      plain(2025, '各部门聘请法律顾问、公职律师，全市法律顾问参与审核合同120份。', self),
      plain(2025, '全面形成法律顾问、公职律师、公司律师制度体系。'),
    ],
  },
});
