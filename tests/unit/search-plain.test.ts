import { describe, expect, it } from 'vitest';
import { plainIndexHtml } from '../../src/build/search/plain.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><main data-pagefind-body>
<header><p class="kicker">法治建设工作自查报告</p><h1>X镇2023年法治建设工作自查报告</h1></header>
<h2 id="h-1">一、学习情况<span class="anchor-tools" data-pagefind-ignore=""><a class="anchor-link" href="#h-1"><span aria-hidden="true">#</span><span class="sr-only">本节链接</span></a><button type="button" class="copy-link" hidden>复制链接</button></span></h2>
<p id="p-1">今年以来，X镇坚持学法。</p></main></body></html>`;

describe('plainIndexHtml', () => {
  const html = plainIndexHtml(page);
  it('takes the controls out of headings, so section titles are the heading’s words', () => {
    expect(html).toContain('<h2 id="h-1">一、学习情况</h2>');
    expect(html).not.toMatch(/本节链接|复制链接/);
  });
  it('keeps the title as metadata but out of the indexed text, and leaves the kicker out', () => {
    expect(html).toMatch(/<h1 data-pagefind-ignore="" data-pagefind-meta="title">X镇2023年法治建设工作自查报告<\/h1>/);
    expect(html).toMatch(/<p class="kicker" data-pagefind-ignore="">/);
  });
  it('keeps an explicit title field and leaves body text alone', () => {
    expect(plainIndexHtml('<main><h1 data-pagefind-meta="title:甲">乙</h1><p>正文</p></main>')).toContain('data-pagefind-meta="title:甲"');
    expect(html).toContain('<p id="p-1">今年以来，X镇坚持学法。</p>');
  });
});
