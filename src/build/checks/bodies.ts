import type { Problem } from '../../shared/problem.ts';

/** A rendered Markdown body and the file it came from. */
export interface Body {
  file: string;
  html: string;
}

/** Site paths that a body may link to, each with its anchors (undefined: any anchor is fine). */
export type SiteAnchors = Map<string, Set<string> | undefined>;

const ACTIVE = /<(script|iframe|object|embed|form|style)\b/i;
const HANDLER = /\son[a-z]+\s*=/i;
const JS_URL = /(href|src)\s*=\s*"\s*javascript:/i;

/** Markdown bodies hold no active content, and every internal link resolves to a page and anchor. */
export function checkBodies(bodies: Body[], anchors: SiteAnchors): Problem[] {
  const problems: Problem[] = [];
  for (const { file, html } of bodies) {
    if (ACTIVE.test(html) || HANDLER.test(html) || JS_URL.test(html)) {
      problems.push({ file, field: '正文', problem: '含有脚本、内嵌框架、表单、样式或事件属性', fix: '删去这些 HTML，正文只用 Markdown 和本站的标注（<ins class="restored">、<span class="redaction">）' });
    }
    for (const [, target] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(target) || target.startsWith('#')) continue;
      const [pathPart, anchor] = target.split('#');
      const known = anchors.get(pathPart);
      if (!anchors.has(pathPart)) {
        problems.push({ file, field: `正文链接“${target}”`, problem: '站内没有这个页面', fix: '改成已有页面的地址，如 /reports/<短名>/ 或 /guides/<短名>/，注意以 / 结尾' });
      } else if (anchor && known && !known.has(anchor)) {
        problems.push({ file, field: `正文链接“${target}”`, problem: `页面“${pathPart}”中没有锚点“#${anchor}”`, fix: '从目标页面的“复制链接”取得正确地址' });
      }
    }
  }
  return problems;
}
