/**
 * The two CLIs, spawned as a user runs them: `outline` writes the outline the shared modules
 * build for the same choices (headings and paragraphs read back from the .docx), `report-docx`
 * writes a sample with its title and headings, and bad flags give one Chinese line, the usage
 * and exit code 2. (The e2e spec checks that the page's download is the same document.xml.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteInto, opensInLibreOffice } from './test-utils.ts';
import { parse } from 'yaml';
import { readdirSync } from 'node:fs';
import { loadOutlineData } from '../../scripts/lib/outline-content.ts';
import { loadReport } from '../../scripts/lib/content-files.ts';
import { buildOutline, outlineToDocument, type OutlineChoices } from '../../src/shared/outline/outline.ts';
import { modelLines, reportModel } from '../../src/shared/outline/report-blocks.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'shufa-outline-cli-'));
// The outline CLI reads the built site's /draft/data.json: build one, in a root of its own.
const site = path.join(tmp, 'site');
beforeAll(() => buildSiteInto(site), 600_000);
const run = (script: string, args: string[], outDir = site) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, SHUFA_OUT_DIR: outDir } });

async function paragraphs(file: string): Promise<string[]> {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml.split('</w:p>').map((p) => unescape([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).filter(Boolean);
}
/** Text lines of a model as a .docx shows them (the date line as written). */
const expectedLines = (model: Parameters<typeof modelLines>[0]) => modelLines(model).map((l) => l.text).filter(Boolean);
/** The text of word/comments.xml: the outline's prompts and suggestions. */
const commentsText = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/comments.xml']!);

describe('npm run outline', () => {
  let data: ReturnType<typeof loadOutlineData>;
  beforeAll(() => {
    data = loadOutlineData(site);
  });

  it('says to run npm run build first when the site has not been built (exit 2)', () => {
    const r = run('outline', ['--type', '述法报告', '--level', '乡镇', '--year', '2026', '--organ', '江湾镇党委', '--out', path.join(tmp, 'x.docx')], path.join(tmp, 'no-site'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('请先运行 npm run build');
  });

  it('ranks each move\'s phrases as the bank ranks them on its topic pages', () => {
    let compared = 0;
    for (const topic of new Set(data.phrases.map((p) => p.topics[0]))) {
      const html = readFileSync(path.join(site, 'phrases', topic, 'index.html'), 'utf8');
      const home = data.phrases.filter((p) => p.topics[0] === topic);
      const ids = new Set(home.map((p) => p.id));
      const onPage = [...new Set([...html.matchAll(/\sid="([a-z0-9-]+)"/g)].map((m) => m[1]).filter((id) => ids.has(id)))];
      // Bare terms are a tag list at the head of each move on the page and rank last in the outline;
      // within each kind the order is the same.
      for (const move of new Set(home.map((p) => p.move))) {
        for (const terms of [true, false]) {
          const inMove = new Set(home.filter((p) => p.move === move && (p.pattern === 'term') === terms).map((p) => p.id));
          expect(home.filter((p) => inMove.has(p.id)).map((p) => p.id), `${topic} · ${move}`).toEqual(onPage.filter((id) => inMove.has(id)));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // And the rank is not simply file order: attestation moved phrases somewhere.
    const fileOrder = loadFileOrder();
    expect(data.phrases.map((p) => p.id)).not.toEqual(fileOrder.filter((id) => data.phrases.some((p) => p.id === id)));
  });

  it('writes the outline of the choices: title, sections, the default phrases', async () => {
    const out = path.join(tmp, 'default.docx');
    const r = run('outline', ['--type', '述法报告', '--level', '乡镇', '--year', '2026', '--organ', '江湾镇党委', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('/draft/?t=shufa&l=township&y=2026&o=');
    const model = outlineToDocument(buildOutline({ type: '述法报告', level: '乡镇', year: 2026, organ: '江湾镇党委' }, data));
    expect(await paragraphs(out)).toEqual(expectedLines(model));
    expect((await paragraphs(out))[0]).toBe('江湾镇党委主要负责人2026年度述法报告');
  });

  it('accepts the former type 履行推进法治建设第一责任人职责述职报告 and its slug, and writes the 述法报告 outline (issue 29)', async () => {
    const model = outlineToDocument(buildOutline({ type: '述法报告', level: '乡镇', year: 2026, organ: '江湾镇人民政府' }, data));
    for (const old of ['first-responsibility-duty', '履行推进法治建设第一责任人职责述职报告']) {
      const out = path.join(tmp, `former-${old.length}.docx`);
      const r = run('outline', ['--type', old, '--level', '乡镇', '--year', '2026', '--organ', '江湾镇人民政府', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('/draft/?t=shufa&l=township&y=2026&o=');
      expect(await paragraphs(out)).toEqual(expectedLines(model));
    }
  });

  it('takes the optional sections and the ticked phrases, and accepts the URL slugs', async () => {
    const base: OutlineChoices = { type: '法治政府建设年度报告', level: '部门', year: 2025, organ: '县司法局' };
    const full = buildOutline(base, data);
    const optional = full.sections.filter((s) => !s.required);
    expect(optional.length).toBeGreaterThan(0);
    const keep = optional.slice(1).map((s) => s.id);
    const picked = full.sections.flatMap((s) => s.moves.flatMap((m) => m.phrases.map((p) => p.id))).filter((_, i) => i % 7 === 0);
    const out = path.join(tmp, 'chosen.docx');
    const r = run('outline', ['--type', 'law-based-government-annual', '--level', 'department', '--year', '2025', '--organ', '县司法局', '--sections', keep.join(','), '--phrases', picked.join(','), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const outline = buildOutline({ ...base, off: [optional[0].id], phrases: picked }, data);
    const lines = await paragraphs(out);
    expect(lines).toEqual(expectedLines(outlineToDocument(outline)));
    expect(lines.some((l) => l.includes(optional[0].title))).toBe(false);
    // The ticked phrases are comments on their headings, never body text.
    const texts = new Map(full.sections.flatMap((s) => s.moves.flatMap((m) => m.phrases.map((p) => [p.id, p.text] as const))));
    const comments = commentsText(out);
    for (const id of picked.filter((id) => outline.sections.find((s) => s.included && s.moves.some((m) => m.phrases.some((p) => p.id === id))))) {
      expect(comments).toContain(`可用表述：${texts.get(id)}`);
      expect(lines).not.toContain(texts.get(id));
    }
  });

  const shufa = ['--type', '述法报告', '--level', '乡镇', '--year', '2026'];

  it('refuses --out in a missing folder and an existing file (without --force) in Chinese, exit 2', () => {
    const missing = path.join(tmp, '没有的文件夹', '提纲.docx');
    const r = run('outline', [...shufa, '--out', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`命令行 --out：输出文件“${missing}”所在的文件夹“${path.dirname(missing)}”不存在。修正方法：先建好这个文件夹，或写到已有的文件夹中`);
    const existing = path.join(tmp, '已有提纲.docx');
    writeFileSync(existing, '上一份');
    const again = run('outline', [...shufa, '--out', existing]);
    expect(again.status).toBe(2);
    expect(again.stderr.split('\n')[0]).toBe(`命令行 --out：输出文件“${existing}”已存在。修正方法：如需覆盖请加 --force，或换一个文件名`);
    expect(readFileSync(existing, 'utf8')).toBe('上一份');
    expect(run('outline', [...shufa, '--out', existing, '--force']).status).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
  });

  it('never prints a control character raw: --organ drops it, an echoed value shows it escaped', () => {
    const out = path.join(tmp, 'esc.docx');
    const r = run('outline', [...shufa, '--organ', '江湾镇\u001b[31m党委', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain(`已写出 ${out}：江湾镇[31m党委主要负责人2026年度述法报告（页面网址：/draft/?`);
    const bad = run('outline', ['--type', '述法\u001b]0;x\u0007报告', '--level', '乡镇', '--year', '2026', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(bad.stderr.split('\n')[0]).toBe('命令行 --type：没有报告类型“述法\\x1b]0;x\\x07报告”。修正方法：写 述法报告、法治政府建设年度报告、法治建设工作自查报告 之一');
  });

  it('refuses an organ name over 40 characters', () => {
    const r = run('outline', [...shufa, '--organ', '县'.repeat(41), '--out', path.join(tmp, 'long.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('命令行 --organ：机关名称有 41 个字，超过 40 个字。修正方法：写机关全称，不超过 40 个字，如 --organ 江湾镇党委');
  });

  it('writes a .docx LibreOffice opens when --organ holds characters XML does not allow', async () => {
    const out = path.join(tmp, 'fffe.docx');
    const r = run('outline', [...shufa, '--organ', '江湾镇\uFFFE\uFFFF党委', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect((await paragraphs(out))[0]).toBe('江湾镇党委主要负责人2026年度述法报告');
    expect(opensInLibreOffice(out)).toBe(true);
  }, 180_000);

  it.each([
    [['--level', '乡镇', '--year', '2026', '--out', 'x.docx'], '--type'],
    [['--type', '述法报告', '--level', '村级', '--year', '2026', '--out', 'x.docx'], '村级'],
    [['--type', '述法报告', '--level', '乡镇', '--year', '26', '--out', 'x.docx'], '--year'],
    [['--type', '述法报告', '--level', '乡镇', '--year', '2026', '--out', 'x.doc'], '.docx'],
    [['--type', '述法报告', '--level', '乡镇', '--year', '2026', '--sections', 'no-such', '--out', 'x.docx'], 'no-such'],
    [['--type', '述法报告', '--level', '乡镇', '--year', '2026', '--phrases', 'no-such-phrase', '--out', 'x.docx'], 'no-such-phrase'],
    [['--type', '述法报告', '--bogus'], '选项有误'],
  ])('bad flags %j: one Chinese line naming %s, the usage, exit 2, no file', (args, names) => {
    const out = path.join(tmp, 'bad.docx');
    const r = run('outline', args.map((a) => (a === 'x.docx' ? out : a)));
    expect(r.status).toBe(2);
    const [first, second] = r.stderr.split('\n');
    expect(first).toContain(names);
    expect(first).toMatch(/修正方法/);
    expect(second).toMatch(/^用法：npm run outline/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run report-docx', () => {
  it('writes a sample: its title, headings and text as the report model gives them', async () => {
    const slug = 'township-party-secretary-2023';
    const out = path.join(tmp, `${slug}.docx`);
    const r = run('report-docx', [slug, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(await paragraphs(out)).toEqual(expectedLines(reportModel(loadReport(slug)!)));
  });

  it.each([
    [[], '缺少范文短名'],
    [['no-such-report', '--out', 'x.docx'], 'no-such-report'],
    [['township-party-secretary-2023'], '--out'],
  ])('bad arguments %j: one line naming %s, the usage, exit 2', (args, names) => {
    const r = run('report-docx', args);
    expect(r.status).toBe(2);
    const [first, second] = r.stderr.split('\n');
    expect(first).toContain(names);
    expect(second).toMatch(/^用法：npm run report-docx/);
  });
});

/** Phrase ids in file order (files by name, entries as written): the order before ranking. */
function loadFileOrder(): string[] {
  return readdirSync('src/content/phrases')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => (parse(readFileSync(path.join('src/content/phrases', f), 'utf8')) as { id: string }[]).map((p) => p.id));
}
