/**
 * The HTML the plain Pagefind index (the search benchmarks’ baseline) reads: a built page with its page furniture taken
 * out, so Pagefind's titles and excerpts show the page's own words only.
 *
 *  - Headings lose their controls (anchor links, copy buttons, screen-reader labels, anything
 *    marked data-pagefind-ignore or aria-hidden): Pagefind names a section by its heading's whole
 *    text, ignored parts included, which gave titles like 一、…情况#本节链接复制链接.
 *  - The page title (h1) and the kicker above it are left out of the indexed text (the title is
 *    kept as Pagefind's title metadata), so an excerpt never opens with “报告. ” or the title.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';

const isElement = (n: unknown): n is Element => (n as Element)?.type === 'element';
const classes = (el: Element): string[] => {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const present = (v: unknown) => v !== undefined && v !== null && v !== false;

/** A control or label inside a heading: not part of the heading's words. */
function isControl(el: Element): boolean {
  const p = el.properties ?? {};
  return (
    el.tagName === 'button' ||
    present(p.dataPagefindIgnore) ||
    String(p.ariaHidden) === 'true' ||
    present(p.hidden) ||
    classes(el).some((c) => c === 'sr-only' || c === 'visually-hidden' || c.startsWith('anchor'))
  );
}

function walk(node: Root | Element, inHeading: boolean) {
  node.children = node.children.filter((c) => !(inHeading && isElement(c) && isControl(c)));
  for (const c of node.children) {
    if (!isElement(c)) continue;
    const heading = /^h[1-6]$/.test(c.tagName);
    if (c.tagName === 'h1') {
      c.properties.dataPagefindIgnore = '';
      if (!present(c.properties.dataPagefindMeta)) c.properties.dataPagefindMeta = 'title';
    }
    if (classes(c).includes('kicker')) c.properties.dataPagefindIgnore = '';
    walk(c, inHeading || heading);
  }
}

export function plainIndexHtml(html: string): string {
  const tree = fromHtml(html);
  walk(tree, false);
  return toHtml(tree);
}
