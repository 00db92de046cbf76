/** Shared by import:seeds and the round-trip test: how each seed becomes a content file. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readReportSource } from '../../src/build/importer/read.ts';
import { importReport, toMarkdownFile } from '../../src/shared/importer/index.ts';
import { config } from '../../src/build/config.ts';

export interface Seed {
  file: string;
  slug: string;
  args: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export const seedsDir = () => config.seedsDir;

export async function loadSeedManifest(): Promise<Seed[]> {
  return JSON.parse(await readFile(path.join(here, '../seeds.json'), 'utf8')).seeds;
}

/** Imports one seed exactly as `npm run import -- <file> <args>` would, returning the file text. */
export async function importSeed(seed: Seed): Promise<string> {
  const { values } = parseArgs({
    args: seed.args,
    options: {
      type: { type: 'string' },
      organ: { type: 'string' },
      level: { type: 'string' },
      'author-role': { type: 'string' },
      place: { type: 'string' },
      note: { type: 'string', multiple: true },
    },
  });
  const file = path.join(seedsDir(), seed.file);
  const report = importReport(
    await readReportSource(file),
    { type: values.type, organ: values.organ, level: values.level, authorRole: values['author-role'], place: values.place, notes: values.note },
    file,
  );
  if (report.missing.length) throw new Error(`${seed.file}: missing ${report.missing.map((m) => m.flag).join(', ')}`);
  return toMarkdownFile(report);
}
