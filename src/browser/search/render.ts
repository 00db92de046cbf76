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

/** The excerpt paragraph: the passage around its first match, matches marked; the first `whole` characters (a phrase) are never cut. */
function excerpt(doc: Document, text: string, terms: string[], whole = 0): HTMLParagraphElement {
  const p = el(doc, 'p', 'search-result__excerpt');
  for (const s of excerptSegments(text, matchRanges(text, terms), 160, whole)) {
    // A block break shows as a space: the phrase and its note, or two list items, side by side.
    const part = s.text.replaceAll(BLOCK_BREAK, ' ');
    p.append(s.mark ? el(doc, 'mark', undefined, part) : doc.createTextNode(part));
  }
  return p;
}

/** A 复制 button: `label` is what it shows, `name` what it copies, said in full to screen readers (the click handler is in page.ts). */
function copyButton(doc: Document, label: string, name: string, text: string, secondary = false): HTMLButtonElement {
  const button = el(doc, 'button', secondary ? 'search-result__copy search-result__copy--secondary' : 'search-result__copy', label);
  button.type = 'button';
  button.dataset.searchCopy = text;
  button.setAttribute('aria-label', `${name}：${text}`);
  return button;
}

/**
 * The 复制 buttons of a phrase entry, saying what each copies: a current phrase's 复制; an 期满
 * phrase's 复制期满写法; for an 已过时 phrase the replacement first (复制新写法), then 复制旧写法.
 */
function copyButtons(doc: Document, copy: string, phrase: Hit['phrase']): HTMLButtonElement[] {
  if (phrase?.status === 'outdated' && phrase.replacement) {
    return [copyButton(doc, '复制新写法', '复制新写法', phrase.replacement), copyButton(doc, '复制旧写法', '复制已过时的旧写法', copy, true)];
  }
  if (phrase?.status === 'expired') return [copyButton(doc, '复制期满写法', `复制${phrase.label}的表述`, copy, true)];
  if (phrase?.status === 'outdated') return [copyButton(doc, '复制旧写法', '复制已过时的旧写法', copy, true)];
  return [copyButton(doc, '复制', '复制表述', copy)];
}

export function renderHit(doc: Document, hit: Hit, terms: string[], queryText: string): HTMLLIElement {
  const li = el(doc, 'li', 'search-result');
  li.dataset.kind = hit.kind;
  const head = el(doc, 'div', 'search-result__head');
  const kind = kindLabel(doc, hit.kind);
  if (kind) head.append(kind);
  // A passage with a title of its own (a phrase, a catalogue entry) is named by it; its page (the topic) follows as a secondary label.
  const a = el(doc, 'a', 'search-result__link');
  a.href = targetUrl(hit.url, queryText);
  a.setAttribute('data-search-result', '');
  a.append(el(doc, 'span', 'search-result__title', hit.label ?? hit.title));
  head.append(a);
  if (hit.label) head.append(el(doc, 'span', 'search-result__page', hit.title));
  if (hit.phrase) {
    // The badge of the phrase pages (site.css .status).
    const badge = el(doc, 'span', `status status--${hit.phrase.status}`, hit.phrase.label);
    badge.dataset.searchStatus = hit.phrase.status;
    head.append(badge);
  }
  if (hit.heading) head.append(el(doc, 'span', 'search-result__badge', '标题'));
  if (hit.copy) {
    const tools = el(doc, 'span', 'search-result__tools');
    tools.append(...copyButtons(doc, hit.copy, hit.phrase));
    head.append(tools);
  }
  li.append(head);
  if (hit.phrase?.replacement) {
    const replaced = el(doc, 'p', 'search-result__replaced', '已过时，改用：');
    replaced.append(el(doc, 'strong', undefined, hit.phrase.replacement));
    li.append(replaced);
  }
  li.append(excerpt(doc, hit.text, terms, hit.label?.length ?? 0));
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
