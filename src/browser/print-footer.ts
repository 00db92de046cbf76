/**
 * Fills the print footer (src/components/PrintFooter.astro): the URL the reader has open and
 * today's date. Filled on load, so printing from any browser shows them, and again at
 * beforeprint, so a page left open overnight prints the day it is printed.
 */
function printDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function fill() {
  const footer = document.querySelector<HTMLElement>('.print-footer');
  if (!footer) return;
  const url = footer.querySelector<HTMLElement>('[data-print-url]');
  if (url) url.textContent = location.href.split('#')[0];
  const date = footer.querySelector<HTMLElement>('[data-print-date]');
  const value = date?.querySelector('[data-print-date-value]');
  if (date && value) {
    value.textContent = printDate(new Date());
    date.hidden = false;
  }
  footer.dataset.printFooterState = 'filled';
}

fill();
addEventListener('beforeprint', fill);
