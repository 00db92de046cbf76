/**
 * Old addresses of catalogue entries, /public-reports/#<key>, from before the catalogue had pages:
 * when the key is not on the first page, look up its page (/public-reports/entry-pages.json,
 * fetched only then) and go there, keeping the anchor.
 */
const key = decodeURIComponent(location.hash.slice(1));
if (key && !document.getElementById(key)) {
  const pagesUrl = new URL('entry-pages.json', location.href);
  fetch(pagesUrl)
    .then((r) => (r.ok ? r.json() : {}))
    .then((pages: Record<string, number>) => {
      const n = pages[key];
      if (n && n > 1) location.replace(new URL(`page/${n}/#${encodeURIComponent(key)}`, pagesUrl));
    })
    .catch(() => undefined);
}
