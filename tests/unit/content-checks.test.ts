/**
 * The named content checks of src/build/checks, in-process over small data, each with the full
 * message a maintainer reads (through the one problem formatter).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/shared/problem.ts';
import { checkFileNames } from '../../src/build/checks/file-names.ts';
import { checkGuides, type GuideData } from '../../src/build/checks/guides.ts';
import { checkSectionMaps } from '../../src/build/checks/section-maps.ts';
import { checkMoveIds, checkPhrases } from '../../src/build/checks/phrases.ts';
import { checkArticles } from '../../src/build/checks/articles.ts';
import { RESERVED_MOVE_IDS } from '../../src/build/checks/data.ts';

const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const known = { sources: new Set(['first-responsibility-provisions']), topics: new Set(['legal-publicity', 'oversight']) };

describe('checkFileNames', () => {
  it('names a file whose name is not a slug, and two names that differ only in case', () => {
    expect(messages(checkFileNames([{ folder: 'reports', ext: 'md', ids: ['jiangwan-2023', 'Jiangwan-2023', 'X镇报告'] }]))).toEqual([
      'src/content/reports/Jiangwan-2023.md：文件名“Jiangwan-2023”不是合规的短名。修正方法：改用小写英文字母、数字和连字符，如 jiangwan-2023.md',
      'src/content/reports/Jiangwan-2023.md：与 jiangwan-2023.md 的网址相同（jiangwan-2023）。修正方法：删去重复的文件，或换一个短名',
      'src/content/reports/X镇报告.md：文件名“X镇报告”不是合规的短名。修正方法：改用小写英文字母、数字和连字符，如 x.md',
    ]);
  });
  it('accepts unique slugs', () => {
    expect(checkFileNames([{ folder: 'topics', ext: 'yaml', ids: ['a', 'b-2'] }])).toEqual([]);
  });
});

const claim = (sources: string[] = [], basis = 'rule', text = '由主要负责人本人撰写') => ({ text, basis, sources });
const guide = (over: Partial<GuideData['data']> = {}): GuideData => ({
  id: 'shufa-report',
  data: {
    writer: claim(['first-responsibility-provisions']),
    submitTo: claim(['first-responsibility-provisions']),
    deadline: claim([], 'practice'),
    publication: claim([], 'practice'),
    sections: [{ id: 'opening', rule: '开头说明依据', sources: [], topics: ['oversight'], examples: [{ report: 'r', startsWith: '一、学习' }] }],
    ...over,
  },
});
const found = () => ({});
const excerpts = [{ id: 'first-responsibility-provisions', excerpts: [{ article: '第四条', confidence: 'verified' }] }];

describe('checkGuides', () => {
  it('passes a guide whose keys, articles and examples all exist', () => {
    expect(checkGuides([guide()], known, excerpts, found)).toEqual([]);
  });
  it('names an unknown source key, an unsourced rule, an unknown topic, a missing example and a repeated section id', () => {
    const g = guide({
      writer: claim(['no-such-source']),
      submitTo: claim([]),
      sections: [
        { id: 'opening', rule: '开头', sources: [], topics: ['no-such-topic'], examples: [{ report: 'r', startsWith: '不存在的开头' }] },
        { id: 'opening', rule: '开头', sources: [], topics: [], examples: [] },
      ],
    });
    const missing = (report: string, start: string) => (start === '不存在的开头' ? `范文“${report}”中找不到以“${start}”开头的标题或段落` : {});
    expect(messages(checkGuides([g], known, excerpts, missing))).toEqual([
      'src/content/guides/shufa-report.md 字段 writer.sources：来源“no-such-source”不存在。修正方法：改用 src/content/sources/ 中已有的文件名，或先新建 src/content/sources/no-such-source.yaml',
      'src/content/guides/shufa-report.md 字段 submitTo：标为规定要求却没有来源。修正方法：补上 sources，或把 basis 改为 practice（参考做法）',
      'src/content/guides/shufa-report.md sections[0]（opening）.topics：主题“no-such-topic”不存在。修正方法：改用 src/content/topics/ 中已有的主题（legal-publicity、oversight）',
      'src/content/guides/shufa-report.md sections[0]（opening）.examples[0]：范文“r”中找不到以“不存在的开头”开头的标题或段落。修正方法：startsWith 写该段开头的原文',
      'src/content/guides/shufa-report.md sections：id“opening”重复。修正方法：每个部分用不同的 id',
    ]);
  });
});

describe('checkArticles', () => {
  it('allows an article the cited source records as verified, and names one it does not', () => {
    expect(checkArticles('g.md', '字段 writer.text', '依据《规定》第四条', ['first-responsibility-provisions'], excerpts)).toEqual([]);
    expect(messages(checkArticles('g.md', '字段 writer.text', '依据《规定》第二十五条', ['first-responsibility-provisions'], excerpts))).toEqual([
      'g.md 字段 writer.text：引用了“第二十五条”，但所引来源没有记录已核实的这一条。修正方法：删去条号，只引文件名；或在来源文件的 excerpts 中补上已核实的条文',
    ]);
  });
});

describe('checkSectionMaps', () => {
  const guides = [{ id: 'shufa-report', data: { sections: [{ id: 'opening' }, { id: 'problems' }] } }];
  it('names a report that is not the file, an unknown guide, an unknown section and a heading not found', () => {
    const maps = [
      { id: 'a-2023', data: { report: 'b-2023', guide: 'shufa-report', sections: [{ section: 'no-such-section', startsWith: ['一、学习'] }] } },
      { id: 'c-2023', data: { report: 'c-2023', guide: 'no-such-guide', sections: [] } },
    ];
    const lookup = (report: string, start: string) => `范文“${report}”中找不到以“${start}”开头的标题或段落`;
    expect(messages(checkSectionMaps(maps, guides, lookup))).toEqual([
      'src/content/section-maps/a-2023.yaml 字段 report：“b-2023”与文件名不一致。修正方法：文件名应为 b-2023.yaml',
      'src/content/section-maps/a-2023.yaml sections[0].section：部分“no-such-section”不是指引“shufa-report”的部分。修正方法：改用 opening、problems',
      'src/content/section-maps/a-2023.yaml sections[0].startsWith：范文“b-2023”中找不到以“一、学习”开头的标题或段落。修正方法：写该标题或段落开头的原文',
      'src/content/section-maps/c-2023.yaml 字段 guide：指引“no-such-guide”不存在。修正方法：改用 shufa-report',
    ]);
  });
});

describe('checkPhrases and checkMoveIds', () => {
  const topics = [{ id: 'legal-publicity', data: { moves: [{ id: 'duty-system' }, { id: 'si-ge-qinzi' }] } }];
  it('names an unknown topic, source, move and replacement', () => {
    const phrases = [
      { id: 'p1', filePath: 'src/content/phrases/legal-publicity.yaml', data: { topics: ['legal-publicity', 'no-such-topic'], move: 'no-such-move', sources: ['no-such-source'], replacedBy: 'gone' } },
    ];
    expect(messages(checkPhrases(phrases, topics, known))).toEqual([
      'src/content/phrases/legal-publicity.yaml 条目 p1 字段 topics：主题“no-such-topic”不存在。修正方法：改用 src/content/topics/ 中已有的主题（legal-publicity、oversight）',
      'src/content/phrases/legal-publicity.yaml 条目 p1 字段 sources：来源“no-such-source”不存在。修正方法：改用 src/content/sources/ 中已有的文件名，或先新建 src/content/sources/no-such-source.yaml',
      'src/content/phrases/legal-publicity.yaml 条目 p1 字段 move：“no-such-move”不是主题“legal-publicity”的写作步骤。修正方法：改用 duty-system、si-ge-qinzi',
      'src/content/phrases/legal-publicity.yaml 条目 p1 字段 replacedBy：表述“gone”不存在。修正方法：写现行表述的 id',
    ]);
  });
  it('names a wording that is the text of two entries, after normalising quotes and spaces', () => {
    const entry = (id: string, text: string) => ({ id, filePath: 'src/content/phrases/legal-publicity.yaml', data: { topics: ['legal-publicity'], move: 'duty-system', sources: [], text } });
    const phrases = [entry('p1', '落实“谁执法谁普法”普法责任制'), entry('p2', '落实"谁执法谁普法" 普法责任制'), entry('p3', '落实普法责任制')];
    expect(messages(checkPhrases(phrases, topics, known))).toEqual([
      'src/content/phrases/legal-publicity.yaml 条目 p2 字段 text：表述“落实"谁执法谁普法" 普法责任制”与条目 p1 相同。修正方法：合并两条：把本条的来源、公开报告和其他写法并入 p1，再删去本条',
    ]);
  });
  it('names a move id that clashes with a phrase id or a page anchor', () => {
    expect(messages(checkMoveIds(topics, [{ id: 'si-ge-qinzi' }], ['other-topics']))).toEqual([
      'src/content/topics/legal-publicity.yaml 写作步骤 si-ge-qinzi：写作步骤 id“si-ge-qinzi”与表述 id 或页面锚点重名。修正方法：换一个 id',
    ]);
  });
  it('keeps move ids off the pages beside the move pages (/phrases/<topic>/evidence/, …/other-topics/)', () => {
    const clashing = [{ id: 'legal-publicity', data: { moves: [{ id: 'evidence' }, { id: 'other-topics' }, { id: 'duty-system' }] } }];
    expect(messages(checkMoveIds(clashing, [], RESERVED_MOVE_IDS)).map((m) => m.match(/写作步骤 (\S+)：/)![1])).toEqual(['evidence', 'other-topics']);
  });
});
