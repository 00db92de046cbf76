/**
 * npm run bench:scale-build -- [--n 5000]: only the build and index part of the scale benchmark
 * (scripts/bench/scale.ts): N synthetic reports built and indexed once from scratch, times printed.
 * For checking the build + index target without the long query run of npm run bench.
 */
import { parseArgs } from 'node:util';
import { rm } from 'node:fs/promises';
import { buildSite, indexSite, syntheticSite } from './bench/scale.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '5000' } } });
const n = Number(values.n);
const { work, dist, env } = await syntheticSite(n);
try {
  const build = await buildSite(env);
  const index = await indexSite(dist, env);
  console.log(`N=${n}: build ${build.seconds.toFixed(0)} s, index ${index.seconds.toFixed(0)} s, build + index ${((build.seconds + index.seconds) / 60).toFixed(1)} min (target ≤ 15 min)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
