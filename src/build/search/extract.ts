/**
 * Build-time (Node) extraction of search passages from built HTML, following the passage
 * contract: inside main[data-pagefind-body], every element with data-passage and an id is one
 * passage; its text is its text content minus descendants carrying data-pagefind-ignore; its
 * URL is the page URL + '#' + id. The page title is the element with data-pagefind-meta="title",
 * else the first h1; it is a passage too (a heading, first on the page, with the title's id or,
 * without one, the page URL alone), so a title is found even where the body never repeats it. A
 * passage holding a phrase (an element with data-phrase-text) carries that phrase's text, which
 * search results offer to copy. The page's kind is its kind filter (范文, 规范表述, 指引, 示范稿, 写作须知).
 * Filters come from elements carrying data-pagefind-filter="key:value" (or key[content] on a meta).
 * The catalogue of public reports is indexed from its data, not its pages (cataloguePassages).
 * The indexer (src/build/search-index.ts), the benchmark and the tests all read passages here,
 * so they agree on exactly what is indexed.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { BLOCK_BREAK } from '../../shared/normalize.ts';
import { BLOCK_ELEMENTS } from '../../shared/search/block-elements.ts';
import { CATALOGUE_KIND, type CatalogueFacts, type PhraseFacts } from '../../shared/search/facts.ts';

export interface Passage {
  /** Page URL without the deployment base, e.g. /reports/x/#p-abc. */
  url: string;
  page: string;
  id: string;
  title: string;
  text: string;
  heading: boolean;
  /** The page's kind filter: 范文, 规范表述 or 指引 ('' when it has none). */
  kind: string;
  /** The phrase text of a phrase entry, exactly as shown (its data-phrase-text element). */
  copy?: string;
  /** A phrase entry's status (src/shared/search/facts.ts), attached by the indexer from the build's facts. */
  phrase?: PhraseFacts;
  /** The passage's own title, which starts its text (a catalogue entry's title); a phrase entry's is `copy`. */
  label?: string;
  filters: Record<string, string[]>;
  language: string;
}

const isElement = (n: Root | RootContent): n is Element => n.type === 'element';
const has = (el: Element, prop: string) => el.properties?.[prop] !== undefined && el.properties?.[prop] !== null && el.properties?.[prop] !== false;

function find(node: Root | Element, test: (el: Element) => boolean, out: Element[] = [], skipIgnored = false): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (skipIgnored && has(child, 'dataPagefindIgnore')) continue;
    if (test(child)) out.push(child);
    find(child, test, out, skipIgnored);
  }
  return out;
}

/**
 * Text content, leaving out subtrees with data-pagefind-ignore; whitespace collapsed. Where
 * blocks meet inside the element (a phrase and its note, two list items) the text holds one
 * BLOCK_BREAK, so a search term never matches across them.
 */
export function passageText(el: Element): string {
  let s = '';
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === 'text') s += c.value;
      else if (isElement(c) && !has(c, 'dataPagefindIgnore') && c.tagName !== 'script' && c.tagName !== 'style' && c.tagName !== 'template') {
        const block = BLOCK_ELEMENTS.has(c.tagName);
        if (block) s += BLOCK_BREAK;
        walk(c);
        if (block) s += BLOCK_BREAK;
      }
    }
  };
  walk(el);
  return s
    .replace(/[^\S\u2029]+/g, ' ')
    .replace(/ *\u2029[\u2029 ]*/g, BLOCK_BREAK)
    .trim();
}

/** Text of a one-line element (title, filter value): block breaks read as spaces. */
const lineText = (el: Element) => passageText(el).replaceAll(BLOCK_BREAK, ' ');

/** Page URL for a file path relative to the site root: reports/x/index.html → /reports/x/. */
export function pageUrl(relPath: string): string {
  const p = relPath.split(/[\\/]/).join('/');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

export function extractPassages(html: string, relPath: string): Passage[] {
  const tree = fromHtml(html);
  const [main] = find(tree, (el) => el.tagName === 'main' && has(el, 'dataPagefindBody'));
  if (!main) return [];
  const htmlEl = find(tree, (el) => el.tagName === 'html')[0];
  const language = String(htmlEl?.properties?.lang ?? 'unknown').toLowerCase();
  const page = pageUrl(relPath);
  const titleEl = find(tree, (el) => el.properties?.dataPagefindMeta === 'title')[0] ?? find(main, (el) => el.tagName === 'h1')[0];
  const title = titleEl ? lineText(titleEl) : page;
  const filters: Record<string, string[]> = {};
  for (const meta of find(main, (el) => has(el, 'dataPagefindFilter'))) {
    const spec = String(meta.properties.dataPagefindFilter);
    const m = /^([^[:]+)(?:\[content\]|:(.*))?$/.exec(spec.trim());
    if (!m) continue;
    const key = m[1].trim();
    const value = m[2] !== undefined ? m[2].trim() : String(meta.properties.content ?? lineText(meta)).trim();
    if (value) (filters[key] ??= []).includes(value) || filters[key].push(value);
  }
  const kind = filters.kind?.[0] ?? '';
  const passages: Passage[] = [];
  const url = (id: string) => (id ? `${page}#${id}` : page);
  // The title, unless it is a passage of its own already.
  if (titleEl && title && !has(titleEl, 'dataPassage')) {
    const id = typeof titleEl.properties.id === 'string' ? titleEl.properties.id : '';
    passages.push({ url: url(id), page, id, title, text: title, heading: true, kind, filters, language });
  }
  for (const el of find(main, (e) => has(e, 'dataPassage') && typeof e.properties.id === 'string' && e.properties.id !== '', [], true)) {
    const id = String(el.properties.id);
    const phrase = find(el, (e) => has(e, 'dataPhraseText'))[0];
    passages.push({
      url: url(id),
      page,
      id,
      title,
      text: passageText(el),
      heading: /^h[1-6]$/.test(el.tagName),
      kind,
      ...(phrase ? { copy: lineText(phrase).trim() } : {}),
      filters,
      language,
    });
  }
  return passages;
}

/**
 * The catalogue of public reports as one page of passages, from the catalogue data: its title
 * passage, then one passage per entry, id = the entry's key (the page links it as /public-reports/#key,
 * which the catalogue's first page forwards to the page that lists the entry: src/browser/catalogue-anchor.ts),
 * text = the entry's title and its organ as two blocks; the title is the passage's own title.
 */
export function cataloguePassages(catalogue: CatalogueFacts): Passage[] {
  const { url: page, title } = catalogue;
  const filters = { kind: [CATALOGUE_KIND] };
  const common = { page, title, kind: CATALOGUE_KIND, filters, language: 'zh-cn' };
  return [
    { ...common, url: page, id: '', text: title, heading: true },
    ...catalogue.entries.map((e) => ({ ...common, url: `${page}#${e.id}`, id: e.id, text: `${e.title}${BLOCK_BREAK}${e.organ}`, heading: false, label: e.title })),
  ];
}
