/**
 * Broken content never produces a site, end to end: each fixture in tests/fixtures/broken-content
 * is laid over a copy of src/content, the site is built from the copy, and the build must fail with
 * a message naming the file, the field and the fix. These are smoke tests of the whole path (loader,
 * schema, rendered Markdown, grounding); each check itself is tested in-process in
 * tests/unit/content-checks.test.ts and tests/unit/content-schemas.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithOverlay } from './test-utils.ts';

const FIXTURES = 'tests/fixtures/broken-content';
const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);

describe.concurrent.each(cases)('broken content: %s', (name) => {
  it('fails the build with a message naming the file, the field and the fix', async () => {
    const expected: string[] = JSON.parse(await readFile(path.join(FIXTURES, name, 'expect.json'), 'utf8'));
    const { code, output, dist } = await buildWithOverlay(path.join(FIXTURES, name));
    expect(code, output.slice(-2000)).not.toBe(0);
    expect(dist).toBe(false);
    for (const pattern of expected) expect(output, output.slice(-2000)).toContain(pattern);
  }, 300_000);
});
