/**
 * Names, leftovers and layout: the general readings widened this round, each with plain variants that must be found
 * and legitimate look-alikes that must stay silent. Probes are new sentences written from ../shared/reference and the
 * templates' practice, not taken from the evaluation sets.
 */
import { expect, it } from 'vitest';
import { kindProbes, plain, report, shufa, self, annual } from './helpers/kind-probes.ts';
import { byRule } from './helpers/draft-check.ts';

const signed = (signoff: string, year = 2025) => plain(year, report(`县应急管理局局长${year}年度述法报告`, signoff), shufa);

kindProbes('round 21 (names, leftovers, layout)', {
  placeholder: {
    found: [
      // a form line's fields left blank up to the next label or the line's end
      plain(2026, report('某县司法局2026年法治建设自查报告', '联系人：　　　联系电话：　　　\n某县司法局\n2027年1月10日'), self),
      plain(2025, report('某县人民政府2025年法治政府建设年度报告', '填报人：　　　审核人：　　\n某县人民政府\n2026年1月20日')),
      plain(2025, '报告人：　　　职务：　　　'),
      // a blank before a measure word in a sentence stays a blank, 顿号 or not
      plain(2025, '全县共有乡镇、街道　　个，全部设立公共法律服务站。'),
      plain(2025, '组织行政执法人员、法律顾问培训　　人次，考试合格率100%。'),
    ],
    silent: [
      // a signature line: a label, posts joined by a 顿号, then the name; the surname is a measure word
      signed('述法人：县应急管理局党委书记、局长 项伟\n2026年1月18日'),
      signed('述法人：县委常委、副县长　万红\n2026年1月18日'),
      signed('报告人：县应急管理局党组书记、局长 宗敏\n2026年1月18日'),
      plain(2025, report('某县人民政府2025年法治政府建设年度报告', '联系人：周敏　　联系电话：0578-6123456\n某县人民政府\n2026年1月20日')),
      plain(2025, '姓名：刘洋　　职务：副局长'),
    ],
  },
  'outline-prompt': {
    found: [
      plain(2024, '一、主要举措\n（一）依法决策：全年公布重大行政决策事项目录1份。\n（二）行政执法：要写\n二、存在问题\n执法力量不足。'),
      plain(2024, '二、存在的不足和原因 待补充\n三、下一年度安排\n加强培训。'),
      plain(2025, '三、下一步工作打算\n需补充', shufa),
      plain(2025, '2.法律顾问工作：待写'),
    ],
    silent: [
      plain(2025, '工作中我们体会到，报告重点要写实、写细。'),
      plain(2025, '（一）建立待补充完善的制度清单，逐项明确责任单位。'),
      plain(2025, '下一步，将对需补充的执法证件信息逐一核对。'),
      plain(2025, '三、下一步工作打算\n对照问题清单逐项整改，需补充材料的限期补齐。'),
    ],
  },
  'system-name': {
    found: [
      // official-phrases.md E3: one item of 三重一大 written with another item's word put in
      plain(2025, '严格执行“三重一大”决策制度，重大项目决策、重要人事任免、重大项目安排和大额度资金运作事项均集体研究决定。'),
      plain(2024, '落实“三重一大”制度，重大项目决策、重要干部任免、重大项目安排和大额资金使用事项集体研究。', self),
      // central-documents.md 第59行: the system's name is its opinion's title (hint; a quotation of the plan may keep its wording)
      plain(2024, '建立领导干部应知应会法律法规清单制度，分级编制综合清单。', self),
      // the committee and its office keep 全面 at county level and above (requirements.md 第48、73、86行)
      plain(2025, '区委依法治区委员会全年召开全体会议2次。', shufa),
      plain(2025, '根据区委依法治区委员会办公室通知，报送述法材料。', shufa),
      // a word put in place of a longer one that keeps part of it is still a slip
      plain(2025, '依托全国统一在线政务服务平台办理事项。'),
    ],
    silent: [
      plain(2025, '凡属重大决策、重要人事任免、重大项目安排和大额度资金运作事项，均由领导班子集体讨论决定。'),
      // the bank's plain-speech list (E3 注) and the fuller wording of the first item
      plain(2025, '凡属重大事项决策、重要干部任免、重大项目安排和大额资金使用，均由领导班子集体决定。'),
      plain(2025, '凡属重大行政决策、重要人事任免、重大项目安排和大额度资金运作事项，均集体讨论决定。'),
      // a fuller item whose put-in word starts no other item
      plain(2025, '全面推行行政执法公示制度、行政执法全过程记录制度、重大执法决定法制审核制度。'),
      // another kind of review, not a slip of 合法性审核机制
      plain(2026, '健全党内规范性文件前置审核机制。', shufa),
      plain(2026, '建立行政规范性文件事前审核机制。'),
      plain(2024, '编制本局领导干部应知应会法律法规清单，列明32部法律法规。', self),
      plain(2024, '落实领导干部应知应会党内法规和国家法律清单制度。', self),
    ],
  },
});

kindProbes('round 21 (a bare kind of report as the title)', {
  'heading-numbering': {
    found: [
      // gbt9704-layout.md: level-one headings start at 一、; the bare 述法报告 with the author's line is a whole report
      plain(2024, '述法报告\n中共某区委书记 王华\n二、履行第一责任人职责情况\n主持专题会议4次。\n三、存在的问题\n考核运用不充分。\n王华\n2025年1月20日', shufa),
      plain(2024, '自查报告\n某县司法局\n二、主要工作\n审查文件12件。\n三、存在问题\n培训不足。\n某县司法局\n2025年1月20日', self),
    ],
    silent: [
      plain(2024, '述法报告\n中共某区委书记 王华\n一、履行第一责任人职责情况\n主持专题会议4次。\n二、存在的问题\n考核运用不充分。\n王华\n2025年1月20日', shufa),
      // a passage: no title, no 落款
      plain(2024, '二、履行第一责任人职责情况\n主持专题会议4次。\n三、存在的问题\n考核运用不充分。', shufa),
    ],
  },
});

it('reports a form line with two blank fields once per field, as errors', () => {
  const text = report('某县司法局2026年法治建设自查报告', '联系人：　　　　联系电话：　　　　\n某县司法局\n2027年1月10日');
  const blanks = byRule('placeholder-fullwidth-blank', text, 2026, self);
  expect(blanks.map((f) => [f.text, f.level])).toEqual([['　　　　', 'error'], ['　　　　', 'error']]);
});

it('names the changed item of 三重一大 as a hint, with the list written right in the fix', () => {
  const [finding, ...rest] = byRule('order-san-zhong-yi-da-item-changed', '坚持民主集中制，重大项目决策、重要人事任免、重大项目安排和大额度资金运作事项均集体决定。', 2025, annual);
  expect(rest).toEqual([]);
  expect([finding!.text, finding!.level]).toEqual(['重大项目决策', 'hint']);
  expect(finding!.fix).toContain('重大决策、重要人事任免、重大项目安排、大额度资金运作');
});
