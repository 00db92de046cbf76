import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { blockAnchor, makeUnique } from '../shared/anchors.ts';

const HEADING = /^h[2-6]$/;

const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Gives every top-level heading and paragraph of rendered Markdown a stable id (see
 * src/shared/anchors.ts), a link to itself, and on headings a 复制链接 button that the page script
 * enables. The added controls carry data-pagefind-ignore so search never indexes them.
 * data-passage marks the block as one search passage (see src/build/search-index.ts).
 *
 * The controls hold no text: their names are aria-label, and what they show (#, ¶, 复制链接)
 * is CSS generated content (site.css, .anchor-link::before and the like), with
 * user-select: none. So selecting and copying the passage yields only the passage's own text,
 * as text/plain and as text/html. AnchorTools.astro renders the same markup for other pages.
 */
export default function rehypeBlockAnchors() {
  return (tree: Root) => {
    const unique = makeUnique();
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const isHeading = HEADING.test(node.tagName);
      if (!isHeading && node.tagName !== 'p') continue;
      const id = unique(blockAnchor(isHeading ? 'h' : 'p', toString(node)));
      node.properties = { ...node.properties, id, dataPassage: '' };
      if (isHeading) {
        node.children.push(
          el('span', { className: ['anchor-tools'], dataPagefindIgnore: '' }, [
            el('a', { className: ['anchor-link'], href: `#${id}`, ariaLabel: '本节链接' }),
            el('button', { type: 'button', className: ['copy-link'], dataCopyLink: id, dataLabel: '复制链接', ariaLabel: '复制链接', hidden: true }),
          ]),
        );
      } else {
        node.children.push(el('a', { className: ['para-link'], href: `#${id}`, ariaLabel: '本段链接', dataPagefindIgnore: '' }));
      }
    }
  };
}
