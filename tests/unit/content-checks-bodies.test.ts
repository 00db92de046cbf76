/**
 * checkBodies (src/build/checks/bodies.ts) on parsed HTML, in-process, with the full messages:
 * markup written as text is accepted; active elements, <meta http-equiv>, event attributes,
 * javascript: and data: addresses, and links or resources of another origin are each named.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/shared/problem.ts';
import { checkBodies } from '../../src/build/checks/bodies.ts';

const anchors = new Map<string, Set<string> | undefined>([
  ['/reports/a/', new Set(['p-1'])],
  ['/guides/', undefined],
  ['/public-reports/', new Set(['beijing-2023-0b4b76'])],
]);
const FILE = 'src/content/guides/g.md';
const check = (html: string) => checkBodies([{ file: FILE, html }], anchors).map(formatProblem);
const ONLY = '正文只用 Markdown 和本站的标注（<ins class="restored">、<span class="redaction">）';

describe('checkBodies', () => {
  it('accepts text, the site’s own marks and links that resolve', () => {
    expect(
      check(
        '<p><a href="/reports/a/#p-1">x</a> 例如 &lt;script&gt;alert(1)&lt;/script&gt; 和 &lt;img src=x onerror=alert(1)&gt; 作为文字，' +
          '<ins class="restored" title="原文作“A”">习近平</ins><span class="redaction" title="隐去">*</span>' +
          '<a href="#basics">本页</a><a href="/public-reports/#beijing-2023-0b4b76">北京市2023年报告</a><a href="mailto:a@example.gov.cn">信箱</a></p>',
      ),
    ).toEqual([]);
  });

  it('accepts a report line that quotes an <img onerror> tag, escaped as text', () => {
    expect(check('<p>原文中有一行：&lt;img src="x" onerror="alert(1)"&gt;，照录。</p>')).toEqual([]);
  });

  it('names a page that does not exist and an anchor that does not exist', () => {
    expect(check('<p><a href="/reports/none/">x</a><a href="/reports/a/#p-2">y</a><a href="/guides/#any">z</a></p>')).toEqual([
      `${FILE} 正文链接“/reports/none/”：站内没有这个页面。修正方法：改成已有页面的地址，如 /reports/<短名>/ 或 /guides/<短名>/，注意以 / 结尾`,
      `${FILE} 正文链接“/reports/a/#p-2”：页面“/reports/a/”中没有锚点“#p-2”。修正方法：从目标页面的“复制链接”取得正确地址`,
    ]);
  });

  it('gives each problem the line of its Markdown source, the same address twice at each of its lines', () => {
    const source = ['---', 'title: 指引', 'note: <script> 在 frontmatter 里不算', '---', '', '前言。', '', '<SCRIPT>x()</SCRIPT>', '', '[甲](https://example.com/a) 和 [乙](/reports/none/)', '', '再链一次 [甲](https://example.com/a)。', '<img src="/x.png" onerror="alert(1)" alt="">'].join('\n');
    const html = '<p>前言。</p><script>x()</script><p><a href="https://example.com/a">甲</a> 和 <a href="/reports/none/">乙</a></p><p>再链一次 <a href="https://example.com/a">甲</a>。<img src="/x.png" onerror="alert(1)" alt=""></p>';
    const external = '链接到其他网站（example.com）；本站在内网运行，正文不链接外部网址。修正方法：引用官方文件时，在 src/content/sources/ 中写明来源，链接到 /sources/#<键>；引用公开报告时，链接到 /public-reports/#<键>（公开报告目录是全站唯一列出外部网址的地方）';
    expect(checkBodies([{ file: FILE, html, source }], anchors).map(formatProblem)).toEqual([
      `${FILE} 第 8 行 正文 <script>：含有脚本。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 第 10 行 正文链接“https://example.com/a”：${external}`,
      `${FILE} 第 10 行 正文链接“/reports/none/”：站内没有这个页面。修正方法：改成已有页面的地址，如 /reports/<短名>/ 或 /guides/<短名>/，注意以 / 结尾`,
      `${FILE} 第 12 行 正文链接“https://example.com/a”：${external}`,
      `${FILE} 第 13 行 正文 <img> 的 onerror 属性：含有事件属性，会执行脚本。修正方法：删去这个属性，${ONLY}`,
    ]);
  });

  it('names each active element', () => {
    expect(check('<script>x()</script><style>p{}</style><iframe src="/guides/"></iframe><object></object><embed><form></form><base href="/">')).toEqual([
      `${FILE} 正文 <script>：含有脚本。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <style>：含有样式表（本站的内容安全策略不允许内联样式）。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <iframe>：含有内嵌框架，会载入并显示别处的页面。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <object>：含有嵌入对象，会载入并运行别处的内容。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <embed>：含有嵌入对象，会载入并运行别处的内容。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <form>：含有表单，会把读者填写的内容提交出去。修正方法：删去这段 HTML，${ONLY}`,
      `${FILE} 正文 <base>：含有基准地址，会改变页面上所有相对链接的去向。修正方法：删去这段 HTML，${ONLY}`,
    ]);
  });

  it('names a <meta http-equiv> and an event attribute', () => {
    expect(check('<meta http-equiv="refresh" content="0; url=/guides/"><p><img src="/x.png" onerror="alert(1)" alt=""></p>')).toEqual([
      `${FILE} 正文 <meta http-equiv="refresh">：含有 http-equiv 的 <meta>，会让浏览器跳转或改变页面的安全设置。修正方法：删去这个 <meta>，${ONLY}`,
      `${FILE} 正文 <img> 的 onerror 属性：含有事件属性，会执行脚本。修正方法：删去这个属性，${ONLY}`,
    ]);
  });

  it('gives javascript: and data: addresses their own message, however they are written', () => {
    expect(check('<p><a href=" java&#10;script:alert(1)">x</a><a href="JavaScript:void(0)">y</a><a href="data:text/html,<b>x</b>">z</a><img src="data:image/png;base64,AAAA" alt=""></p>')).toEqual([
      `${FILE} 正文链接“ java\nscript:alert(1)”：javascript: 地址会在读者的浏览器里执行脚本。修正方法：删去这个地址；链接站内页面时写 /reports/<短名>/ 这样以 / 开头的地址`,
      `${FILE} 正文链接“JavaScript:void(0)”：javascript: 地址会在读者的浏览器里执行脚本。修正方法：删去这个地址；链接站内页面时写 /reports/<短名>/ 这样以 / 开头的地址`,
      `${FILE} 正文链接“data:text/html,<b>x</b>”：data: 地址把内容直接写在网址里，不经本站检查。修正方法：删去这个地址；图片等文件放在 public/ 中，用以 / 开头的站内地址引用`,
      `${FILE} 正文 <img> 的 src“data:image/png;base64,AAAA”：data: 地址把内容直接写在网址里，不经本站检查。修正方法：删去这个地址；图片等文件放在 public/ 中，用以 / 开头的站内地址引用`,
    ]);
  });

  it('names a link to another origin, with how to cite instead', () => {
    const cite = '引用官方文件时，在 src/content/sources/ 中写明来源，链接到 /sources/#<键>；引用公开报告时，链接到 /public-reports/#<键>（公开报告目录是全站唯一列出外部网址的地方）';
    expect(check('<p><a href="https://www.gov.cn/zhengce/">国务院</a><a href="//example.com/x">x</a><a href="/\\evil.example/">y</a></p>')).toEqual([
      `${FILE} 正文链接“https://www.gov.cn/zhengce/”：链接到其他网站（www.gov.cn）；本站在内网运行，正文不链接外部网址。修正方法：${cite}`,
      `${FILE} 正文链接“//example.com/x”：链接到其他网站（example.com）；本站在内网运行，正文不链接外部网址。修正方法：${cite}`,
      `${FILE} 正文链接“/\\evil.example/”：链接到其他网站（evil.example）；本站在内网运行，正文不链接外部网址。修正方法：${cite}`,
    ]);
  });

  it('names a resource of another origin: image, srcset, stylesheet, video poster', () => {
    const fix = '修正方法：把文件放在 public/ 中，用以 / 开头的站内地址引用，或删去';
    expect(check('<img src="https://cdn.example.com/a.png" alt=""><img src="/a.png" srcset="/a.png 1x, https://cdn.example.com/a2.png 2x" alt=""><link rel="stylesheet" href="https://fonts.example.com/a.css"><video poster="http://cdn.example.com/p.jpg"></video>')).toEqual([
      `${FILE} 正文 <img> 的 src“https://cdn.example.com/a.png”：从其他网站（cdn.example.com）加载内容；本站在内网运行，不向其他网站发出请求。${fix}`,
      `${FILE} 正文 <img> 的 srcset“https://cdn.example.com/a2.png”：从其他网站（cdn.example.com）加载内容；本站在内网运行，不向其他网站发出请求。${fix}`,
      `${FILE} 正文 <link> 的 href“https://fonts.example.com/a.css”：从其他网站（fonts.example.com）加载内容；本站在内网运行，不向其他网站发出请求。${fix}`,
      `${FILE} 正文 <video> 的 poster“http://cdn.example.com/p.jpg”：从其他网站（cdn.example.com）加载内容；本站在内网运行，不向其他网站发出请求。${fix}`,
    ]);
  });
});
