/**
 * On content pages opened from search (/reports/x/?hl=八五普法#p-abc): loads the highlighter
 * (src/browser/search/highlight-page.ts) only when the URL asks for it, so an ordinary visit
 * downloads nothing of search.
 */
if (new URLSearchParams(location.search).has('hl')) {
  void import('./search/highlight-page.ts').then((m) => m.highlightFromUrl());
}
