/**
 * The checker's probes for what a draft leaves behind and the plans it leans on: blanks and brackets telling the
 * drafter what to fill (placeholder, outline-prompt), a bare kind of report as the title, the 四个亲自 written apart,
 * and an ended or replaced plan cited as this year's basis (expired-document-as-guidance), each with the legitimate
 * look-alikes of the same shape. Written from the reference, not from the evaluation sets. One describe per family;
 * the comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { byRule, check, kindOf, rulesIn } from './helpers/draft-check.ts';
import { annual, countyReport, inReport, kindProbes, plain, report, self, shufa } from './helpers/kind-probes.ts';

/**
 * Names, leftovers and layout: the general readings widened this round, each with plain variants that must be found
 * and legitimate look-alikes that must stay silent. Probes are new sentences written from ../shared/reference and the
 * templates' practice, not taken from the evaluation sets.
 */
describe('blanks, notes to the drafter, names, a bare kind of report as the title', () => {
  const signed = (signoff: string, year = 2025) => plain(year, report(`县应急管理局局长${year}年度述法报告`, signoff), shufa);

  kindProbes('names, leftovers, layout', {
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

  kindProbes('a bare kind of report as the title', {
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
});

/**
 * Wording and leftovers in shapes the readers did not know: the 四个亲自 written apart (as headings, one pair a
 * sentence) with an object or a verb changed, split over two items, or with two pairs trading verbs; a bare fill word in
 * a bracket at a heading's end (the section unwritten); a replaced or ended plan named by who issued it and a date finer
 * than the year; the 七五 title's 在公民中开展法治宣传教育 used as the report's own words. Facts from the reference: the
 * four duties of 第四条 (official-phrases.md B9); the 纲要 and 规划 with their periods (A1, A2, D1, D2; currency-2026.md §1).
 */
describe('the 四个亲自 written apart, a fill word in a heading, a plan named by its issuer', () => {
  const OBJECTS = ['重要工作', '重大问题', '重点环节', '重要任务'];
  const VERBS = ['部署', '过问', '协调', '督办'];
  /** A near object and a near verb for each of the four, as a writer misremembers them. */
  const NEAR_OBJECTS = ['重点工作', '重要问题', '关键环节', '重大任务'];
  const NEAR_VERBS = ['安排', '过目', '调度', '督促'];
  const NUMBERS = ['一', '二', '三', '四'];

  /** The four as numbered headings, each with a line of work under it; `change` rewrites item `slot`. */
  const asHeadings = (slot: number, change: (object: string, verb: string) => string) =>
    OBJECTS.map((o, k) => `（${NUMBERS[k]}）${k === slot ? change(o, VERBS[k]!) : `对${o}亲自${VERBS[k]}`}。全年围绕这一职责开展工作。`).join('\n');

  const fourPairs = (pairs: string[]) => pairs.join('\n');

  kindProbes('misc', {
    'four-personally': {
      found: [
        // Each object changed, and each verb changed, with the other three written apart as headings.
        ...NEAR_OBJECTS.map((near, slot) => inReport(asHeadings(slot, (_, verb) => `对${near}亲自${verb}`), 2025, shufa)),
        ...NEAR_VERBS.map((near, slot) => inReport(asHeadings(slot, (object) => `${object}亲自${near}`), 2025, shufa)),
        // The heading form without 对, the changed item first.
        inReport(fourPairs(['一、重大工作亲自部署', '年初主持召开专题会议。', '二、重大问题亲自过问', '听取专题汇报3次。']), 2026, shufa),
        // The verb first, written apart.
        inReport('本人亲自部署重要工作，年初召开专题会议。本人亲自过问重大事项，听取汇报3次。', 2025, shufa),
      ],
      silent: [
        inReport(asHeadings(-1, (o, v) => `对${o}亲自${v}`), 2025, shufa),
        // Prose after the four quoted right: the writer knows the wording and tells what was done.
        inReport('本人对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。全年对征地中的重大事项亲自过问3次。', 2025, shufa),
        inReport('对征地拆迁中的重大事项亲自过问，先后召开专题会议3次。', 2025, shufa),
        inReport('书记亲自部署重要工作，亲自过问重大问题。对信访积案亲自督办。', 2025, shufa),
        // The list split over two items, the fourth written right in the next one.
        inReport('（一）坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调，确保法治政府建设任务落实。\n（二）对年度重要任务亲自督办，全年督办法治建设事项15件。', 2025, shufa),
        inReport('本人坚持亲自部署、亲自过问、亲自协调。对法治督察反馈问题亲自督办整改。', 2025, shufa),
      ],
    },
    'outline-prompt': {
      found: [
        inReport('三、存在问题（填写）\n执法人员流动性大。', 2025, self),
        inReport('二、法治宣传【待补充】\n落实普法责任制。', 2025, self),
        inReport('（二）典型做法（请填写）\n开展岗位练兵。', 2025, self),
        inReport('四、整改措施〔此处填写〕', 2025, self),
        inReport('［请补充］', 2025, self),
      ],
      silent: [
        inReport('三、存在问题（共3项）\n执法人员不足。', 2025, self),
        inReport('二、法治宣传（续）\n落实普法责任制。', 2025, self),
        inReport('全年共开展专项检查6次（补充检查2次）。', 2025, self),
      ],
    },
    placeholder: {
      found: [inReport('全年办理行政复议案件（待填写）件，纠错率（此处填写）。', 2025, self), inReport('工作亮点（待补充）。', 2025, self)],
      silent: [inReport('三、存在问题（填写）\n执法人员流动性大。', 2025, self), inReport('一、执法规范化建设（请填写）\n全面推行执法公示。', 2025, self)],
    },
    'expired-document-as-guidance': {
      found: [
        inReport('县政府根据中共中央、国务院2015年12月印发的法治政府建设实施纲要，健全依法决策机制。', 2025),
        inReport('县政府依据中共中央、国务院于2015年12月27日印发的法治政府建设实施纲要，健全依法决策机制。', 2025),
        inReport('县政府按照2015年底中共中央、国务院印发的法治政府建设实施纲要，健全依法决策机制。', 2025),
        inReport('全县对照2016年4月中共中央、国务院转发的“七五”普法规划开展普法。', 2025),
        inReport('县政府按照中共中央2021年1月印发的法治中国建设规划，推进法治建设。', 2026),
      ],
      silent: [
        inReport('县政府按照中共中央2021年1月印发的法治中国建设规划，推进法治建设。', 2025),
        inReport('回顾中共中央、国务院2015年12月印发的法治政府建设实施纲要，全县在“十三五”期间完成了各项任务。', 2025),
        inReport('自2016年起，全县落实中共中央、国务院转发的“七五”普法规划，建成阵地20个。', 2025),
        inReport('县政府依据中共中央、国务院2021年8月印发的法治政府建设实施纲要，健全依法决策机制。', 2025),
      ],
    },
    'outdated-wording': {
      found: [
        inReport('严格落实在公民中开展法治宣传教育的要求，全年组织送法下乡活动48场。', 2024, shufa),
        inReport('我局坚持在全体公民中开展法治宣传教育，推动全民守法。', 2026),
      ],
      silent: [
        inReport('“七五”普法期间，全县在公民中开展法治宣传教育，建成阵地20个。', 2024),
        inReport('全县深入开展法治宣传教育，全年组织活动48场。', 2026),
        // The 2016 规定's own wording and the 2014 principle stay current (rulings of rounds 17–19).
        inReport('县政府坚持运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。', 2026),
        inReport('坚持人民主体地位，推进民生工程。', 2026),
      ],
    },
  }, countyReport);

  const fourPersonally = (text: string, year = 2025) =>
    check(countyReport(inReport(text, year, shufa)), year).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'four-personally'));

  describe('misc: one mistake, one finding', () => {
    it('two pairs trading verbs a paragraph apart are one swap, on the first pair', () => {
      const found = fourPersonally('（三）对重点环节亲自督办，对村级财务公开进行专项检查。\n（四）对重要任务亲自协调，协调解决调解室场地问题。');
      expect(found.map((f) => f.text)).toEqual(['重点环节亲自督办']);
    });
    it('a changed fourth item in the next paragraph is that item\'s finding, not also a dropped item or a changed clause', () => {
      const found = fourPersonally('（一）坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调，确保法治政府建设任务落实。\n（二）对年度重要任务亲自部署督办，全年督办法治建设事项15件。');
      expect(found.map((f) => f.text)).toEqual(['重要任务亲自部署']);
    });
    it('an item written apart with its object changed is a hint; next to another pair it stays the 错误 it was', () => {
      expect(fourPersonally('一、对重要工作亲自部署\n主持常务会议。\n二、对重大事项亲自过问\n听取汇报。').map((f) => [f.text, f.level])).toEqual([['重大事项亲自过问', 'hint']]);
      expect(fourPersonally('本人对重要工作亲自部署、重大事项亲自过问、重点环节亲自协调、重要任务亲自督办。').map((f) => [f.text, f.level])).toEqual([['重大事项亲自过问', 'error']]);
    });
    it('a bare fill word at a heading\'s end is one outline prompt, not also a placeholder', () => {
      for (const text of ['三、存在问题（填写）\n执法人员流动性大。', '三、整改措施【此处填写】\n建立培养机制。', '（二）典型做法（请填写）\n开展岗位练兵。']) {
        const found = check(countyReport(inReport(text, 2025, self)), 2025, self).filter((f) => f.text.includes('填写'));
        expect(found.map((f) => rulesIn(f).map((r) => kindOf.get(r)))).toEqual([['outline-prompt']]);
      }
    });
    it('a plan named by issuer and month is marked from the verb to the name', () => {
      const found = check(countyReport(inReport('县政府根据中共中央、国务院2015年12月印发的法治政府建设实施纲要，健全依法决策机制。')), 2025).filter((f) => rulesIn(f).includes('expired-document-superseded'));
      expect(found.map((f) => f.text)).toEqual(['根据中共中央、国务院2015年12月印发的法治政府建设实施纲要']);
    });
  });
});

/**
 * Leftovers, ended plans and years in shapes the readers did not know: a bracket telling the drafter what to fill in
 * (（填写整改时限）, （请列明责任单位）) wherever it stands; an ended plan named once and cited again as this year's basis
 * by its head noun (该纲要, 上述规划, 把纲要…作为依据); a whole year (某年全年) a year early or late in the work of the
 * reported year. Facts from the reference: the 纲要 and 规划 with their periods (official-phrases.md A1, A2, D2;
 * currency-2026.md §1); the annual report is on the year just ended (requirements.md 二).
 */
describe('a bracket telling what to fill, an ended plan cited by its head noun', () => {
  kindProbes('misc', {
    'outline-prompt': {
      found: [
        inReport('三、下一步工作\n（填写整改时限）前建立法律顾问评估机制。', 2025, self),
        inReport('全年办理行政复议案件（请填写具体数字）件。', 2025),
        inReport('行政机关负责人出庭应诉率达到（填写出庭应诉率）。', 2025),
        inReport('由（请列明责任单位）牵头落实整改。', 2025, self),
        inReport('整改工作于（请注明办结时间）前完成。', 2025, self),
        inReport('（此处补充法律明白人培养情况）', 2025),
        inReport('四、整改措施\n（在此说明整改责任人）', 2025, self),
      ],
      silent: [
        inReport('全年共开展专项检查6次（补充检查2次）。', 2025),
        inReport('向申请人送达告知书（注明救济途径和期限）。', 2025),
        inReport('全年办理行政复议案件（待填写）件。', 2025),
        inReport('全年办理行政复议案件（数据待核实后填写）件。', 2025),
        inReport('指导各村填写人民调解登记表（一案一表）。', 2025),
      ],
    },
    'expired-document-as-guidance': {
      found: [
        inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2026, self),
        inReport('《法治政府建设实施纲要（2021—2025年）》实施以来，全县依法行政水平明显提高。2026年，县政府继续以该纲要为工作遵循。', 2026),
        inReport('《法治社会建设实施纲要（2020—2025年）》实施以来成效明显。2026年，全区按照上述纲要部署推进普法工作。', 2026),
        inReport('“八五”普法规划已于2025年收官。2026年，我局按照该规划的要求开展普法活动。', 2026),
        inReport('《提升行政执法质量三年行动计划（2023—2025年）》实施以来成效明显。2026年，县司法局按照该计划要求开展执法人员轮训。', 2026),
      ],
      silent: [
        inReport('《法治社会建设实施纲要（2020—2025年）》已圆满收官，全区对照该纲要全面总结五年成效。', 2026),
        inReport('回顾《法治政府建设实施纲要（2021—2025年）》实施五年来的成效，该纲要确定的目标任务全部完成。', 2026),
        inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2025, self),
        inReport('“八五”普法规划顺利收官。2026年，我局按照县里印发的年度普法规划开展普法。', 2026),
        inReport('2026年，全区对照《法治社会建设实施纲要（2020—2025年）》总结评估，按照省里印发的年度工作方案推进工作。', 2026),
        // The sentence that names the plan says which of its years this is; the back reference follows that (the year is
        // another finding's matter).
        inReport('今年是《法治政府建设实施纲要（2021—2025年）》实施的最后一年，县政府对照纲要任务逐项推进。', 2026),
        // 按照计划 is "as planned", not the ended 行动计划 cited again.
        inReport('《提升行政执法质量三年行动计划（2023—2025年）》已于2025年收官。2026年，县司法局按照计划完成执法人员轮训。', 2026),
      ],
    },
  }, countyReport);

  describe('misc: one mistake, one finding', () => {
    it('a bracket naming what to fill is one finding, read as an outline prompt', () => {
      const found = check(countyReport(inReport('三、下一步工作\n（填写整改时限）前建立法律顾问评估机制。', 2025, self)), 2025, self).filter((f) => f.text.includes('填写'));
      expect(found).toHaveLength(1);
      expect(rulesIn(found[0]!).map((r) => kindOf.get(r))).toContain('outline-prompt');
    });
    it('an ended plan named and cited again by its head noun in one sentence is one finding, over the citing words', () => {
      const found = check(countyReport(inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2026, self)), 2026, self)
        .filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'expired-document-as-guidance'));
      expect(found).toHaveLength(1);
      expect(found[0]!.text).toContain('把纲要规定的任务作为本年度工作的主要依据');
    });
  });
});
