import { describe, expect, it } from 'vitest';
import { extractPassages, pageUrl } from '../../src/build/search/extract.ts';
import { BLOCK_BREAK } from '../../src/shared/normalize.ts';

const html = `<!doctype html><html lang="zh-CN"><head><title>x</title></head><body>
<header><p data-passage id="chrome">站点导航 亲自督办</p></header>
<main data-pagefind-body>
  <h1 data-pagefind-meta="title">某镇2023年述法报告</h1>
  <meta data-pagefind-filter="kind[content]" content="范文">
  <meta data-pagefind-filter="year[content]" content="2023年度">
  <nav data-pagefind-ignore><p data-passage id="toc">目录 亲自督办</p></nav>
  <h2 id="h-1" data-passage>一、履行职责<span data-pagefind-ignore><a href="#h-1">#</a><button>复制链接</button></span></h2>
  <p id="p-1" data-passage>重要任务
  亲自督办。<a class="para-link" data-pagefind-ignore href="#p-1">¶</a></p>
  <p data-passage>没有 id 的段落</p>
</main></body></html>`;

describe('extractPassages', () => {
  const passages = extractPassages(html, 'reports/x/index.html');
  it('takes the title, then the passages with ids inside main[data-pagefind-body], outside ignored parts', () => {
    expect(passages.map((p) => p.id)).toEqual(['', 'h-1', 'p-1']);
  });
  it('makes the title a heading passage whose URL is the page (or its id, when it has one)', () => {
    expect(passages[0]).toMatchObject({ url: '/reports/x/', text: '某镇2023年述法报告', heading: true, kind: '范文' });
    const withId = extractPassages(html.replace('<h1 data-pagefind-meta', '<h1 id="top" data-pagefind-meta'), 'reports/x/index.html');
    expect(withId[0]).toMatchObject({ url: '/reports/x/#top', id: 'top', heading: true });
    const titlePassage = extractPassages(html.replace('<h1 data-pagefind-meta', '<h1 id="top" data-passage data-pagefind-meta'), 'reports/x/index.html');
    expect(titlePassage.filter((p) => p.text === '某镇2023年述法报告')).toHaveLength(1);
  });
  it('drops ignored descendants from the text and collapses whitespace', () => {
    expect(passages[1].text).toBe('一、履行职责');
    expect(passages[2].text).toBe('重要任务 亲自督办。');
  });
  it('puts one block break where blocks meet inside a passage, and none at its ends', () => {
    const entry = extractPassages(
      `<html lang="zh-CN"><body><main data-pagefind-body><li id="e" data-passage><div><p>坚持依法决策</p><div data-pagefind-ignore>复制</div></div>
       <p><span data-pagefind-ignore>用法：</span>用于 <b>开头</b>。</p><ul><li>其他 写法</li><li>第二种</li></ul></li></main></body></html>`,
      'phrases/a/index.html',
    );
    expect(entry[0].text).toBe(`坚持依法决策${BLOCK_BREAK}用于 开头。${BLOCK_BREAK}其他 写法${BLOCK_BREAK}第二种`);
    expect(passages[2].text).not.toContain(BLOCK_BREAK);
  });
  it('keeps a phrase entry’s phrase text for copying', () => {
    const [entry] = extractPassages(
      `<html lang="zh-CN"><body><main data-pagefind-body><ul><li id="e" data-passage><p><span data-phrase-text>坚持党的领导、人民当家作主</span></p><p>用法。</p></li></ul></main></body></html>`,
      'phrases/a/index.html',
    );
    expect(entry.copy).toBe('坚持党的领导、人民当家作主');
    expect(passages[2].copy).toBeUndefined();
  });
  it('records URL, title, heading flag, filters and language', () => {
    expect(passages[2]).toMatchObject({
      url: '/reports/x/#p-1',
      page: '/reports/x/',
      title: '某镇2023年述法报告',
      heading: false,
      kind: '范文',
      filters: { kind: ['范文'], year: ['2023年度'] },
      language: 'zh-cn',
    });
    expect(passages[1].heading).toBe(true);
  });
  it('ignores pages without data-pagefind-body', () => {
    expect(extractPassages('<html><body><main><p data-passage id="a">x</p></main></body></html>', 'a.html')).toEqual([]);
  });
  it('computes page URLs like Pagefind', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('guides/a/index.html')).toBe('/guides/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
