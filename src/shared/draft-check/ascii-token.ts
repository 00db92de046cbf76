/**
 * A web address, an e-mail address, a file name or other code-like ASCII (https://www.xxx.gov.cn/zfxxgk/,
 * xx@court.gov.cn, report_xx.docx): letters inside it are part of the token, never a template's slot, so a
 * placeholder of Latin letters (XX, xx, X) found there is not one.
 */

/** Characters that join an ASCII token: letters and the punctuation of addresses and file names (not %, as in XX%). */
const TOKEN_CHAR = /[A-Za-z0-9._~:/?#@&=+\-\\]/;
const LATIN_ONLY = /^[A-Za-z]+$/;

/** Whether the Latin-letter span [start, end) is part of an ASCII token. */
export function insideAsciiToken(text: string, start: number, end: number): boolean {
  const mark = text.slice(start, end);
  if (!LATIN_ONLY.test(mark)) return false;
  // The whole run of letters around it: XXX is one blank (its XX hits overlap), zfxxgk one word.
  let from = start;
  let to = end;
  while (from > 0 && /[A-Za-z]/.test(text[from - 1]!)) from--;
  while (to < text.length && /[A-Za-z]/.test(text[to]!)) to++;
  if (new Set(text.slice(from, to).toLowerCase()).size > new Set(mark.toLowerCase()).size) return true;
  // A digit beside the letters is a figure with a blank in it (3XX件, XX5%), and % a blank rate (XX%): no token.
  const joins = (c: string) => TOKEN_CHAR.test(c) && !/\d/.test(c);
  // A phone number's blank after its area code (0731-XXXXXXXX) is a figure left blank too.
  const phone = text[from - 1] === '-' && /\d/.test(text[from - 2] ?? '');
  return (joins(text[from - 1] ?? '') && !phone) || joins(text[to] ?? '');
}
