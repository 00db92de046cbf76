/**
 * Fixed names, round 27: a name with another group in place of 国家工作人员 (学法用法制度, central-documents.md 4),
 * 述职 at another time of the year than 年终 (official-phrases.md A6), and 出庭答辩 for 出庭应诉 (行政诉讼法第三条第三款,
 * 法释〔2020〕3号, central-documents.md). Each with the look-alikes that must stay silent: a unit's own system, the
 * bank's 领导干部学法用法制度, 年度述职, 述职 held mid-year, and 答辩 as the part of 应诉 it is. Written from the
 * reference, not from the evaluation sets.
 */
import { kindProbes, plain, self, shufa } from './helpers/kind-probes.ts';

kindProbes('round 27 (names)', {
  'system-name': {
    found: [
      plain(2025, '认真落实国家机关工作人员学法用法制度，组织干部参加年度学法考试。', self),
      plain(2026, '进一步完善国家公职人员学法用法制度。'),
      plain(2024, '将履行推进法治建设第一责任人职责情况列入年中述职内容。', shufa),
      plain(2025, '把第一责任人职责情况纳入半年述职，推动部门负责人述法。', shufa),
      plain(2026, '全面落实行政机关负责人出庭答辩制度。'),
      plain(2025, '全市行政机关负责人出庭答辩率达到98.5%。'),
    ],
    silent: [
      plain(2025, '进一步落实国家工作人员学法用法制度，组织干部参加年度学法考试。', self),
      plain(2025, '健全落实领导干部学法用法制度。', shufa),
      plain(2025, '制定本局机关工作人员学法用法制度，明确每月学法内容。', self),
      plain(2024, '将履行推进法治建设第一责任人职责情况列入年终述职内容。', shufa),
      plain(2024, '把第一责任人职责情况列入年度述职内容。', shufa),
      plain(2025, '年中述职时一并报告推进法治建设情况。', shufa),
      plain(2026, '全面落实行政机关负责人出庭应诉制度，负责人出庭应诉率100%。'),
      plain(2026, '负责人出庭应诉并当庭答辩，实现出庭出声。'),
      plain(2026, '认真做好答辩举证工作，按时提交答辩状。'),
    ],
  },
});
