/**
 * Builds the search indexes of the built site (run after astro build); the work is in
 * src/build/search-index.ts.
 *
 *   node scripts/search-index.ts [--site dist]
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { config } from '../src/build/config.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: config.outDir } } });
console.log(await buildSearchIndex(values.site!));
