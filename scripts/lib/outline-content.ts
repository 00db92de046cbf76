/**
 * Node-side reading for `npm run outline`: the outline data from the built site's /draft/data.json
 * (what the page reads). Content files are read through content-files.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../../src/build/config.ts';
import type { OutlineData } from '../../src/shared/outline/outline.ts';

/**
 * The outline data the build wrote to <site>/draft/data.json: the same file the /draft/ page reads,
 * so the CLI ranks phrases as the bank does (that ranking needs the built site's occurrences).
 */
export function loadOutlineData(site = config.outDir): OutlineData {
  const file = path.join(site, 'draft', 'data.json');
  if (!existsSync(file)) throw new Error(`${file}：找不到起草提纲的数据。修正方法：请先运行 npm run build（或用 SHUFA_OUT_DIR 指向已构建的网站）`);
  return JSON.parse(readFileSync(file, 'utf8')) as OutlineData;
}
