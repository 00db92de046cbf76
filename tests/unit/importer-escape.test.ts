/**
 * Rule 8 (escaping) against the site's own Markdown pipeline: whatever ASCII punctuation a report
 * holds, the rendered page shows exactly the source characters, with the redaction marks intact.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/shared/importer/rules.ts';
import { cleanReport, importReport, restorePlain } from '../../src/shared/importer/index.ts';

const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false });
const rendered = async (md: string) => toString(fromHtml((await processor.render(md)).code, { fragment: true })).replace(/\s+/g, '');

const filler = '本年度认真履行推进法治建设第一责任人职责，'.repeat(12);

describe('escapeMarkdown renders as the text itself', () => {
  it.each([
    '审计*个部门、*次专题询问、*年整改',
    '开展视察*次，促进*个部门*依法*行政',
    '~删除线~和~~双删除线~~、_下划线_、__粗__、**粗**、`代码`',
    '# 标题样、## 二、+ 列表、- 列表、1. 列表、1) 列表、> 引用',
    '[链接](http://example.com) ![图](a.png) <b>标签</b> &amp; &copy; \\反斜杠 {大括号} | 竖线 | 表格 |',
    '---',
    '***',
    '访问 www.example.com 或 https://example.com/a_b_c 或 a@b.cn',
    '[^1] 脚注样 [x]: http://example.com',
  ])('%s', async (text) => {
    expect(await rendered(escapeMarkdown(text))).toBe(text.replace(/\s+/g, ''));
  });
});

describe('a report body renders as the cleaned source', () => {
  it('five masked figures stay five visible * marks (seed 002)', async () => {
    const raw = `韩城市人大常委会机关2023年度述法报告\n一、工作情况\n${filler}对*年审计、*村庄治理、*流域保护，对*个部门开展专题询问*次。\n`;
    const { body } = importReport(raw, { organ: '人大机关', level: '县级', authorRole: '书记' });
    const text = await rendered(body);
    expect(text.match(/\*/g)).toHaveLength(5);
    const expected = cleanReport(raw).blocks.map((b) => restorePlain(b.text)).join('');
    expect(text).toBe(expected);
    expect(body.match(/<span class="redaction"[^>]*>\\\*<\/span>/g)).toHaveLength(5);
  });
  it('an emptied bracket is marked as a redaction (seed 001: 镇长（）)', () => {
    const raw = `2023年度述职报告\n述职人：江湾镇人民政府镇长（)\n一、履职情况\n${filler}\n`;
    const { body, frontmatter } = importReport(raw, { organ: '镇政府', level: '乡镇' });
    expect(body).toContain('镇长<span class="redaction" title="原文删去了括号中的文字（如人名），只留下空括号">（）</span>');
    expect(frontmatter.editorialNotes.join('')).toMatch(/空括号/);
  });
});
