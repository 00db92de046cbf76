/**
 * Controlled vocabularies shared by several schemas.
 * Labels are what readers see; the ASCII keys are what URLs and data files use,
 * so a label can be reworded without breaking a trainer's link.
 */

/** The keys of a label map as a non-empty tuple, the shape z.enum takes. */
export const keysOf = <M extends Record<string, unknown>>(map: M) => Object.keys(map) as [keyof M & string, ...(keyof M & string)[]];

/**
 * Report types, as the importer's `--type` flag and the `reportType` field spell them. A report
 * keeps its own title; its type is one of these (issue 29: a 履行推进法治建设第一责任人职责述职报告
 * is a 述法报告 under another name, so it is filed, filtered and counted as 述法报告).
 */
export const REPORT_TYPES = [
  '述法报告',
  '法治政府建设年度报告',
  '法治建设工作自查报告',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** URL slug for each report type (facet pages). */
export const REPORT_TYPE_SLUGS: Record<ReportType, string> = {
  述法报告: 'shufa',
  法治政府建设年度报告: 'law-based-government-annual',
  法治建设工作自查报告: 'self-inspection',
};

/**
 * Former report types, folded into a current one: name → type and URL slug → type. Inputs (the
 * importer's and `npm run outline`'s --type, /draft/?t=) still accept them, and the old facet
 * URLs (/reports/type/first-responsibility-duty/…) are redirect pages to the new type's pages.
 */
export const FORMER_REPORT_TYPES: readonly { name: string; slug: string; now: ReportType }[] = [
  { name: '履行推进法治建设第一责任人职责述职报告', slug: 'first-responsibility-duty', now: '述法报告' },
];

/** The report type a name or slug means, current or former; undefined when it is neither. */
export function reportTypeOf(input: string | null | undefined): ReportType | undefined {
  if (!input) return undefined;
  const current = REPORT_TYPES.find((t) => t === input || REPORT_TYPE_SLUGS[t] === input);
  return current ?? FORMER_REPORT_TYPES.find((f) => f.name === input || f.slug === input)?.now;
}

/** Administrative level of the reporting organ. */
export const ORGAN_LEVELS = ['乡镇', '县级', '市级', '省级'] as const;
export type OrganLevel = (typeof ORGAN_LEVELS)[number];

export const ORGAN_LEVEL_SLUGS: Record<OrganLevel, string> = {
  乡镇: 'township',
  县级: 'county',
  市级: 'city',
  省级: 'province',
};

/** Where in a report a phrase is used: the section roles of the phrase bank. */
export const SECTION_ROLES = {
  opening: '开头',
  performance: '履职情况',
  rectification: '问题整改',
  problems: '存在问题',
  'next-steps': '下一步打算',
  closing: '结尾',
} as const;
export type SectionRole = keyof typeof SECTION_ROLES;
export const SECTION_ROLE_IDS = keysOf(SECTION_ROLES);

/**
 * Pattern types of the phrase bank. A 术语 (term) is a bare name or term (习近平法治思想,
 * 法治建设第一责任人): a writer builds it into a sentence rather than pasting it as one, so the
 * topic pages show terms as a compact tag list at the head of each move, not as full cards.
 */
export const PATTERN_TYPES = {
  fixed: '固定提法',
  series: '排比句式',
  template: '句式模板',
  term: '术语',
} as const;
export type PatternType = keyof typeof PATTERN_TYPES;
export const PATTERN_TYPE_IDS = keysOf(PATTERN_TYPES);

/**
 * Currency of a phrase or a source (issue 13). 期满 is not 已过时: a plan whose period has
 * ended is still the right thing to cite for the years it covered.
 */
export const PHRASE_STATUSES = {
  current: '现行',
  expired: '期满',
  outdated: '已过时',
} as const;
export type PhraseStatus = keyof typeof PHRASE_STATUSES;
export const PHRASE_STATUS_IDS = keysOf(PHRASE_STATUSES);

/** Currency of a source document: in force, its period ended, or replaced by a later document. */
export const SOURCE_STATUSES = {
  current: '现行',
  expired: '期满',
  superseded: '已被取代',
} as const;
export type SourceStatus = keyof typeof SOURCE_STATUSES;
export const SOURCE_STATUS_IDS = keysOf(SOURCE_STATUSES);

/** Confidence marks of ../shared/reference: 已证 / 内容已证 / 未找到. */
export const CONFIDENCE = {
  verified: '已证',
  'content-verified': '内容已证',
  'not-found': '未找到',
} as const;
export type Confidence = keyof typeof CONFIDENCE;
export const CONFIDENCE_IDS = keysOf(CONFIDENCE);

/** A guidance item either rests on an official rule or is local practice. */
export const BASIS = {
  rule: '规定要求',
  practice: '参考做法',
} as const;
export type Basis = keyof typeof BASIS;
export const BASIS_IDS = keysOf(BASIS);

/** Lower-case ASCII words joined by hyphens: the only shape of slug and anchor the site uses. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Report types a catalogued public report can have, in the catalogue's order (a 第一责任人职责 report is a 述法报告). */
export const PUBLIC_REPORT_TYPES = ['法治政府建设年度报告', '述法报告', '法治建设工作自查报告'] as const satisfies readonly ReportType[];
export type PublicReportType = (typeof PUBLIC_REPORT_TYPES)[number];

/** Levels of a catalogued public report: the four government levels, plus 部门 for a department or bureau. */
export const PUBLIC_REPORT_LEVELS = ['省级', '市级', '县级', '乡镇', '部门'] as const;
export type PublicReportLevel = (typeof PUBLIC_REPORT_LEVELS)[number];

export const PUBLIC_REPORT_LEVEL_SLUGS: Record<PublicReportLevel, string> = {
  省级: 'province',
  市级: 'city',
  县级: 'county',
  乡镇: 'township',
  部门: 'department',
};

/** Province-level divisions with the URL slug of their catalogue facet page. */
export const PROVINCE_SLUGS = {
  北京市: 'beijing', 天津市: 'tianjin', 河北省: 'hebei', 山西省: 'shanxi', 内蒙古自治区: 'inner-mongolia',
  辽宁省: 'liaoning', 吉林省: 'jilin', 黑龙江省: 'heilongjiang', 上海市: 'shanghai', 江苏省: 'jiangsu',
  浙江省: 'zhejiang', 安徽省: 'anhui', 福建省: 'fujian', 江西省: 'jiangxi', 山东省: 'shandong',
  河南省: 'henan', 湖北省: 'hubei', 湖南省: 'hunan', 广东省: 'guangdong', 广西壮族自治区: 'guangxi',
  海南省: 'hainan', 重庆市: 'chongqing', 四川省: 'sichuan', 贵州省: 'guizhou', 云南省: 'yunnan',
  西藏自治区: 'tibet', 陕西省: 'shaanxi', 甘肃省: 'gansu', 青海省: 'qinghai', 宁夏回族自治区: 'ningxia',
  新疆维吾尔自治区: 'xinjiang',
} as const;
export type Province = keyof typeof PROVINCE_SLUGS;
export const PROVINCES = keysOf(PROVINCE_SLUGS);
/** Facet value for a central department, which has no province. */
export const CENTRAL_LABEL = '中央国家机关';
export const CENTRAL_SLUG = 'central';
