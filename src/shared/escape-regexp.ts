/** `s` as a regular-expression source that matches it literally. One copy for every reader. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
