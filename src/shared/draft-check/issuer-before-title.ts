/**
 * A central title cited with its issuer written before the 《》 rather than inside them (国务院《关于加强法治政府建设的
 * 意见》, 中办、国办《关于…的意见》, 国务院办公厅印发的《关于…》): the common way to cite such a text, and the title
 * the writer means is the issuer and the words in the marks together. The title rules compare that whole.
 */

/** Each issuer a central title opens with, and the forms writers put before the marks (short forms included). */
const ISSUERS: readonly (readonly [string, readonly string[]])[] = [
  ['中共中央办公厅、国务院办公厅', ['中共中央办公厅、国务院办公厅', '中共中央办公厅国务院办公厅', '中办、国办', '中办国办', '两办']],
  ['中共中央、国务院', ['中共中央、国务院', '中共中央国务院', '党中央、国务院']],
  ['国务院办公厅', ['国务院办公厅', '国办']],
  ['中共中央', ['中共中央', '党中央']],
  ['国务院', ['国务院']],
];

/** The verb of issuing a writer may put between the issuer and the marks (国务院印发的《…》). */
const ISSUING = /(?:印发|发布|出台|制定|颁布)?的?$/;

/**
 * The title as cited with the issuer written right before its 《 (at `start`), when `exact` opens with that issuer
 * and the words in the marks do not: 国务院 + 关于加强法治政府建设的意见. Otherwise null.
 */
export function withIssuerBefore(text: string, start: number, inner: string, exact: string): string | null {
  const lead = text.slice(Math.max(0, start - 20), start).replace(ISSUING, '');
  for (const [full, forms] of ISSUERS) {
    if (!exact.startsWith(full) || inner.startsWith(full)) continue;
    if (forms.some((f) => lead.endsWith(f))) return full + inner;
  }
  return null;
}
