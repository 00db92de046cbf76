import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { Problem } from '../../shared/problem.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';

/** A rendered Markdown body and the file it came from. */
export interface Body {
  file: string;
  html: string;
  /** The file's text (frontmatter and Markdown), when known: each problem is then given its line. */
  source?: string;
}

/** Site paths that a body may link to, each with its anchors (undefined: any anchor is fine). */
export type SiteAnchors = Map<string, Set<string> | undefined>;

/** What a body may hold instead of raw HTML, named in every fix. */
const ONLY = '正文只用 Markdown 和本站的标注（<ins class="restored">、<span class="redaction">）';

/** Elements that run, load or submit something, each with what it is in Chinese. */
const ACTIVE: Record<string, string> = {
  script: '脚本',
  style: '样式表（本站的内容安全策略不允许内联样式）',
  iframe: '内嵌框架，会载入并显示别处的页面',
  frame: '框架，会载入并显示别处的页面',
  object: '嵌入对象，会载入并运行别处的内容',
  embed: '嵌入对象，会载入并运行别处的内容',
  applet: '嵌入程序',
  form: '表单，会把读者填写的内容提交出去',
  base: '基准地址，会改变页面上所有相对链接的去向',
};

/** Attributes that hold a URL the browser follows or loads (hast property names). */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'poster', 'action', 'formAction', 'data', 'cite', 'background', 'xLinkHref', 'ping', 'manifest'];

/** The HTML attribute a hast property came from. */
const attribute = (prop: string) => ({ httpEquiv: 'http-equiv', xLinkHref: 'xlink:href', formAction: 'formaction' })[prop] ?? prop.toLowerCase();

/** A URL as the browser reads it: outer spaces and inner tabs and line breaks dropped, backslashes as slashes. */
const asBrowserReads = (url: string) => url.trim().replace(/[\t\n\r]/g, '').replace(/\\/g, '/');

/** The URLs of one attribute value (srcset lists several, each followed by its size). */
const urlsOf = (prop: string, value: unknown): string[] => {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return prop === 'srcSet' ? text.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [text];
};

/** The host of a URL that leaves this site (another scheme with a host, or //host), else undefined. */
function otherOrigin(url: string): string | undefined {
  if (url.startsWith('//')) return url.slice(2).split(/[/?#]/)[0] || url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (!scheme || scheme === 'mailto' || scheme === 'tel') return undefined;
  return url.slice(scheme.length + 1).replace(/^\/+/, '').split(/[/?#]/)[0] || scheme;
}

function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
  // <template> content is parsed into its own fragment.
  if (node.type === 'element' && node.content) yield* elements(node.content);
}

/**
 * Markdown bodies hold no active content and load nothing from another origin, and every internal
 * link resolves to a page and anchor. The body is parsed as HTML (hast), so only real elements and
 * attributes count: `&lt;script&gt;` written as text is text.
 *
 * The site runs on closed intranets: a body never links or loads anything from another origin.
 * The one kind of explicit external citation on the site is an entry of the public-report
 * catalogue (src/content/public-reports/, rendered with rel="noopener external"); official
 * documents are cited by key (src/content/sources/, listed on /sources/). A body cites either by
 * linking to its entry on this site: /public-reports/#<key> or /sources/#<key>.
 */
export function checkBodies(bodies: Body[], anchors: SiteAnchors): Problem[] {
  const problems: Problem[] = [];
  for (const { file, html, source } of bodies) {
    // Each problem with the text to look for in the source (the tag, the attribute, the address as written).
    const found: { needle: string; problem: Problem }[] = [];
    const add = (needle: string, problem: Problem) => found.push({ needle, problem });
    for (const el of elements(fromHtml(html, { fragment: true }))) {
      const tag = `<${el.tagName}>`;
      if (ACTIVE[el.tagName]) {
        add(`<${el.tagName}`, { file, field: `正文 ${tag}`, problem: `含有${ACTIVE[el.tagName]}`, fix: `删去这段 HTML，${ONLY}` });
      }
      if (el.tagName === 'meta' && el.properties.httpEquiv !== undefined) {
        const equiv = [el.properties.httpEquiv].flat().join(' ');
        add('<meta', { file, field: `正文 <meta http-equiv="${equiv}">`, problem: '含有 http-equiv 的 <meta>，会让浏览器跳转或改变页面的安全设置', fix: `删去这个 <meta>，${ONLY}` });
      }
      for (const prop of Object.keys(el.properties)) {
        if (/^on[A-Z]/.test(prop) || /^on[a-z]+$/.test(prop)) {
          add(attribute(prop), { file, field: `正文 ${tag} 的 ${attribute(prop)} 属性`, problem: '含有事件属性，会执行脚本', fix: `删去这个属性，${ONLY}` });
        }
      }
      for (const prop of URL_PROPERTIES) {
        if (el.properties[prop] === undefined) continue;
        const isLink = el.tagName === 'a' && prop === 'href';
        for (const raw of urlsOf(prop, el.properties[prop])) {
          const url = asBrowserReads(raw);
          const field = isLink ? `正文链接“${raw}”` : `正文 ${tag} 的 ${attribute(prop)}“${raw}”`;
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
          if (scheme === 'javascript' || scheme === 'vbscript') {
            add(raw, { file, field, problem: `${scheme}: 地址会在读者的浏览器里执行脚本`, fix: '删去这个地址；链接站内页面时写 /reports/<短名>/ 这样以 / 开头的地址' });
          } else if (scheme === 'data') {
            add(raw, { file, field, problem: 'data: 地址把内容直接写在网址里，不经本站检查', fix: '删去这个地址；图片等文件放在 public/ 中，用以 / 开头的站内地址引用' });
          } else if (otherOrigin(url) !== undefined) {
            const host = otherOrigin(url);
            add(
              raw,
              isLink
                ? { file, field, problem: `链接到其他网站（${host}）；本站在内网运行，正文不链接外部网址`, fix: '引用官方文件时，在 src/content/sources/ 中写明来源，链接到 /sources/#<键>；引用公开报告时，链接到 /public-reports/#<键>（公开报告目录是全站唯一列出外部网址的地方）' }
                : { file, field, problem: `从其他网站（${host}）加载内容；本站在内网运行，不向其他网站发出请求`, fix: '把文件放在 public/ 中，用以 / 开头的站内地址引用，或删去' },
            );
          } else if (isLink) {
            for (const problem of checkInternalLink(file, url, raw, anchors)) add(raw, problem);
          }
        }
      }
    }
    problems.push(...(source === undefined ? found.map((f) => f.problem) : withLines(source, found)));
  }
  return problems;
}

/** The Markdown after a file's frontmatter starts here. */
const bodyStart = (source: string) => /^\uFEFF?---\r?\n[\s\S]*?\n---[^\n]*(?:\n|$)/.exec(source)?.[0].length ?? 0;

/**
 * Each problem with the line of its needle in the Markdown source: the first match after the
 * previous problem's (problems come in document order), else the first in the body. A needle
 * the source does not hold as written (an address Markdown percent-encoded) leaves no line.
 */
function withLines(source: string, found: { needle: string; problem: Problem }[]): Problem[] {
  const start = bodyStart(source);
  let cursor = start;
  return found.map(({ needle, problem }) => {
    const find = (from: number) => {
      const re = new RegExp(escapeRegExp(needle), 'gi');
      re.lastIndex = from;
      return re.exec(source)?.index;
    };
    const at = find(cursor) ?? find(start);
    if (at === undefined) return problem;
    cursor = at;
    return { ...problem, line: source.slice(0, at).split('\n').length };
  });
}

/** An internal link names a page of the site (and an anchor it has). */
function checkInternalLink(file: string, url: string, raw: string, anchors: SiteAnchors): Problem[] {
  if (url.startsWith('#') || /^(mailto|tel):/i.test(url)) return [];
  const [pathPart, anchor] = url.split('#');
  const known = anchors.get(pathPart);
  if (!anchors.has(pathPart)) {
    return [{ file, field: `正文链接“${raw}”`, problem: '站内没有这个页面', fix: '改成已有页面的地址，如 /reports/<短名>/ 或 /guides/<短名>/，注意以 / 结尾' }];
  }
  if (anchor && known && !known.has(anchor)) {
    return [{ file, field: `正文链接“${raw}”`, problem: `页面“${pathPart}”中没有锚点“#${anchor}”`, fix: '从目标页面的“复制链接”取得正确地址' }];
  }
  return [];
}
