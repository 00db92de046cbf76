/**
 * Adds the 复制 and 复制链接 buttons to the phrase entries of a page (topic, section and pattern
 * pages). They copy with JavaScript, so they are not in the HTML: a topic page of 170 entries stays
 * small, and without JavaScript no dead button shows. For each entry ([data-phrase-id] with a
 * [data-phrase-text] element):
 *  - a full entry (li.phrase--full) gets a head (div.phrase__head) holding its wording and the two
 *    buttons; a compact entry gets them after its wording; a topic page's row (ol.phrase-rows > li)
 *    after its wording and status; a term tag at its end;
 *  - 复制 copies exactly the wording (data-copy-text), 复制链接 the full URL of the home entry
 *    (a full entry's data-home, this page's anchor, or where the compact entry's wording links to);
 *  - each variant (li.phrase__variant [data-variant-text]) gets its own 复制; a 常见误写 gets none.
 * Labels are in data-label and aria-label (CSS shows them), so copying an entry copies no label.
 * A 期满 or 已过时 entry's 复制 is styled secondary (outlined) by phrases.css.
 */
import { enableCopyButtons } from './copy-link.ts';

function uniqueId(base: string): string {
  let id = base;
  for (let i = 2; document.getElementById(id); i++) id = `${base}-${i}`;
  return id;
}

function button(className: string, data: Record<string, string>, label: string, describedBy: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  Object.assign(b.dataset, data, { label });
  b.setAttribute('aria-label', label);
  b.setAttribute('aria-describedby', describedBy);
  b.hidden = true;
  return b;
}

export function addPhraseTools(root: ParentNode = document) {
  // A topic page's rows and term tags carry only their id (PhraseRow: bytes); the other entries data-phrase-id.
  for (const entry of root.querySelectorAll<HTMLElement>('li.phrase[data-phrase-id], li.term[data-phrase-id], ol.phrase-rows > li, .term-tags--index li[id]')) {
    if (entry.querySelector(':scope .phrase__tools')) continue;
    const text = entry.querySelector<HTMLElement>('[data-phrase-text]');
    if (!text) continue;
    const row = entry.matches('ol.phrase-rows > li');
    text.id ||= uniqueId(`text-${entry.dataset.phraseId ?? entry.id}`);
    const home = entry.classList.contains('phrase--compact')
      ? (entry.querySelector<HTMLAnchorElement>('.phrase__quote a')?.getAttribute('href') ?? '')
      : (entry.dataset.home ?? `${location.pathname}#${entry.id}`);
    const tools = document.createElement(entry.classList.contains('term') ? 'span' : 'div');
    tools.className = 'phrase__tools';
    tools.append(button('copy-phrase', { copyText: text.id }, '复制', text.id), button('copy-card-link', { copyUrl: home }, '复制链接', text.id));
    const quote = entry.querySelector<HTMLElement>(':scope > .phrase__quote');
    const inlineEnd = row ? [...entry.querySelectorAll<HTMLElement>(':scope > [data-phrase-text], :scope > .status, :scope > .phrase__replaced')].pop() : undefined;
    if (entry.classList.contains('phrase--full') && quote) {
      const head = document.createElement('div');
      head.className = 'phrase__head';
      quote.replaceWith(head);
      head.append(quote, tools);
    } else if (quote || inlineEnd) {
      (inlineEnd ?? quote)!.after(tools);
    } else {
      entry.append(tools);
    }
    entry.querySelectorAll<HTMLElement>('li.phrase__variant [data-variant-text]').forEach((v, i) => {
      v.id ||= uniqueId(`${text.id}-v${i + 1}`);
      v.parentElement!.append(button('copy-phrase copy-phrase--variant', { copyText: v.id }, '复制', v.id));
    });
  }
  enableCopyButtons(root);
}

addPhraseTools();
