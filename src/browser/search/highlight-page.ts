/**
 * On content pages opened from search (/reports/x/?hl=八五普法#p-abc): marks the searched
 * phrase inside the target passage (or, without a #passage, in every passage of the page) and
 * brings the passage into view. Matching is folded, like search itself. Loaded by
 * src/browser/highlight.ts only when the URL has ?hl=, so other visits never load the fold table,
 * which it installs.
 */
import '../../shared/search/t2s-install.ts';
import { parseQuery } from '../../shared/search/query.ts';
import { highlightIn } from './highlight-dom.ts';

export function highlightFromUrl() {
  const params = new URLSearchParams(location.search);
  const hl = params.getAll('hl').join(' ');
  if (!hl) return;
  const { terms } = parseQuery(hl);
  if (terms.length === 0) return;
  const body = document.querySelector('main[data-pagefind-body]') ?? document.querySelector('main');
  if (!body) return;
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = location.hash.slice(1);
  }
  const target = id ? document.getElementById(id) : null;
  const scopes = target && body.contains(target) ? [target] : [...body.querySelectorAll('[data-passage]')];
  const marks = scopes.flatMap((el) => highlightIn(el, terms));
  const focus = target ?? marks[0];
  focus?.scrollIntoView({ block: 'center' });
}
