/**
 * Writes src/shared/search/t2s-table.ts, the traditional → simplified character table that
 * search folds queries and indexed text with (src/shared/search/fold.ts), from OpenCC's
 * maintained TSCharacters dictionary (opencc-js). tests/unit/search-fold.test.ts fails when the
 * committed table differs from what this script writes, so a new opencc-js means a rerun.
 *
 *   node scripts/search-t2s-table.ts
 */
import { writeFile } from 'node:fs/promises';
import { t2sPairs, t2sTableSource } from './lib/t2s-table.ts';

const out = 'src/shared/search/t2s-table.ts';
await writeFile(out, t2sTableSource(await t2sPairs()));
console.log(`${out}: written`);
