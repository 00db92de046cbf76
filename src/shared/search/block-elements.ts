/**
 * HTML elements that start a new line of text. Where two of them meet inside one search passage
 * (a phrase and its note, two list items), the indexer (extract.ts) and the highlighter
 * (highlight-dom.ts) put a BLOCK_BREAK, so a term never matches across them.
 */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul',
]);

/** The selector form, for Element.closest(). */
export const BLOCK_SELECTOR = [...BLOCK_ELEMENTS].join(',');
