/**
 * Wording and leftovers in shapes the readers did not know: the 四个亲自 written apart (as headings, one pair a
 * sentence) with an object or a verb changed, split over two items, or with two pairs trading verbs; a bare fill word in
 * a bracket at a heading's end (the section unwritten); a replaced or ended plan named by who issued it and a date finer
 * than the year; the 七五 title's 在公民中开展法治宣传教育 used as the report's own words. Facts from the reference: the
 * four duties of 第四条 (official-phrases.md B9); the 纲要 and 规划 with their periods (A1, A2, D1, D2; currency-2026.md §1).
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';
import { countyReport, inReport, kindProbes, self, shufa } from './helpers/kind-probes.ts';

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

kindProbes('round 25 (misc)', {
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

describe('round 25 (misc): one mistake, one finding', () => {
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
