/** Site-wide constants and URL helpers. Every internal link goes through `href` so a sub-path deployment works. */
export const SITE_NAME = '述法参考';
export const SITE_TAGLINE = '述法报告、法治政府建设年度报告、法治建设自查报告的范文、撰写指引与规范表述';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes a root-relative path with the deployment base. */
export const href = (path: string) => `${base}${path}`;

/** The entry points, in the order the header and home page show them. */
export const SECTIONS = [
  { path: '/reports/', label: '范文', description: '真实报告全文，按类型、层级、年度浏览，段段可链接。' },
  { path: '/public-reports/', label: '公开报告', description: '各地政府网站公开的报告目录，按类型、层级、省份、年度组合筛选，链接到原网页。' },
  { path: '/model-drafts/', label: '示范稿', description: '2026年度三类报告的示范稿（虚构单位），逐段批注对应的指引部分、规范表述和要换的事实。' },
  { path: '/guides/', label: '撰写指引', description: '每类报告必须写哪些部分、依据哪条规定、怎样写得扎实。' },
  { path: '/phrases/', label: '规范表述', description: '按主题和报告部分整理的常用表述，注明出处和用例。' },
  { path: '/draft/', label: '起草提纲', description: '按指引列出必写部分和可选表述，下载公文格式的 Word 提纲。' },
  { path: '/check/', label: '报告体检', description: '在浏览器里检查草稿：占位符、过时表述、固定语序、必备部分、标题序号。草稿不上传。' },
  { path: '/search/', label: '搜索', description: '按原文精确查找一个表述出现在哪些段落。' },
] as const;
