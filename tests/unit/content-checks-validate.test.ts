/**
 * The build's pre-validation (src/build/validate-content.ts), in-process on small files: every
 * problem of every file in one list, with the line, the field and the fix; an unclosed
 * frontmatter is one problem; YAML syntax errors at the right line; zod issues as field paths;
 * the cross-file checks on parsed data in the same pass.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/shared/problem.ts';
import { fieldPath, validateContent, validateContentDir } from '../../src/build/validate-content.ts';

const messages = (files: Parameters<typeof validateContent>[0]) => validateContent(files).map(formatProblem);

const reportFront = [
  'title: 关于2023年度述法情况的报告',
  'reportType: 述法报告',
  'organKind: 镇政府',
  'organLevel: 乡镇',
  'year: 2023',
  'authorRole: 镇长',
  'place: 匿名',
  'source: 范文网站',
];
const report = (front: string[], body = '\n正文一段。\n') => `---\n${front.join('\n')}\n---\n${body}`;
const reportFile = (name: string, text: string) => ({ file: `src/content/reports/${name}.md`, text });

describe('validateContent', () => {
  it('accepts the project’s own content', async () => {
    expect(await validateContentDir('src/content')).toEqual([]);
  });

  it('names a frontmatter without its closing --- once, and a file without frontmatter', () => {
    expect(messages({ reports: [reportFile('a-2023', `---\n${reportFront.join('\n')}\n\n正文一段。\n`), reportFile('b-2023', '正文一段。\n')] })).toEqual([
      'src/content/reports/a-2023.md 第 1 行 frontmatter：开头的 frontmatter 没有结束行“---”，其后的字段都读不到。修正方法：在最后一个字段之后单独写一行 ---，再写正文',
      'src/content/reports/b-2023.md 第 1 行 frontmatter：文件开头没有 frontmatter（以 --- 开始、以 --- 结束的字段块）。修正方法：在文件开头写一行 ---、各个字段，再写一行 ---',
    ]);
  });

  it('names every schema issue of a file with its line and field, and of every file', () => {
    const broken = reportFront.map((l) => (l.startsWith('year') ? 'year: 二〇二三' : l)).filter((l) => !l.startsWith('title'));
    expect(messages({ reports: [reportFile('a-2023', report(broken)), reportFile('b-2023', report(reportFront.map((l) => (l.startsWith('organLevel') ? 'organLevel: 村级' : l))))] })).toEqual([
      'src/content/reports/a-2023.md 字段 title：缺少标题。修正方法：写 title: 报告原标题',
      'src/content/reports/a-2023.md 第 5 行 字段 year：报告年度应为四位数字。修正方法：写 year: 2023（不加引号，不用汉字）',
      'src/content/reports/b-2023.md 第 5 行 字段 organLevel：机关层级必须是以下之一：乡镇、县级、市级、省级。修正方法：改写 organLevel',
    ]);
  });

  it('places a YAML syntax error in a frontmatter at its line in the file', () => {
    const front = [...reportFront.slice(0, 3), 'organLevel: 乡镇', 'organLevel: 县级', ...reportFront.slice(4)];
    expect(messages({ reports: [reportFile('a-2023', report(front))] })).toEqual([
      'src/content/reports/a-2023.md 第 6 行 第 1 列附近：YAML 格式错误：同一层有两个相同的字段名。修正方法：检查这一行及上一行的缩进、冒号和引号',
    ]);
  });

  it('names list entries by id, with the line of the field, and items without an id', () => {
    const phrases = [
      '- id: fixture-a',
      '  text: 依法行政',
      '  topics: [oversight]',
      '  sections: [middle]',
      '  move: m',
      '  pattern: fixed',
      '  note: 用法说明',
      '- text: 没有 id 的条目',
    ].join('\n');
    expect(messages({ phrases: [{ file: 'src/content/phrases/oversight.yaml', text: phrases }] })).toEqual([
      'src/content/phrases/oversight.yaml 第 8 行 第 2 项：缺少字段 id。修正方法：加上唯一的英文 id，如 id: si-ge-qinzi',
      'src/content/phrases/oversight.yaml 第 4 行 条目 fixture-a 字段 sections[0]：“middle”不是可用的值，应为以下之一：opening、performance、rectification、problems、next-steps、closing。修正方法：改用其中一个',
    ]);
  });

  it('names an unclosed quote of a YAML file at the line where it opens', () => {
    expect(messages({ topics: [{ file: 'src/content/topics/oversight.yaml', text: 'name: 监督\norder: 1\nsummary: "没有结尾的引号\nmoves: []\n' }] })).toEqual([
      'src/content/topics/oversight.yaml 第 3 行 第 10 列：YAML 格式错误：缺少配对的引号或括号：这里的 " 没有配对的 "。修正方法：在这个值的末尾补上 "；值里本身有引号时，改用另一种引号包住整段',
    ]);
  });

  it('refuses an unquoted date that is not on the calendar instead of letting YAML roll it over', () => {
    const withDate = (date: string) => report([...reportFront, `date: ${date}`]);
    const catalogue = ['organ: 泉溪镇人民政府', 'level: 乡镇', 'province: 湖北省', 'year: 2023', 'type: 法治政府建设年度报告', 'published: 2023-13-45', 'url: http://www.zhuxi.gov.cn/a.shtml'].join('\n');
    expect(
      messages({
        reports: [reportFile('a-2023', withDate('2023-02-30')), reportFile('b-2023', withDate('2024-02-29'))],
        publicReports: [{ file: 'src/content/public-reports/zhuxi-2023-abc123.yaml', text: catalogue }],
      }),
    ).toEqual([
      'src/content/reports/a-2023.md 第 10 行 字段 date：日期“2023-02-30”不存在（月份或日子超出范围），YAML 会把它顺延成 2023-03-02。修正方法：写日历上有的日期，如 2024-01-19',
      'src/content/public-reports/zhuxi-2023-abc123.yaml 第 6 行 字段 published：日期“2023-13-45”不存在（月份或日子超出范围），YAML 会把它顺延成 2024-02-14。修正方法：写日历上有的日期，如 2024-01-19',
    ]);
  });

  it('names a catalogue URL that is not a government web page at its line', () => {
    const catalogue = ['organ: 泉溪镇人民政府', 'level: 乡镇', 'province: 湖北省', 'year: 2023', 'type: 法治政府建设年度报告', 'url: "javascript:alert(1)"'].join('\n');
    expect(messages({ publicReports: [{ file: 'src/content/public-reports/zhuxi-2023-abc123.yaml', text: catalogue }] })).toEqual([
      'src/content/public-reports/zhuxi-2023-abc123.yaml 第 6 行 字段 url：网址以“javascript:”开头，不是网页地址；目录只链接政府网站上的网页。修正方法：改用报告在机关自己的网站或政府门户网站上的原网页网址（以 http:// 或 https:// 开头）；政府网站上找不到原网页的报告不收入目录',
    ]);
  });

  it('runs the cross-file checks on the parsed data in the same pass, without repeating a broken file as a missing one', () => {
    const phrase = (id: string, extra: string[]) =>
      [`- id: ${id}`, '  text: 依法行政', '  topics: [oversight]', '  sections: [problems]', '  move: m', '  pattern: fixed', '  note: 用法说明', ...extra].join('\n');
    expect(
      messages({
        // A topic that fails its schema still exists: the phrase citing it is not told it does not.
        topics: [{ file: 'src/content/topics/oversight.yaml', text: 'name: 监督\n' }],
        phrases: [{ file: 'src/content/phrases/oversight.yaml', text: phrase('fixture-a', ['  attested: [no-such-report-2024]']) }],
      }),
    ).toEqual([
      'src/content/topics/oversight.yaml 字段 order：缺少这个字段（应为数字）。修正方法：补上这个字段',
      'src/content/topics/oversight.yaml 字段 summary：缺少这个字段（应为文字）。修正方法：补上这个字段',
      'src/content/topics/oversight.yaml 字段 moves：缺少这个字段（应为列表（每项以“- ”开头））。修正方法：补上这个字段',
      'src/content/phrases/oversight.yaml 条目 fixture-a 字段 attested：公开报告“no-such-report-2024”不在公开报告目录中。修正方法：改用 src/content/public-reports/ 中已有的文件名，或先新建 src/content/public-reports/no-such-report-2024.yaml',
    ]);
  });
});

describe('fieldPath', () => {
  it('writes a zod path as the maintainer reads it', () => {
    expect(fieldPath(['sections', 2, 'examples', 0, 'startsWith'])).toBe('sections[2].examples[0].startsWith');
  });
});
