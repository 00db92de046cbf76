/**
 * npm run bench:scale-build -- [--n 5000]: only the build and index part of the scale benchmark
 * (scripts/bench/scale.ts): N synthetic reports built and indexed once from scratch, times printed.
 * For checking the build + index target without the long query run of npm run bench.
 */
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { buildSite, syntheticSite } from './bench/scale.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '5000' } } });
const n = Number(values.n);
const { work, dist, env } = await syntheticSite(n);
try {
  const build = await buildSite(env);
  const started = performance.now();
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, ['scripts/search-index.ts', '--site', dist], { env: { ...process.env, ...env }, stdio: 'inherit' }).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`index exit ${c}`)))),
  );
  const index = (performance.now() - started) / 1000;
  console.log(`N=${n}: build ${build.seconds.toFixed(0)} s, index ${index.toFixed(0)} s, build + index ${((build.seconds + index) / 60).toFixed(1)} min (target ≤ 15 min)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
