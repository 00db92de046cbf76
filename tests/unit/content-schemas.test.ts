/**
 * Schemas and the YAML list loader fail in Chinese, with the field and a fix: the report schema's
 * own messages, the global Chinese error map for fields without one, and YAML syntax errors with
 * the line where the parser stopped.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/shared/schemas/report.ts';
import { sectionMapSchema } from '../../src/shared/schemas/section-map.ts';
import { phraseSchema } from '../../src/shared/schemas/phrase.ts';
import { publicReportSchema } from '../../src/shared/schemas/public-report.ts';
import { yamlListLoader } from '../../src/build/yaml-list-loader.ts';

const report = { title: '关于2023年度述法情况的报告', reportType: '述法报告', organKind: '镇政府', organLevel: '乡镇', year: 2023, authorRole: '镇长', place: '匿名', source: '范文网站' };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('report frontmatter', () => {
  it('accepts a complete report', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });
  it('names a year in Chinese numerals, an unknown type and a missing title, each with its fix', () => {
    expect(issues(reportSchema.safeParse({ ...report, year: '二〇二三' }))).toEqual(['year: 报告年度应为四位数字。修正方法：写 year: 2023（不加引号，不用汉字）']);
    expect(issues(reportSchema.safeParse({ ...report, reportType: '年度工作总结' }))[0]).toMatch(/^reportType: 报告类型必须是以下之一：述法报告、.*修正方法：/);
    expect(issues(reportSchema.safeParse({ ...report, title: undefined }))).toEqual(['title: 缺少标题。修正方法：写 title: 报告原标题']);
  });
  it('takes years from 2000 to next year and only real calendar dates (the importer checks with this schema too)', () => {
    const next = new Date().getFullYear() + 1;
    expect(reportSchema.safeParse({ ...report, year: next }).success).toBe(true);
    expect(issues(reportSchema.safeParse({ ...report, year: next + 1 }))[0]).toMatch(new RegExp(`^year: 年度晚于 ${next} 年，不合理。修正方法：`));
    expect(issues(reportSchema.safeParse({ ...report, year: 1999 }))[0]).toMatch(/^year: 年度早于 2000 年/);
    expect(reportSchema.safeParse({ ...report, date: '2024-02-29' }).success).toBe(true);
    for (const date of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-00-10']) {
      expect(issues(reportSchema.safeParse({ ...report, date }))).toEqual(['date: 日期不存在（月份或日子超出范围）。修正方法：写日历上有的日期，如 2024-01-19']);
    }
    expect(issues(reportSchema.safeParse({ ...report, organKind: '乡' }))).toEqual(['organKind: 报告机关至少要 2 个字。修正方法：写 organKind，如 镇政府、乡党委']);
  });
});

describe('catalogue entries', () => {
  const entry = { organ: '泉溪镇人民政府', level: '乡镇', province: '湖北省', year: 2023, type: '法治政府建设年度报告', url: 'http://www.zhuxi.gov.cn/a.shtml' };
  it('only a central department may leave out the province (else it would be listed as 中央国家机关)', () => {
    expect(publicReportSchema.safeParse(entry).success).toBe(true);
    expect(issues(publicReportSchema.safeParse({ ...entry, province: undefined }))).toEqual([
      'province: 只有中央国家机关可以不写省份。修正方法：写 province（看网页或发布网站属于哪个省份）；确实看不出省份的报告不收入目录',
    ]);
    expect(publicReportSchema.safeParse({ ...entry, organ: '农业农村部', level: '部门', province: undefined }).success).toBe(true);
  });
  it('links only to http: or https: pages on a government host, each refusal with its fix', () => {
    const fix = '修正方法：改用报告在机关自己的网站或政府门户网站上的原网页网址（以 http:// 或 https:// 开头）；政府网站上找不到原网页的报告不收入目录';
    for (const url of ['https://www.gov.cn/zhengce/a.htm', 'http://admin.yzcity.gov.cn:8888/nyx/a.shtml', 'HTTPS://SFJ.WUHAN.GOV.CN/a']) {
      expect(issues(publicReportSchema.safeParse({ ...entry, url })), url).toEqual([]);
    }
    const refused = (url: string) => issues(publicReportSchema.safeParse({ ...entry, url }));
    expect(refused('javascript:alert(1)')).toEqual([`url: 网址以“javascript:”开头，不是网页地址；目录只链接政府网站上的网页。${fix}`]);
    expect(refused('data:text/html,<script>alert(1)</script>')).toEqual([`url: 网址以“data:”开头，不是网页地址；目录只链接政府网站上的网页。${fix}`]);
    expect(refused('file:///etc/passwd')).toEqual([`url: 网址以“file:”开头，不是网页地址；目录只链接政府网站上的网页。${fix}`]);
    expect(refused('ftp://ftp.zhuxi.gov.cn/a.doc')).toEqual([`url: 网址以“ftp:”开头，不是网页地址；目录只链接政府网站上的网页。${fix}`]);
    const notGov = (host: string) => `url: 网站“${host}”不是政府网站（域名不以 .gov.cn 结尾）；目录只收机关自己的网站或政府门户网站上的网页，转载站、新闻网站和范文网站不收。${fix}`;
    expect(refused('https://www.fanwen.com/shufa/123.html')).toEqual([notGov('www.fanwen.com')]);
    expect(refused('https://www.zhuxi.gov.cn.example.com/a')).toEqual([notGov('www.zhuxi.gov.cn.example.com')]);
    expect(refused('https://fakegov.cn/a')).toEqual([notGov('fakegov.cn')]);
    expect(refused('https://www.zhuxi.gov.cn@evil.example/a')).toEqual([notGov('evil.example')]);
    expect(refused('https://user:pw@www.zhuxi.gov.cn/a')).toEqual([`url: 网址里含有用户名或密码（@ 之前的部分）。${fix}`]);
    expect(refused('www.zhuxi.gov.cn/a')).toEqual([`url: “www.zhuxi.gov.cn/a”不是完整的网址。${fix}`]);
  });
});

describe('fields without a message of their own fail in Chinese too', () => {
  it('section maps: slug format, missing field, empty list', () => {
    expect(issues(sectionMapSchema.safeParse({ report: 'Bad Slug', sections: [] }))).toEqual([
      'report: “Bad Slug”不是合规的短名。修正方法：只用小写英文字母、数字和连字符',
      'guide: 缺少这个字段（应为文字）。修正方法：补上这个字段',
      'sections: 至少要 1 项。修正方法：补充完整',
    ]);
  });
  it('phrases: an unknown section role lists the allowed values', () => {
    const phrase = { id: 'a', text: '依法行政', topics: ['oversight'], sections: ['middle'], move: 'm', pattern: 'fixed', note: '用法说明' };
    expect(issues(phraseSchema.safeParse(phrase))).toEqual([
      'sections.0: “middle”不是可用的值，应为以下之一：opening、performance、rectification、problems、next-steps、closing。修正方法：改用其中一个',
    ]);
  });
});

async function load(files: Record<string, string>) {
  const root = await mkdtemp(path.join(tmpdir(), 'shufa-yaml-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  const entries: string[] = [];
  const loader = yamlListLoader('./');
  await loader.load({
    store: { clear() {}, set: (e: { id: string }) => entries.push(e.id) },
    parseData: async ({ data }: { data: unknown }) => data,
    config: { root: pathToFileURL(root + '/') },
    generateDigest: () => '',
    logger: { info() {} },
  } as never);
  return entries;
}

describe('yamlListLoader', () => {
  it('loads the entries of every list file', async () => {
    expect(await load({ 'a.yaml': '- id: x\n  text: 一\n- id: y\n  text: 二\n' })).toEqual(['x', 'y']);
  });
  it('names the file and line of a YAML syntax error, in Chinese', async () => {
    // The parser stops at the end of the file; the problem names the line where the quote opens.
    await expect(load({ 'zz-fixture.yaml': '- id: fixture-bad-yaml\n  text: "未闭合的引号\n  topics: [problems\n' })).rejects.toThrow(
      'zz-fixture.yaml 第 2 行 第 9 列：YAML 格式错误：缺少配对的引号或括号：这里的 " 没有配对的 "。修正方法：在这个值的末尾补上 "；值里本身有引号时，改用另一种引号包住整段',
    );
  });
  it('names a repeated id with both places', async () => {
    await expect(load({ 'a.yaml': '- id: x\n  text: 一\n', 'b.yaml': '- id: x\n  text: 二\n' })).rejects.toThrow('b.yaml 第 1 项：id “x” 与 a.yaml 第 1 项 重复。修正方法：换一个未用过的 id');
  });
});
