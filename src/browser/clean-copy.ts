/**
 * Clean copies for Word (issue 29, item 4). On every page, copying selected text puts on the
 * clipboard:
 *  - text/plain: the selection's text as the browser lays it out, without the controls it leaves
 *    out itself (user-select: none: #, ¶, 复制, 复制链接) and without hidden elements;
 *  - text/html: semantic HTML only (headings, paragraphs, lists, tables, line breaks, emphasis),
 *    with no attribute except a table cell's span: no inline styles, fonts, colours or classes,
 *    and no editorial markup (a restored name in <ins>, a masked figure, a 标出规范表述 mark, a
 *    link): those become their plain text. So Word pastes in the document's own styles.
 * The browser's own copy would inline the computed style of every element (font-family,
 * background, the red underline of <ins>), which Word keeps with "keep source formatting".
 * Copies from form fields (the 报告体检 draft, the search box) are left to the browser.
 */
import { BLOCK_ELEMENTS } from '../shared/search/block-elements.ts';

/** Elements kept, as themselves. */
const KEEP = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br', 'strong', 'em', 'b', 'i', 'sub', 'sup',
]);
/** Elements dropped with their content: they hold no text of the page. */
const DROP = new Set(['script', 'style', 'template', 'noscript', 'button', 'input', 'select', 'textarea', 'svg', 'canvas', 'iframe', 'object']);
/** The only attributes kept. */
const ATTRIBUTES: Record<string, string[]> = { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'] };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Whether an element holds a block (then it is unwrapped, else its content becomes one paragraph). */
const holdsBlock = (el: Element) => [...el.querySelectorAll('*')].some((d) => BLOCK_ELEMENTS.has(d.localName));

/** The semantic HTML of a node's children (see the file comment). */
export function semanticHtml(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += escapeText((child as Text).data);
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.localName;
    if (DROP.has(tag) || el.hasAttribute('hidden')) continue;
    const inner = semanticHtml(el);
    if (KEEP.has(tag)) {
      const attrs = (ATTRIBUTES[tag] ?? []).filter((a) => el.hasAttribute(a)).map((a) => ` ${a}="${escapeAttr(el.getAttribute(a)!)}"`).join('');
      out += tag === 'br' ? '<br>' : `<${tag}${attrs}>${inner}</${tag}>`;
    } else if (BLOCK_ELEMENTS.has(tag) && !holdsBlock(el) && inner.trim()) {
      // A div, summary or the like holding only text: a paragraph, so it does not run into its neighbours.
      out += `<p>${inner}</p>`;
    } else {
      out += inner;
    }
  }
  return out;
}

const isField = (n: EventTarget | null) => n instanceof HTMLElement && (n.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null);

function cleanCopy(e: ClipboardEvent) {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !e.clipboardData) return;
  if (isField(e.target) || isField(document.activeElement)) return;
  const range = sel.getRangeAt(0);
  const scope = range.commonAncestorContainer;
  const root = scope instanceof Element ? scope : scope.parentElement;
  if (!root) return;
  // Tag what the browser leaves out of a copy (controls that cannot be selected, hidden
  // elements), clone, untag: the clone keeps the tags to drop.
  const skipped = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
    if (!range.intersectsNode(el)) return false;
    const style = getComputedStyle(el);
    return style.userSelect === 'none' || style.display === 'none';
  });
  for (const el of skipped) el.dataset.copySkip = '';
  const fragment = range.cloneContents();
  for (const el of skipped) delete el.dataset.copySkip;
  for (const el of fragment.querySelectorAll('[data-copy-skip]')) el.remove();
  // Plain text as the browser lays it out (line breaks between blocks): from a rendered copy.
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-100000px', top: '0', width: '40em' });
  holder.append(fragment);
  document.body.append(holder);
  const text = holder.innerText;
  holder.remove();
  e.clipboardData.setData('text/plain', text);
  e.clipboardData.setData('text/html', semanticHtml(holder));
  e.preventDefault();
}

document.addEventListener('copy', cleanCopy);
