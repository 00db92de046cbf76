// Round 12 (wording): probes invented from ../shared/reference (central-documents.md 3 and 4, official-phrases.md C5,
// requirements.md's 委员会 names), not copied from the evaluation sets: a near word inside a fixed name, the two items
// of a 清单's name swapped, 法制 in a sentence that names a plan's closing, and legitimate look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import { kindsOf, ofKind } from './helpers/draft-check.ts';

export const PROBES: Record<string, { found: string[]; silent: string[] }> = {
  'system-name': {
    found: [
      '我局全面推行行政规范性文件合法性审定机制，出台文件前一律送审。',
      '市委全面依法治理市委员会第三次会议审议通过年度工作要点。',
      '认真落实国家工作人员学法守法制度，年度学法不少于40学时。',
      '区属各部门均配备政府律师，参与合同审查120件。',
      '推动机关律师参与重大决策论证。',
      '制定领导干部应知应会国家法律与党内法规清单，组织专题学习。',
      '建立领导干部应知应会国家法律和党内法规清单制度。',
    ],
    silent: [
      '我局全面推行行政规范性文件合法性审核机制，出台文件前一律送审。',
      '县委全面依法治县委员会第三次会议审议通过年度工作要点。',
      '推进多层次多领域依法治理，提升社会治理法治化水平。',
      '引导群众自觉尊法学法守法用法。',
      '认真落实国家工作人员学法用法制度。',
      '会前听取法律顾问、公职律师的法律意见。',
      '积极发挥政府法律顾问和公职律师作用。',
      '方案经局务会议审定后印发实施。',
      '落实领导干部应知应会党内法规和国家法律清单制度。',
      '编印执法人员应知应会法律法规清单。',
      '完善领导干部会前学法制度。',
    ],
  },
  'fazhi-fazhi': {
    found: [
      '“八五”普法规划收官，全县法制环境持续优化。',
      '今年是法治政府建设实施纲要收官之年，我们把法制建设摆在突出位置。',
    ],
    silent: [
      '“六五”法制宣传教育规划收官，全县完成各项任务。',
      '“八五”普法规划收官，全县法治环境持续优化。',
      '重大执法决定均经法制审核，全年收官工作平稳。',
    ],
  },
};

for (const [kind, { found, silent }] of Object.entries(PROBES)) {
  describe(`round 12 probes: ${kind}`, () => {
    it.each(found)('finds %s', (text) => {
      expect(kindsOf(text, 2025)).toContain(kind);
    });
    it.each(silent)('stays silent on %s', (text) => {
      expect(ofKind(kind, text, 2025)).toEqual([]);
    });
  });
}
