/**
 * Wraps every occurrence of the search terms inside an element in <mark>, matching on
 * normalised text across text nodes (so 八五普法 marks “八五”普法), and skipping subtrees
 * with data-pagefind-ignore, like the index does. Like the index, a term never runs from one
 * block (paragraph, list item) into the next.
 */
import { matchRanges } from '../../shared/search/verify.ts';
import { BLOCK_BREAK } from '../../shared/normalize.ts';
import { BLOCK_SELECTOR } from '../../shared/search/block-elements.ts';

export function highlightIn(root: Element, terms: string[]): HTMLElement[] {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && ((n as Element).hasAttribute('data-pagefind-ignore') || /^(SCRIPT|STYLE|TEMPLATE)$/.test(n.nodeName) || (n as Element).classList.contains('search-hit'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  let block: Element | null = null;
  for (const n of nodes) {
    // A text node in another block than the one before: a break, as in the indexed text.
    const own = n.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    if (text && own !== block) text += BLOCK_BREAK;
    block = own;
    starts.push(text.length);
    text += n.data;
  }
  const marks: HTMLElement[] = [];
  const ranges = matchRanges(text, terms);
  // Right to left, so earlier offsets stay valid while nodes are split.
  for (let r = ranges.length - 1; r >= 0; r--) {
    const [a, b] = ranges[r];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const s = starts[i];
      const e = s + nodes[i].data.length;
      if (e <= a || s >= b) continue;
      let node = nodes[i];
      const from = Math.max(a, s) - s;
      const to = Math.min(b, e) - s;
      if (to < node.data.length) node.splitText(to);
      if (from > 0) node = node.splitText(from);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      node.replaceWith(mark);
      mark.append(node);
      marks.unshift(mark);
    }
  }
  return marks;
}
