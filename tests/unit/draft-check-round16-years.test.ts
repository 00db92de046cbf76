/**
 * Years and wording in the plainest shapes a writer who read only the reference would plant: a short report (title,
 * opening, 一、二、三、 sections, 落款) with one sentence in it. 述法 reports are checked with their own title
 * (某某2025年度述法报告) and a 述法人 signature, as writers lay them out. Each look-alike is a legitimate sentence
 * of the same shape that must stay silent for the kind.
 */
import { kindProbes, plain, shortReport, shufa, self } from './helpers/kind-probes.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `青山区区长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我们坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: () => '下一步打算\n加强执法培训。',
  signoff: (year, type) => (type === shufa ? `述法人：青山区区长 王明\n${year + 1}年1月20日` : `某县人民政府\n${year + 1}年1月20日`),
});

kindProbes('round 16 (years)', {
  'year-contradiction': {
    found: [
      // A stock at the year's end dated the year before.
      plain(2025, '截至2024年底，全区累计培育“法律明白人”2460名。', shufa),
      plain(2026, '截至2025年底，全县建成村级公共法律服务工作室126个。'),
      plain(2025, '截至2024年12月31日，全镇累计建成法治文化广场5个。', self),
      plain(2024, '截至2023年底，全市行政机关负责人出庭应诉率达到100%。', shufa),
      plain(2026, '截至2025年底，全省累计培育乡村“法律明白人”24.6万名。', shufa),
      // The report period written as another year.
      plain(2026, '本报告期为2025年1月1日至12月31日。', shufa),
      plain(2025, '本次述法时间范围为2024年1月1日至2024年12月31日。', shufa),
      plain(2026, '报告期内（2025年1月至12月），全县办理行政复议案件88件。'),
      // A law's year of force counted wrong: the revised 行政复议法 took effect on 2024-01-01 (central-documents.md 5).
      plain(2025, '今年是新修订的《中华人民共和国行政复议法》施行的第一年，我局把贯彻实施新法作为全年重点。'),
      plain(2026, '今年是新修订的行政复议法实施的第二年。'),
      plain(2024, '今年是新修订的《中华人民共和国行政复议法》实施的第二年。', shufa),
    ],
    silent: [
      plain(2025, '截至2025年底，全区累计培育“法律明白人”2460名。', shufa),
      plain(2025, '全区“法律明白人”由截至2024年底的2100名增至2460名。', shufa),
      plain(2026, '本报告期为2026年1月1日至12月31日。', shufa),
      plain(2025, '今年是新修订的《中华人民共和国行政复议法》施行的第二年。'),
      plain(2024, '今年是新修订的《中华人民共和国行政复议法》施行的第一年。', shufa),
      plain(2026, '针对2025年度述法反馈的问题，逐项制定整改措施。', shufa),
      // A year in a 部署安排 sentence under a numbered line is the year the report is on.
      plain(2026, '（一）2026年，按照上级部署安排全年法治政府建设任务。', shufa),
    ],
  },
  'outdated-wording': {
    found: [
      plain(2025, '推动全社会学法、尊法、守法、用法，组织“八五”普法总结验收。', shufa),
      plain(2026, '带头学法尊法守法用法，全年参加集中学法12次。'),
      plain(2024, '引导干部群众学法，尊法，守法，用法。', self),
      // The old wording in one clause, the plan's 总结 in another: the closing dates the plan, not the wording.
      plain(2025, '组织“八五”普法总结，引导群众学法、尊法、守法、用法。', shufa),
    ],
    silent: [
      plain(2025, '推动全社会尊法学法守法用法。', shufa),
      plain(2026, '做到学法守法用法。'),
    ],
  },
  'series-order': {
    found: [
      plain(2025, '推动干部群众守法、尊法、学法、用法。', shufa),
      plain(2026, '带头尊法学法用法守法。'),
    ],
    silent: [
      plain(2026, '带头尊法、学法、守法、用法。'),
      plain(2025, '推动全社会尊法学法守法用法，做好“八五”普法总结验收。', shufa),
    ],
  },
}, wrap);
