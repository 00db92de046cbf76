/**
 * bench:check on hostile inputs: `npm run check` run as a user runs it (a child process, timed
 * from spawn to exit) on the files a probe found to hang or crash it (issue 24): the numbering
 * bomb (a 1 KB .docx whose list starts at 100000000000), a small .docx holding 48 MB of XML (and
 * one just under the XML limit, which is read and checked), and a draft with 60,000 findings.
 * Each must end in under 5 s with a clear message or a capped table. Prints one line per input
 * and writes bench/results/check-hostile.md.
 *
 * The generators are shared with the tests (tests/build/check-hostile.test.ts), so the files are
 * made on the spot, tiny, never committed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph, numbered by list 1 at level `ilvl` when given. */
export const para = (text: string, ilvl?: number) =>
  `<w:p>${ilvl === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** numbering.xml with list 1: one level 0 of `numFmt`, starting at `start` (as written in the file), drawn as lvlText. */
export const numberingXml = (numFmt: string, start: string, lvlText = '%1、') =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A .docx of the body XML (paragraphs) and, when given, numbering.xml. */
export function docx(body: string, numbering?: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(numbering ? { 'word/numbering.xml': strToU8(numbering) } : {}),
  });
}

/** A short report whose three 一、 headings are Word list items. */
const REPORT = para('某县2023年述法报告') + ['主要工作', '存在问题', '下一步打算'].map((h) => para(h, 0) + para('本年度认真履行推进法治建设第一责任人职责。')).join('');

/** The numbering bomb: the short report, its list starting at `start` (100000000000, Infinity, …) in `numFmt`. */
export const numberingBomb = (numFmt = 'decimal', start = '100000000000') => docx(REPORT, numberingXml(numFmt, start));

/** A .docx whose document.xml inflates to `mb` MB (the short report, then empty paragraphs); it compresses to some 0.4 % of that. */
export function xmlBomb(mb = 48): Uint8Array {
  const filler = '<w:p/>'.repeat(Math.ceil((mb * 1024 * 1024) / 6));
  return docx(REPORT + filler);
}

/** A draft with `n` leftover “XX” placeholders, ten a line under a title: n findings of placeholder-xx (and a few structure hints). */
export function manyFindings(n = 60_000): string {
  const line = 'XX，'.repeat(10);
  return `某县2023年述法报告\n${Array.from({ length: Math.ceil(n / 10) }, () => line).join('\n')}\n`;
}

/** The rules as the build writes them, for a check without a built site (links are the page's only). */
async function writeRules(dir: string): Promise<void> {
  const { loadCompiled } = await import('../lib/content-rules.ts');
  mkdirSync(path.join(dir, 'check'), { recursive: true });
  writeFileSync(path.join(dir, 'check', 'rules.json'), JSON.stringify({ ...loadCompiled(), links: {} }));
}

const LIMIT_S = 5;
/** Runs per input; the median is reported (the machines are shared, one run can be slow for other reasons). */
const RUNS = 3;

export async function runHostileBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'shufa-bench-hostile-'));
  try {
    await writeRules(dir);
    // `target: false`: the largest file accepted, timed to show what the limits allow, not one of issue 24's hostile files.
    const inputs: { name: string; file: string; bytes: Uint8Array | string; target?: false }[] = [
      { name: 'numbering bomb: list start 100000000000', file: '编号炸弹.docx', bytes: numberingBomb() },
      { name: 'numbering bomb: list start Infinity', file: '无穷编号.docx', bytes: numberingBomb('decimal', 'Infinity') },
      { name: 'numbering bomb: lowerLetter start 2000000000', file: '字母编号.docx', bytes: numberingBomb('lowerLetter', '2000000000') },
      { name: '48 MB of XML in a small .docx', file: '大XML.docx', bytes: xmlBomb(48) },
      { name: '9.9 MB of XML, just under the limit (1.7 million empty paragraphs): read and checked', file: '近上限XML.docx', bytes: xmlBomb(9.9), target: false },
      { name: '60,000 findings', file: '六万处.txt', bytes: manyFindings(60_000) },
    ];
    const rows: string[] = [];
    for (const input of inputs) {
      const file = path.join(dir, input.file);
      writeFileSync(file, input.bytes);
      const size = typeof input.bytes === 'string' ? Buffer.byteLength(input.bytes) : input.bytes.length;
      const runs = Array.from({ length: RUNS }, () => {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, ['scripts/check.ts', file], { encoding: 'utf8', env: { ...process.env, SHUFA_OUT_DIR: dir }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
        return { r, s: (performance.now() - t0) / 1000 };
      });
      const times = runs.map((x) => x.s).sort((a, b) => a - b);
      const s = times[Math.floor(RUNS / 2)]!;
      const { r } = runs[0]!;
      const out = `${r.stdout}${r.stderr}`;
      // What the user sees: the refusal, or the capped table's line for the rest.
      const said = out.split('\n').find((l) => /另有 \d+ 处同类问题未列出/.test(l))?.trim() ?? out.split('\n')[0]!.replace(dir + path.sep, '');
      const ended = r.status !== null && !/\n\s+at /.test(out);
      const ok = input.target === false ? (ended ? '–' : '✗') : s < LIMIT_S && ended ? '✓' : '✗';
      const kb = size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
      const line = `hostile: ${input.name} (${kb}): ${s.toFixed(2)} s (median of ${times.map((t) => t.toFixed(2)).join(', ')}), exit ${r.status ?? 'killed'} ${ok} ${said}`;
      console.log(line);
      rows.push(`| ${input.name} | ${kb} | ${s.toFixed(2)} s | ${times.map((t) => t.toFixed(2)).join(' / ')} | ${r.status ?? 'killed'} | ${ok} | ${said.replace(/\|/g, '\\|')} |`);
    }
    const md = `# bench:check — hostile inputs

\`npm run check\` as a child process on each file, timed from spawn to exit, ${RUNS} runs, the median reported (Node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} when done: the machine is shared). Target: under ${LIMIT_S} s, with a clear message or a capped table (– : no target, the largest file the limits accept).

| input | file size | time (median) | runs | exit | target | what the user sees |
|---|---:|---:|---:|---:|:-:|---|
${rows.join('\n')}
`;
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/check-hostile.md', md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
