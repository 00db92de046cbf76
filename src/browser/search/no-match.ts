/**
 * What the search page needs only when a query has no exact result: the 相近结果 search and the
 * known confusions. Loaded on demand, so a query that matches never downloads them.
 */
export { nearSearch } from '../../shared/search/near.ts';
export { correctedQuery } from '../../shared/search/confusions.ts';
