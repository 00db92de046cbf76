/**
 * DOM for search results. Text from the index only ever goes in through textContent.
 */
import type { Hit } from '../../shared/search/rank.ts';
import type { NearHit } from '../../shared/search/near.ts';
import { excerptSegments, matchRanges } from '../../shared/search/verify.ts';
import { BLOCK_BREAK } from '../../shared/normalize.ts';

/** Deployment base, always ending in '/'. */
export const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** /reports/x/#p-abc + 八五普法 → {base}reports/x/?hl=八五普法#p-abc */
export function targetUrl(url: string, queryText: string, base = BASE): string {
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const frag = hash === -1 ? '' : url.slice(hash);
  const full = `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  const hl = queryText ? `?${new URLSearchParams({ hl: queryText })}` : '';
  return `${full}${hl}${frag}`;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The kind label of a result: 范文, 规范表述 or 指引. */
function kindLabel(doc: Document, kind: string): HTMLElement | null {
  return kind ? el(doc, 'span', 'search-result__kind', kind) : null;
}

/** The excerpt paragraph: the passage around its first match, matches marked. */
function excerpt(doc: Document, text: string, terms: string[]): HTMLParagraphElement {
  const p = el(doc, 'p', 'search-result__excerpt');
  for (const s of excerptSegments(text, matchRanges(text, terms))) {
    // A block break shows as a space: the phrase and its note, or two list items, side by side.
    const part = s.text.replaceAll(BLOCK_BREAK, ' ');
    p.append(s.mark ? el(doc, 'mark', undefined, part) : doc.createTextNode(part));
  }
  return p;
}

export function renderHit(doc: Document, hit: Hit, terms: string[], queryText: string): HTMLLIElement {
  const li = el(doc, 'li', 'search-result');
  li.dataset.kind = hit.kind;
  const head = el(doc, 'div', 'search-result__head');
  const kind = kindLabel(doc, hit.kind);
  if (kind) head.append(kind);
  const a = el(doc, 'a', 'search-result__link');
  a.href = targetUrl(hit.url, queryText);
  a.setAttribute('data-search-result', '');
  a.append(el(doc, 'span', 'search-result__title', hit.title));
  head.append(a);
  if (hit.heading) head.append(el(doc, 'span', 'search-result__badge', '标题'));
  if (hit.copy) {
    // A phrase entry: its phrase text, exactly, to the clipboard (the click handler is in page.ts).
    const copy = el(doc, 'button', 'search-result__copy', '复制');
    copy.type = 'button';
    copy.dataset.searchCopy = hit.copy;
    copy.setAttribute('aria-label', `复制表述：${hit.copy}`);
    head.append(copy);
  }
  li.append(head);
  li.append(excerpt(doc, hit.text, terms));
  if (hit.occurrences > 1) li.append(el(doc, 'p', 'search-result__count', `本段出现 ${hit.occurrences} 次`));
  return li;
}

export function renderNear(doc: Document, hit: NearHit): HTMLLIElement {
  const li = el(doc, 'li', 'search-result search-result--near');
  const head = el(doc, 'div', 'search-result__head');
  const kind = kindLabel(doc, hit.kind);
  if (kind) head.append(kind);
  const a = el(doc, 'a', 'search-result__link', hit.title);
  a.href = targetUrl(hit.url, '');
  a.setAttribute('data-search-near-result', '');
  head.append(a);
  li.append(head);
  // The query pieces it shares are marked: what makes it near.
  li.append(excerpt(doc, hit.text, hit.pieces));
  return li;
}
