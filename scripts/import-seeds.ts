/**
 * npm run import:seeds — re-imports every seed listed in scripts/seeds.json into
 * src/content/reports, overwriting. Seeds live in ../shared/seeds (or $SHUFA_SEEDS_DIR).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importSeed, seedsDir, loadSeedManifest } from './lib/seed-manifest.ts';

for (const seed of await loadSeedManifest()) {
  const markdown = await importSeed(seed);
  const target = path.join('src/content/reports', `${seed.slug}.md`);
  await writeFile(target, markdown);
  console.log(`${path.join(seedsDir(), seed.file)} → ${target}`);
}
