/**
 * The one list of page types: one URL per type of page the site has. The built-site checks
 * (tests/e2e/quality.spec.ts: links, HTML, accessibility, requests, CSP) visit each, and the
 * benchmark (npm run bench) weighs and scores the main ones.
 */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'report index': '/reports/',
  'report facet': '/reports/type/shufa/',
  'old address (redirect)': '/reports/type/first-responsibility-duty/level/township/',
  report: '/reports/jiangwan-town-mayor-2023/',
  'guide index': '/guides/',
  guide: '/guides/shufa-report/',
  'coverage matrix': '/guides/coverage/',
  comparison: '/guides/shufa-report/compare/problems/',
  checklist: '/guides/law-based-government-annual-report/checklist/',
  'phrase bank': '/phrases/',
  'phrase topic': '/phrases/legal-publicity/',
  'phrase topic evidence': '/phrases/legal-publicity/evidence/',
  'phrase evidence report list': '/phrases/study-xi-thought/evidence/xi-jinping-fazhi-sixiang/',
  'phrase move': '/phrases/legal-publicity/publicity-forms/',
  'phrase related topics': '/phrases/legal-publicity/other-topics/',
  'largest phrase topic': '/phrases/study-xi-thought/',
  'phrase section': '/phrases/sections/problems/',
  'phrase section topic list': '/phrases/sections/performance/study-xi-thought/',
  'phrase pattern': '/phrases/patterns/series/',
  search: '/search/?q=亲自督办',
  check: '/check/',
  'check rules': '/check/rules/',
  draft: '/draft/?t=shufa&l=township&y=2026&o=江湾镇党委',
  sources: '/sources/',
  'public report catalogue': '/public-reports/',
  'public report facet': '/public-reports/level/township/',
  'public report combined facet': '/public-reports/type/shufa/level/township/',
  'public report page': '/public-reports/type/law-based-government-annual/level/township/page/2/',
  'writing 2026': '/writing-2026/',
  'model draft index': '/model-drafts/',
  'model draft': '/model-drafts/qinghe-town-shufa-2026/',
  about: '/about/',
  'not found': '/no-such-page/',
};

/** The page types the benchmark weighs (first load) and scores with Lighthouse, by the names its tables use. */
export const BENCH_PAGE_TYPES: Record<string, string> = {
  首页: PAGE_TYPES.home,
  范文: PAGE_TYPES.report,
  搜索: PAGE_TYPES.search,
  规范表述主题: PAGE_TYPES['phrase topic'],
  撰写指引: PAGE_TYPES.guide,
  最大的规范表述主题: PAGE_TYPES['largest phrase topic'],
  '2026年度报告写作须知': PAGE_TYPES['writing 2026'],
  报告体检: PAGE_TYPES.check,
  起草提纲: PAGE_TYPES.draft,
  公开报告目录: PAGE_TYPES['public report catalogue'],
  公开报告组合筛选: '/public-reports/type/law-based-government-annual/level/township/',
};
