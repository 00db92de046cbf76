import { z } from 'astro/zod';
import { PROVINCES, PUBLIC_REPORT_LEVELS, PUBLIC_REPORT_TYPES } from './vocab.ts';

/**
 * The host suffixes a catalogue URL may end in. Only .gov.cn: the second-level domain that China's
 * registry (CNNIC) assigns to government and Party organs alone, so a host under it is an organ's
 * own site or a government portal (www.gov.cn, provincial and city portals), and never a reprint
 * site, a news site or a 范文 essay site. Every one of the 505 entries the catalogue held when
 * this rule was written uses such a host. Another official suffix is added here only with the
 * entry that needs it and the reason it is a government site.
 */
export const GOVERNMENT_HOST_SUFFIXES = ['.gov.cn'] as const;

const URL_FIX = '修正方法：改用报告在机关自己的网站或政府门户网站上的原网页网址（以 http:// 或 https:// 开头）；政府网站上找不到原网页的报告不收入目录';

/**
 * Why `url` cannot be a catalogue link, as “问题。修正方法：改法”, or undefined when it can: an
 * http: or https: address on a government host (GOVERNMENT_HOST_SUFFIXES), with no user name or
 * password in it. Anything else (javascript:, data:, file:, ftp:, a reprint or 范文 site) would
 * be rendered as a link that leaves the site for somewhere the catalogue does not vouch for.
 */
export function catalogueUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `“${url}”不是完整的网址。${URL_FIX}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `网址以“${parsed.protocol}”开头，不是网页地址；目录只链接政府网站上的网页。${URL_FIX}`;
  }
  const host = parsed.hostname.toLowerCase();
  if (!GOVERNMENT_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return `网站“${host}”不是政府网站（域名不以 ${GOVERNMENT_HOST_SUFFIXES.join('、')} 结尾）；目录只收机关自己的网站或政府门户网站上的网页，转载站、新闻网站和范文网站不收。${URL_FIX}`;
  }
  if (parsed.username || parsed.password) return `网址里含有用户名或密码（@ 之前的部分）。${URL_FIX}`;
  return undefined;
}

/**
 * One entry of the catalogue of public reports (公开报告目录): src/content/public-reports/<key>.yaml.
 * The file name is the stable ASCII key that phrases cite in `attested`, and the anchor of the
 * entry on /public-reports/. An entry holds facts about a report published on a government
 * site, never sentences from it: the site links out to the report and does not reproduce it.
 * Facts not visible on the published page are left out, never guessed.
 */
export const publicReportSchema = z.object({
  /** The report's own title as the page shows it; absent when the page showed none. */
  title: z.string().min(4, '标题过短。修正方法：写网页上报告的原标题；网页没有标题时删去 title').optional(),
  /** The reporting organ as the page names it, e.g. 天津市静海区人民政府, 武汉市司法局. */
  organ: z.string({ error: '缺少报告机关。修正方法：写 organ，如 某市司法局；网页上看不出机关的报告不收入目录' }).min(2, '报告机关过短。修正方法：写机关全称'),
  /** 省级, 市级, 县级 (including districts of 直辖市), 乡镇 (including 街道), or 部门 for a department or bureau. */
  level: z.enum(PUBLIC_REPORT_LEVELS, { error: `层级必须是以下之一：${PUBLIC_REPORT_LEVELS.join('、')}。修正方法：改写 level` }),
  /** Province-level division of the organ; absent only for a central department (e.g. 农业农村部). */
  province: z.enum(PROVINCES, { error: '省份必须是省级行政区全称，如 浙江省、重庆市、广西壮族自治区。修正方法：改写 province；中央国家机关删去 province' }).optional(),
  /** The year the report covers (a 2023 report published in 2024 covers 2023). */
  year: z.number({ error: '年度应为四位数字。修正方法：写 year: 2023（报告所述年度，不是发布年份）' }).int().min(2000, '年度不合理。修正方法：写四位数年份').max(2100, '年度不合理。修正方法：写四位数年份'),
  /** Report type. */
  type: z.enum(PUBLIC_REPORT_TYPES, { error: `报告类型必须是以下之一：${PUBLIC_REPORT_TYPES.join('、')}。修正方法：改写 type` }),
  /** Publication date shown on the page, YYYY-MM-DD or YYYY-MM; absent when the page showed none. */
  published: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, '发布日期格式应为 YYYY-MM-DD 或 YYYY-MM。修正方法：加引号写成 "2024-03-28"；不知道时删去 published'),
    )
    .optional(),
  /** The page on the organ's own site or an official government portal (no mirrors, no news copies): catalogueUrlProblem. */
  url: z.string({ error: '缺少网址。修正方法：写报告所在政府网站网页的完整网址，以 http:// 或 https:// 开头' }).superRefine((url, ctx) => {
    const message = catalogueUrlProblem(url);
    if (message) ctx.addIssue({ code: 'custom', message });
  }),
}).refine((r) => r.province !== undefined || r.level === '部门', {
  // Without this, a township with no province would be listed under 中央国家机关.
  message: '只有中央国家机关可以不写省份。修正方法：写 province（看网页或发布网站属于哪个省份）；确实看不出省份的报告不收入目录',
  path: ['province'],
});
export type PublicReportData = z.infer<typeof publicReportSchema>;
