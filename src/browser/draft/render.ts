/**
 * The outline as DOM for the /draft/ page: each section with what to cover, the facts to gather,
 * and the phrases by move as checkboxes; template slots marked as 〔 〕. Text goes in through
 * textContent only (the organ name comes from the URL).
 */
import { chineseNumber, type Outline, type OutlinePhrase, type OutlineSection } from '../../shared/outline/outline.ts';

const SLOT = /〔[^〔〕]*〕/g;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Text with its 〔slots〕 wrapped, so the writer sees what to replace. */
function withSlots(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(el('span', { class: 'draft-slot' }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function phraseItem(p: OutlinePhrase): HTMLElement {
  const id = `draft-p-${p.id}`;
  const box = el('input', { type: 'checkbox', id, 'data-draft-phrase': p.id });
  box.checked = p.ticked;
  const label = el('label', { for: id }, ...withSlots(p.text));
  if (p.status === 'expired' && p.period) label.append(' ', el('span', { class: 'draft-badge' }, `期满：${p.period[0]}—${p.period[1]}年规划`));
  return el('div', { class: 'draft-phrase' }, box, label);
}

/** Phrases shown before the rest of a move folds into 更多. */
const SHOWN = 3;

function sectionNode(s: OutlineSection, number: number | undefined, open: Set<string>): HTMLElement {
  const titleId = `draft-s-${s.id}-title`;
  const name = s.heading ?? `${s.title}（不设标题）`;
  const head = el('div', { class: 'draft-section__head' }, el('h3', { id: titleId }, number ? `${chineseNumber(number)}、${name}` : name));
  if (s.required) head.append(el('span', { class: 'draft-badge draft-badge--required' }, '必写'));
  else {
    const box = el('input', { type: 'checkbox', id: `draft-s-${s.id}`, 'data-draft-section': s.id });
    box.checked = s.included;
    head.append(el('span', { class: 'draft-toggle' }, box, ' ', el('label', { for: `draft-s-${s.id}` }, '写入提纲（参考做法，可不写）')));
  }
  const node = el('section', { class: 'draft-section', 'data-section': s.id, 'data-included': String(s.included), 'aria-labelledby': titleId }, head);
  if (s.rule) node.append(el('p', { class: 'draft-rule' }, s.rule));
  node.append(el('h4', {}, '要写'), el('ul', {}, ...s.cover.map((c) => el('li', {}, c))));
  node.append(el('h4', {}, '可用事实'), el('ul', {}, ...s.evidence.map((f) => el('li', {}, f))));
  if (s.moves.length) {
    node.append(el('h4', {}, '规范表述（勾选的写入提纲）'));
    for (const m of s.moves) {
      const set = el('fieldset', { class: 'draft-move' }, el('legend', {}, m.name));
      if (m.description) set.append(el('p', { class: 'draft-move__desc' }, m.description));
      set.append(...m.phrases.slice(0, SHOWN).map(phraseItem));
      const rest = m.phrases.slice(SHOWN);
      if (rest.length) {
        const key = `${s.id}/${m.id}`;
        const more = el('details', { class: 'draft-more', 'data-draft-more': key }, el('summary', {}, `另外 ${rest.length} 条`), ...rest.map(phraseItem));
        more.open = open.has(key) || rest.some((p) => p.ticked);
        set.append(more);
      }
      node.append(set);
    }
  }
  return node;
}

/**
 * Replaces the container's content with the outline. Each move shows its first phrases; the rest
 * fold into 更多, open when one of them is ticked or the reader opened it (`open`: section/move).
 */
export function renderOutline(container: HTMLElement, outline: Outline, open: Set<string> = new Set()): void {
  let n = 0;
  container.replaceChildren(
    el('h2', { id: 'draft-title', 'data-draft-title': '' }, ...withSlots(outline.title)),
    el('p', { class: 'draft-addressee' }, ...withSlots(outline.addressee)),
    ...outline.sections.map((s) => sectionNode(s, s.included && s.heading ? ++n : undefined, open)),
  );
}
